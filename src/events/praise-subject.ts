// `أشاد ترامب بالضربات …. وأعرب عن شكره للمملكة المتحدة وفرنسا`: a verb of praise or thanks that opens
// its sentence with و and names no subject continues the subject of the sentence before, as an accusing
// verb does (previous-accuser.ts).
import type { ArabicText, DateMention, Sentence, Token } from "../pipeline/types.ts";
import { keyOf } from "../arabic/normalize.ts";
import { tokenIs } from "../arabic/tokens.ts";
import { previousOpener } from "./anaphora.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far after the verb the one praised may stand (`وأعرب عن شكره للمملكة`: two words between). */
const PRAISED_REACH = 3;

/**
 * The subject the previous sentence opens with, for a SUPPORT verb of praise (cue `praise_open`) that
 * opens its sentence with و, has no party before the one praised, and praises a party within reach
 * after it through ل or ب; null when that subject is of the praised party's state, or there is none.
 */
export function previousPraiser(
  arabic: ArabicText,
  units: readonly PartyUnit[],
  sentenceIndex: number,
  hit: TriggerHit,
  praised: readonly PartyUnit[],
  cues: EventCues,
): PartyUnit | null {
  const first = praised[0];
  if (
    first === undefined ||
    hit.trigger.type !== "SUPPORT" ||
    !tokenIn(cues.praiseOpen, arabic.tokens[hit.first]) ||
    first.first < hit.end ||
    first.first > hit.end + PRAISED_REACH ||
    // وعبّرت كل من مصر والإمارات عن دعمها: a party with no ل or ب may be the verb's own subject, unread.
    !/[لب]/u.test(first.prefix) ||
    units.some((u) => u.first >= hit.end && u.first < first.first)
  )
    return null;
  return previousOpener(arabic, units, sentenceIndex, hit, praised, cues);
}

/** The word after a subjectless verb of praise (`وأعرب عن شكره`، `وأشاد بالضربات`): عن, or one with ب or ل. */
const ABOUT_KEY = keyOf("عن");

/**
 * The sentence's opening verb continues the sentence before: a verb of continued speech (cue speech_more),
 * or a verb of praise with no subject after it (cue praise_open, then عن or a word with ب or ل).
 */
export function continuesSpeech(arabic: ArabicText, first: number, cues: EventCues): boolean {
  const opening = arabic.tokens[first] as Token;
  if (tokenIn(cues.speechMore, opening)) return true;
  const next = arabic.tokens[first + 1];
  return (
    tokenIn(cues.praiseOpen, opening) &&
    next !== undefined &&
    next.sentence === opening.sentence &&
    (tokenIs(next, ABOUT_KEY) || next.bare.some((b) => /[بل]/u.test(b.prefix)))
  );
}

/** The day in one word the sentence names before its first complementizer (`أشاد ترامب، السبت، بالضربات`). */
export function openingDay(arabic: ArabicText, sentence: Sentence, cues: EventCues): DateMention | null {
  let end = sentence.endToken;
  for (let k = sentence.firstToken; k < sentence.endToken; k++)
    if (isComplementizer(arabic.tokens[k], cues)) {
      end = k;
      break;
    }
  // وكان … قد: a sentence opened by its complementizer has no words before it, and so no day there.
  if (end <= sentence.firstToken) return null;
  const from = (arabic.tokens[sentence.firstToken] as Token).start;
  const to = (arabic.tokens[end - 1] as Token).end;
  return (
    arabic.dates.find(
      (d) =>
        d.value !== null &&
        d.start >= from &&
        d.end <= to &&
        (d.basis === "weekday" || (d.basis === "relative" && d.granularity === "day")) &&
        d.text.trim().split(/\s+/u).length === 1,
    ) ?? null
  );
}

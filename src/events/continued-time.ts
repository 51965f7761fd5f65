// An act told in a sentence that goes on with the one before (`كما طردت`، `وردت موسكو بطرد`) takes the time that
// sentence told, when it tells one before the page's day: `ففي الشهر الماضي فرضت … كما طردت … وردت موسكو بطرد`
// are all of last month, not of the publication day.
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import { markBetween } from "../arabic/gaps.ts";
import { since } from "./act-dates.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many sentences back a chain of such sentences is followed to the time it goes on with. */
const CHAIN_BACK = 2;
/** How far after a reply's verb its act's word may stand (`وردت موسكو بطرد`). */
const REPLY_REACH = 8;

/**
 * The time of the sentence before that the act's sentence goes on with: the sentence opens with a word of cue
 * time_carry (`كما` right before the act's own verb) or of time_carry_reply (a reply's verb `ردت` with the act's word a
 * few words on, no mark between); the sentence before (through up to 2 such sentences) tells a date with a value, not after
 * `منذ`, and its first such date is before the publication at its own precision. Undefined otherwise.
 */
export function continuedTime(
  arabic: ArabicText,
  sentence: Sentence,
  hit: TriggerHit,
  published: string | null,
  cues: EventCues,
): string | undefined {
  if (published === null || !goesOn(arabic, sentence, hit, cues)) return undefined;
  const index = (arabic.tokens[sentence.firstToken] as Token).sentence;
  for (let i = index - 1; i >= Math.max(0, index - CHAIN_BACK); i--) {
    const before = arabic.sentences[i] as Sentence;
    const told = arabic.dates.find(
      (d) => d.value !== null && d.start >= before.start && d.end <= before.end && !since(arabic, d, cues),
    );
    if (told?.value) return told.value < published.slice(0, told.value.length) ? told.value : undefined;
    const first = arabic.tokens[before.firstToken];
    if (!tokenIn(cues.timeCarry, first) && !tokenIn(cues.timeCarryReply, first)) return undefined;
  }
  return undefined;
}

function goesOn(arabic: ArabicText, sentence: Sentence, hit: TriggerHit, cues: EventCues): boolean {
  const { tokens } = arabic;
  const opener = tokens[sentence.firstToken] as Token;
  if (hit.first <= sentence.firstToken) return false;
  // كما طردت الولايات المتحدة: the act's own verb right after كما (not `كما أعلنت أنها`، `كما أن`).
  if (tokenIn(cues.timeCarry, opener))
    return hit.first === sentence.firstToken + 1 && hit.trigger.pos === "verb";
  return (
    tokenIn(cues.timeCarryReply, opener) &&
    hit.first - sentence.firstToken <= REPLY_REACH &&
    !markBetween(arabic.text, opener.end, (tokens[hit.first] as Token).start)
  );
}

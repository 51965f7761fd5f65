// A meeting noun told with the past relative clause of its holding right after it (`خلال القمة التي عقدت بين
// الطرفين`، `الحديث الذي دار بينه وبين العاهل السعودي، الإثنين، أن …`): the relative clause is the meeting's own
// telling, so its date is the one in that clause; a date of the clause before the noun (`ستغلق الموقع في مايو
// المقبل، في خطوة أعلن عنها … خلال القمة التي عقدت`) is another act's, and the meeting keeps none of its own
// (branch consult54).
import { gapIs, markBetween } from "../arabic/gaps.ts";
import type { ArabicText, DateMention, Token } from "../pipeline/types.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words (an adjective: `القمة التاريخية`) may stand between the noun and its relative pronoun. */
const ADJECTIVE_WORDS = 1;

/**
 * How many words of the noun's own phrase (its guest, its destination: `زيارة ولي العهد السعودي إلى أمريكا`) may
 * stand between a visit or meeting noun and its relative pronoun (branch consult55).
 */
const PHRASE_WORDS = 12;

/** How many words after the verb of holding its clause's date may stand (`بينه وبين العاهل السعودي، الملك سلمان، الإثنين`). */
const CLAUSE_REACH = 12;

/**
 * The date of a CONSULT noun held in the past relative clause after it (cue `held_past` or `meeting_held` right
 * after the relative pronoun): the first date in that clause, up to a complementizer, a clause break (`بينما`), the sentence's end or CLAUSE_REACH
 * words; `null` when the clause names none and the date read (`governed`) stands before the noun in a month
 * after publication; `governed` otherwise.
 */
export function heldRelativeDate(
  arabic: ArabicText,
  hit: TriggerHit,
  governed: DateMention | null,
  cues: EventCues,
  published: string | null,
): DateMention | null {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "noun") return governed;
  const { tokens } = arabic;
  const sentence = arabic.sentences[(tokens[hit.first] as Token).sentence];
  if (!sentence) return governed;
  let verb = -1;
  // The trigger's form may hold the pronoun itself (`القمة التي`).
  for (let k = hit.end - 1; k <= hit.end + ADJECTIVE_WORDS && k + 1 < sentence.endToken; k++)
    if (tokenIn(cues.relative, tokens[k])) {
      verb = k + 1;
      break;
    }
  if (verb < 0) verb = pastPhrase(arabic, hit, sentence.endToken, cues);
  const held = tokenIn(cues.heldPast, tokens[verb]) || tokenIn(cues.meetingHeld, tokens[verb]);
  if (verb < 0 || !held) return governed;
  let end = Math.min(sentence.endToken, verb + 1 + CLAUSE_REACH);
  for (let k = verb + 1; k < end; k++)
    if (isComplementizer(tokens[k], cues) || tokenIn(cues.clauseBreak, tokens[k])) {
      end = k;
      break;
    }
  const from = (tokens[verb] as Token).end;
  const to = (tokens[end - 1] as Token).end;
  const own = arabic.dates.find((d) => d.start >= from && d.end <= to && d.value !== null);
  if (own) return own;
  // A date still to come, read from the clause before the noun, is another act's: the meeting was held.
  const noun = (tokens[hit.first] as Token).start;
  const value = governed?.value ?? null;
  const ahead = value !== null && published !== null && value.slice(0, 7) > published.slice(0, 7);
  return governed && ahead && governed.start < noun ? null : governed;
}

/**
 * `انتهاء زيارة ولي العهد السعودي إلى أمريكا، التي بدأت في 20 مارس`، `زيارة الوزير إلى اليابان التي جرت في 3 مايو`:
 * the relative pronoun past the noun's own phrase, with no mark between but one comma right before the pronoun,
 * no clause break and no complementizer; the token after the pronoun (its verb), or -1.
 */
function pastPhrase(arabic: ArabicText, hit: TriggerHit, endToken: number, cues: EventCues): number {
  const { tokens, text } = arabic;
  const last = Math.min(endToken - 1, hit.end + PHRASE_WORDS);
  for (let k = hit.end; k < last; k++) {
    const t = tokens[k] as Token;
    const gap = [(tokens[k - 1] as Token).end, t.start] as const;
    const relative = tokenIn(cues.relative, t);
    if (markBetween(text, gap[0], gap[1], "any") && !(relative && gapIs(text, gap[0], gap[1], "comma")))
      return -1;
    if (relative) return k + 1;
    if (tokenIn(cues.clauseBreak, t) || isComplementizer(t, cues)) return -1;
  }
  return -1;
}

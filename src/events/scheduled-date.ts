// The date of a meeting told before its schedule: `اجتماعا بين أردوغان وبوتين من المقرر أن ينعقد في أبريل
// المقبل` is dated by the month after the verb of being held, not by the day of the report. The clause of the
// noun ends at أن, so governingDate never sees that date.
import type { ArabicText, DateMention, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { heldVerbAfter } from "./schedule.ts";
import type { TriggerHit } from "./triggers.ts";
import { markBetween } from "../arabic/gaps.ts";

/** How many words after the verb of being held its date may stand (`في العاصمة الروسية موسكو يوم 15 مايو`). */
const HELD_DATE_REACH = 6;

/**
 * A meeting noun followed by its schedule (`من المقرر أن` + a verb of being held, cue held_verb) takes the
 * date the text fixes within six words after that verb, in its sentence, with no punctuation, relative pronoun
 * or clause break between: the schedule tells when the meeting is to be held.
 */
export function scheduledDate(arabic: ArabicText, hit: TriggerHit, cues: EventCues): DateMention | null {
  const { tokens } = arabic;
  const held = heldVerbAfter(tokens, hit, cues);
  if (held < 0) return null;
  const sentence = (tokens[held] as Token).sentence;
  for (let k = held + 1; k < Math.min(tokens.length, held + 1 + HELD_DATE_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return null;
    if (markBetween(arabic.text, (tokens[k - 1] as Token).end, t.start, "phrase")) return null;
    const d = arabic.dates.find((m) => m.start === t.start);
    if (d) return d.value !== null ? d : null;
    if (tokenIn(cues.relative, t) || tokenIn(cues.clauseBreak, t)) return null;
  }
  return null;
}

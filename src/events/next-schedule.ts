// The date of a meeting to come that the next sentence gives: `ومن المقرر أن يجتمع الرئيس الإيراني مع نظيره
// الروسي. وأوضحت موسكو أن القمة ستعقد في سوتشي يوم 20 أكتوبر`. The planned meeting's clause
// names no date; the sentence after it retells the meeting by its definite noun with a future verb of being held
// and a date, which is the meeting's.
import type { ArabicText, DateMention, Token } from "../pipeline/types.ts";
import { markBetween } from "../arabic/gaps.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** How many words after the verb of being held its date may stand (`ستعقد في سوتشي يوم 20 أكتوبر`). */
const HELD_DATE_REACH = 6;

/**
 * The date a planned meeting (an act of CONSULT told as to come, with no date of its own, at token `first`) takes
 * from the next sentence: there a definite meeting noun (cue meeting_retold) stands right before or right after a
 * verb of being held in the future (`س` + cue held_verb: `الاجتماع سيعقد`، `وستعقد القمة`), and a date follows that
 * pair within six words, with no punctuation between. Null when there is none.
 */
export function nextScheduleDate(arabic: ArabicText, first: number, cues: EventCues): DateMention | null {
  const { tokens, sentences } = arabic;
  const next = sentences[(tokens[first] as Token).sentence + 1];
  if (!next) return null;
  for (let k = next.firstToken; k < next.endToken - 1; k++) {
    const a = tokens[k] as Token;
    const b = tokens[k + 1] as Token;
    const pair =
      (tokenIn(cues.meetingRetold, a) && futureHeld(b, cues)) ||
      (futureHeld(a, cues) && tokenIn(cues.meetingRetold, b));
    if (!pair || markBetween(arabic.text, a.end, b.start)) continue;
    for (let q = k + 2; q < Math.min(next.endToken, k + 2 + HELD_DATE_REACH); q++) {
      const t = tokens[q] as Token;
      if (markBetween(arabic.text, (tokens[q - 1] as Token).end, t.start, "phrase")) return null;
      const d = arabic.dates.find((m) => m.start === t.start);
      if (d) return d.value !== null ? d : null;
    }
    return null;
  }
  return null;
}

/** A verb of being held with the future's س (`سيعقد`، `ستعقد`، `وستجرى`). */
function futureHeld(t: Token, cues: EventCues): boolean {
  const keys = [t.key, ...t.bare.map((b) => b.key)];
  return keys.some((k) => k.startsWith("س") && cues.heldVerb.has(k.slice(1)));
}

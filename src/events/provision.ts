// An act told as what a measure or a deal provides for (`وتقضي العقوبات بتجميد أي أصول`، `اتفاق يقضي بانسحاب
// القوات`، `قرار ينص على وقف إطلاق النار`) is the measure's or the deal's content: the measure or the deal is
// the event, where the text tells it; the content is no act of its own, done by no one yet (precision61).
import { keyOf } from "../arabic/normalize.ts";
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

const ON = keyOf("على");

/** How many words may stand between the verb and its preposition: the measure or deal as its subject (`تقضي العقوبات ب`). */
const SUBJECT_REACH = 3;

/**
 * The noun trigger at `hit` follows a verb of providing for, with its preposition (ب on the noun, or على right
 * before it), the verb right before or up to SUBJECT_REACH words before (its subject between).
 */
export function providedFor(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): boolean {
  if (hit.trigger.pos !== "noun") return false;
  const prefix = hit.prefix.replace(/^[وف]/u, "");
  let at = hit.first;
  let verbs: ReadonlySet<string>;
  if (prefix === "ب") verbs = cues.provideVerbBi;
  else if (prefix === "" && (tokens[hit.first - 1] as Token | undefined)?.key === ON) {
    verbs = cues.provideVerbAla;
    at = hit.first - 1;
  } else return false;
  const sentence = (tokens[hit.first] as Token).sentence;
  for (let k = at - 1; k >= Math.max(0, at - 1 - SUBJECT_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return false;
    // قضت محكمة تركية بسجن القس: a court's ruling is an act of its own, no content (cue court_asked).
    if (tokenIn(cues.courtAsked, t)) return false;
    if (tokenIn(verbs, t)) return true;
  }
  return false;
}

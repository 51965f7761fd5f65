// The act a threat names with ب (`هدد … بفرض`): threatened, not done. vetoes.ts keeps it out of the
// events as the threat's content; modality.ts reads it as conditional where it is read at all. Split from
// modality.ts.
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far before the ب of a threatened act its threat word may stand (`هدد الرئيس الأمريكي دونالد ترامب بفرض`). */
const THREAT_REACH = 5;

/**
 * The act a threat word names with ب, a few words on (`هدد … بفرض`، `لوحت بتكرار الهجوم`، `توعد
 * بشن هجوم`): the ب stands on the trigger or on a verbal noun between the threat word and it.
 */
export function threatened(
  tokens: readonly Token[],
  hit: TriggerHit,
  clauseStart: number,
  cues: EventCues,
): boolean {
  if (hit.trigger.type === "THREATEN") return false;
  let withBa = hit.prefix.replace(/^[وف]/u, "") === "ب";
  // بعد تهديد السعودية وقف التعاون: a bare verbal noun after a threat noun and its genitive, no punctuation between.
  let object = hit.prefix === "" && (tokens[hit.first] as Token).linked;
  for (let k = hit.first - 1; k >= Math.max(clauseStart, hit.first - THREAT_REACH); k--) {
    const t = tokens[k] as Token;
    if (tokenIn(cues.threatWord, t))
      return withBa || (object && k < hit.first - 1 && tokenIn(cues.threatNoun, t));
    if (tokenIn(cues.clauseBreak, t) || tokenIn(cues.speech, t)) return false;
    object &&= t.linked && t.bare.every((b) => b.prefix === "");
    withBa ||=
      t.bare.some((b) => b.prefix.replace(/^[وف]/u, "") === "ب") && !t.bare.some((b) => b.key === "");
  }
  return false;
}

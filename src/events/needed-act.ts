// An act told by its verbal noun right after a noun of need (`أكد ضرورة عقد قمة مع الرئيس الأمريكي`، `شدد على
// ضرورة تعاون البلدين`): what is needed is still to come, not done; a meeting so told is AGREE `future`, as a
// planned one is (docs/gold-format.md). A verb after the need (`بضرورة الكشف عما ناقشه`) tells its own time.
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far before the noun trigger the noun of need may stand (`ضرورة عقد قمة`: one word between). */
const NEED_REACH = 2;

export function neededNoun(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): boolean {
  if (hit.trigger.pos !== "noun") return false;
  const sentence = (tokens[hit.first] as Token).sentence;
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - NEED_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return false;
    if (tokenIn(cues.needNoun, t)) return true;
  }
  return false;
}

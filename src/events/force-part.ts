// `شاركت قوات من البحرية الأمريكية في تدريبات`، `وتشارك أيضا وحدات من الجيش الصيني`: a part of a state's
// forces (cue force_part) right after a verb, with من before the force it is drawn from, is the verb's subject:
// the state of that force is the actor, though من before it would read it as a preposition's. Only a body of
// the military (sector MIL) or a nisba of one (`من الجيش الفرنسي`) after such a head: `عناصر من الشرطة`، `من
// قوات الدفاع المدني` name no state's forces, and a word of the clause's own (a time, a place) stops it.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** Words that may stand between the verb and the part (`أيضا`). */
const BEFORE_PART = 1;

/** The party `u` is the force a part of which is the verb's subject (`شاركت وحدات من الجيش الفرنسي`). */
export function forcePartSubject(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  if (hit.trigger.pos !== "verb" || u.prefix !== "" || u.parties.length !== 1) return false;
  for (let k = hit.end; k <= hit.end + BEFORE_PART; k++) {
    if (!tokenIn(c.cues.forcePart, c.tokens[k]) || (c.tokens[k + 1] as Token | undefined)?.key !== "من")
      continue;
    const p = u.parties[0];
    if (u.first === k + 2) return p?.sector === "MIL" && p.country !== null && p.country !== "IGO";
    // من الجيش الفرنسي: the nisba right after a word of the forces.
    return u.first === k + 3 && u.type === "NISBA" && tokenIn(c.cues.backedBody, c.tokens[k + 2]);
  }
  return false;
}

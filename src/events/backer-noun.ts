// `دعم روسيا للحكومة السورية`، `الدعم الأمريكي لمصر`، `أكد الوزير دعم بلاده للسعودية`: the bare noun of backing
// (trigger carrier `backer`) tells a backing only when its backer stands right after it (a state, its nisba, or
// بلاده; one adjective may follow it: `الدعم الروسي الكامل`) and the backed state right after that on ل. Any other
// shape names no backing between two states the text fixes: a goal (`أهمية دعم جهود التسوية`)، a backing of a
// group or a people (`دعم الولايات المتحدة لأكراد سوريا`)، a verb read as the noun (`دعم الوزير موقف ترامب`)، or
// backing ended (`وقف الدعم الأمريكي لـ`، cue lifting before it). A veto (tie-vetoes.ts): no event.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

const unitFrom = (c: Clause, k: number): PartyUnit | undefined => c.all.find((u) => u.first === k);

/** True when a bare backing noun has no backer right after it and the backed state on ل after that. */
export function backerUnnamed(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.backer !== true) return false;
  if (tokenIn(c.cues.lifting, c.tokens[hit.first - 1])) return true;
  const backer = unitFrom(c, hit.end);
  if (backer === undefined || backer.prefix !== "") return true;
  let k = backer.end;
  // الدعم الروسي الكامل للأسد: one adjective, no party, may stand between the backer and the backed.
  const next = c.tokens[k] as Token | undefined;
  if (next !== undefined && unitFrom(c, k) === undefined && !next.bare.some((b) => b.prefix !== "")) k++;
  if (k >= c.end || punctuated(c, k, k)) return true;
  const backed = unitFrom(c, k);
  return backed === undefined || !/^ل/u.test(backed.prefix.replace(/^[وف]/u, ""));
}

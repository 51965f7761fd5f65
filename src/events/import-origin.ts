// The state a tariff's goods come from (`رسوما جمركية على واردات الصلب والألومنيوم من كندا`).
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words after the goods' head their origin's `من` may stand (`واردات الصلب والألومنيوم من`). */
const ORIGIN_REACH = 5;

/**
 * `فرضت واشنطن رسوما على واردات الصلب من كندا`، `على جميع منتجات الصلب المستورد من تركيا`: an economic
 * measure (SANCTION, CONCEDE) on goods named right after its preposition at `k` (cue `import_head`, after
 * a quantifier of cue `goods_quantifier`) is done to the state they come from: the party right after
 * the `من` that follows the goods' name in the same stretch of words, or after an import participle
 * (cue `import_from`: `المستورد من`، `القادمة من`). `الواردات الأمريكية` names the importer and is not read.
 */
export function importOrigin(
  c: Clause,
  hit: TriggerHit,
  k: number,
  actor: readonly PartyUnit[],
): PartyUnit | undefined {
  const type = hit.trigger.type;
  if ((type !== "SANCTION" && type !== "CONCEDE") || !hit.trigger.context.includes("economic"))
    return undefined;
  let head = k + 1;
  if (tokenIn(c.cues.goodsQuantifier, c.tokens[head])) head++;
  if (head >= c.end || !tokenIn(c.cues.importHead, c.tokens[head])) return undefined;
  const last = Math.min(c.end - 1, head + ORIGIN_REACH);
  for (let m = head + 1; m <= last; m++) {
    if (punctuated(c, m, m)) return undefined;
    const t = c.tokens[m] as Token;
    let at = -1;
    if (t.key === "من") at = m + 1;
    else if (tokenIn(c.cues.importFrom, t) && (c.tokens[m + 1] as Token | undefined)?.key === "من")
      at = m + 2;
    if (at < 0) continue;
    return c.units.find((u) => u.first === at && u.prefix === "" && u.end <= c.end && !actor.includes(u));
  }
  return undefined;
}

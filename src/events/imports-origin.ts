// `فرضت أستراليا رسوما على واردات الأخشاب من تشيلي`: a tariff on imports targets the state
// they come from, named after من, not the importer that may stand as the imports' genitive (`على واردات
// الولايات المتحدة من الصلب التركي`); and a tariff on goods targets the state of their nisba (`على المنتجات
// الصينية`). Split from recipient.ts.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { GOODS_UNIT } from "./units.ts";

/** How far after the frame's preposition the imports word may stand (`على الواردات`، `على واردات السيارات`). */
const HEAD_REACH = 2;

/** How far after the imports word their origin may be named (`واردات الصلب والألومنيوم من كندا`). */
const ORIGIN_REACH = 6;

/** The imports word: `واردات`، `الواردات`، and with a pronoun (`وارداتها`). */
function importsWord(t: Token | undefined, heads: ReadonlySet<string>): boolean {
  return tokenIn(heads, t) || (t?.segments !== undefined && heads.has(t.segments.core));
}

/**
 * The origin of the imports a tariff or embargo (an economic SANCTION, or a CONCEDE lifting one) is laid
 * on, after the frame's preposition at `k`: the party right after `من` (and its list), or a nisba of the
 * goods (`الألومنيوم التركي`), within reach of the imports word; none when no imports word stands there.
 */
export function importsOrigin(
  c: Clause,
  hit: TriggerHit,
  k: number,
  actor: readonly PartyUnit[],
): PartyUnit | undefined {
  if (!economicMeasure(hit)) return undefined;
  let head = -1;
  for (let j = k + 1; j <= k + HEAD_REACH && j < c.end; j++)
    if (importsWord(c.tokens[j], c.cues.importsHead)) head = j;
  if (head < 0) return undefined;
  const mine = new Set(actor.flatMap((u) => u.parties.map((p) => p.country)));
  for (const x of c.all) {
    if (x.first <= head + 1 || x.first > head + ORIGIN_REACH || x.end > c.end || actor.includes(x)) continue;
    if (x.parties.some((p) => p.country === null || mine.has(p.country))) continue;
    const before = c.tokens[x.first - 1] as Token;
    if (before.key === "من" || x.type === "NISBA") return x;
  }
  return undefined;
}

/** How far after the frame's preposition goods' nisba may stand (`على المنتجات الإلكترونية الأمريكية`). */
const GOODS_REACH = 3;

/**
 * `فرضت واشنطن رسوما على المنتجات الصينية`: a tariff or embargo (an economic SANCTION, or a CONCEDE
 * lifting one) on goods targets the state their nisba names.
 */
export function goodsAfter(c: Clause, hit: TriggerHit, k: number): PartyUnit | undefined {
  if (!economicMeasure(hit)) return undefined;
  const reach = k + GOODS_REACH + quantityWords(c, k + 1);
  return c.all.find((x) => x.type === GOODS_UNIT && x.first > k && x.first <= reach && x.end <= c.end);
}

/**
 * `عقوبات على العديد من الشركات الروسية`، `رسوم على عشرات البضائع الأمريكية`: a word of how many (cue
 * goods_quantity) right after the preposition, with the من after it, is not counted in the goods' reach.
 */
function quantityWords(c: Clause, k: number): number {
  const t = c.tokens[k];
  if (k >= c.end || !t || !tokenIn(c.cues.goodsQuantity, t)) return 0;
  return (c.tokens[k + 1] as Token | undefined)?.key === "من" && k + 1 < c.end ? 2 : 1;
}

/** A tariff or embargo: an economic SANCTION, or a CONCEDE lifting one. */
function economicMeasure(hit: TriggerHit): boolean {
  const type = hit.trigger.type;
  return (type === "SANCTION" || type === "CONCEDE") && hit.trigger.context.includes("economic");
}

// A measure a state is told to bear (`تركيا التي تخضع لعقوبات أمريكية`، `وتتعرض موسكو لعقوبات أمريكية`):
// the trigger rows of carrier `received` whose need is a sanctions noun (lexicons/triggers.tsv) make the
// verb's subject the target and the party after the noun the imposer. Only the imposer's nisba right after
// the noun names that party: a genitive (`لعقوبات الاتحاد الإفريقي`, which a sports body may be subject to)
// or no party at all (`المشاريع التي لا تخضع للعقوبات`) names no state's measure (branch sanction63).
import type { Token } from "../pipeline/types.ts";
import type { Clause } from "./arguments.ts";
import type { TriggerHit } from "./triggers.ts";

/** Keys of the sanctions noun, with the ل that the bearing verbs take. */
const MEASURE = /^(?:ل|لل)?(?:ال)?عقوبات$/u;

/** The most tokens between the bearing verb and its sanctions noun (`تخضع إيران لعقوبات`). */
const REACH = 3;

/** Why a sanctions hit of this module's shapes gives no event, or null when it may. */
export function measureVeto(c: Clause, hit: TriggerHit): string | null {
  if (measureUnborne(c, hit)) return "a measure borne of no state named";
  if (measurePurposed(c, hit)) return "a measure as a purpose";
  return null;
}

/**
 * `دعم السعودية لفرض عقوبات إضافية على إيران`: the verbal noun of imposing sanctions after the ل of purpose is
 * what is backed, sought or planned, no measure taken; after ب (`بدأت واشنطن بفرض عقوبات جديدة على طهران`،
 * `قامت بفرض عقوبات`) it is the act (the noun row of `فرض عقوبات`, lexicons/triggers.tsv).
 */
function measurePurposed(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.type !== "SANCTION" || hit.trigger.pos !== "noun" || !hit.prefix.includes("ل"))
    return false;
  return hit.end - hit.first === 2 && (c.tokens[hit.first + 1] as Token).key === "عقوبات";
}

/** True when a bearing verb's measure has no imposer's nisba right after its noun: no event. */
function measureUnborne(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.type !== "SANCTION" || hit.trigger.received !== true) return false;
  for (let k = hit.end; k < Math.min(c.end, hit.end + REACH); k++) {
    const t = c.tokens[k] as Token;
    if (!MEASURE.test(t.key)) continue;
    return !c.units.some((u) => u.first === k + 1 && u.type === "NISBA");
  }
  return true;
}

/**
 * `تخضع إيران لعقوبات أمريكية`، `وتعرضت موسكو لعقوبات أمريكية نتيجة لذلك`: a measure the subject is told to bear
 * stands, undated unless the text dates it (docs/gold-format.md, "Sanctions told in background"), no act of
 * the page's day.
 */
export function measureBorne(hit: TriggerHit): boolean {
  return hit.trigger.type === "SANCTION" && hit.trigger.received === true;
}

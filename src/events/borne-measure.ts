// A measure a state is told to bear (`تركيا التي تخضع لعقوبات أمريكية`، `وتتعرض موسكو لعقوبات أمريكية`):
// the trigger rows of carrier `received` whose need is a sanctions noun (lexicons/triggers.tsv) make the
// verb's subject the target and the party after the noun the imposer. Only the imposer's nisba right after
// the noun names that party: a genitive (`لعقوبات الاتحاد الإفريقي`, which a sports body may be subject to)
// or no party at all (`المشاريع التي لا تخضع للعقوبات`) names no state's measure (branch sanction63).
import type { Token } from "../pipeline/types.ts";
import type { Clause } from "./arguments.ts";
import type { Trigger } from "./trigger-row.ts";
import type { TriggerHit } from "./triggers.ts";

/** Keys of the sanctions noun, with the ل that the bearing verbs take. */
const MEASURE = /^(?:ل|لل)?(?:ال)?عقوبات$/u;

/** The most tokens between the bearing verb and its sanctions noun (`تخضع إيران لعقوبات`). */
const REACH = 3;

/**
 * `دعم السعودية لفرض عقوبات إضافية على إيران`، `تستعد واشنطن لفرض عقوبات`: after the ل of purpose the noun row
 * of `فرض عقوبات` does not fit, and the phrase is read by the row of `عقوبات على` as before it, whose modality
 * gives what is backed, sought or planned; after ب (`بدأت واشنطن بفرض عقوبات جديدة على طهران`، `قامت بفرض
 * عقوبات`) the noun row is the act (lexicons/triggers.tsv). Called by trigger-fit.ts.
 */
export function measurePurposed(
  trigger: Trigger,
  tokens: readonly Token[],
  first: number,
  end: number,
  prefix: string,
): boolean {
  if (trigger.type !== "SANCTION" || trigger.pos !== "noun" || prefix.replace(/^[وف]/u, "") !== "ل")
    return false;
  return end - first === 2 && (tokens[first + 1] as Token).key === "عقوبات";
}

/** True when a bearing verb's measure has no imposer's nisba right after its noun: no event (a veto, vetoes.ts). */
export function measureUnborne(c: Clause, hit: TriggerHit): boolean {
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

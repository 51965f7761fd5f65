// Precision, thirteenth pass (docs/EVENTS.md, "Thirteenth pass: partners and own recipients").
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");

test("a state named after a companion phrase acts with the actor, it is not the target", () => {
  assert.deepEqual(
    coded(
      "وجاءت التصريحات بعد غارات جوية شنتها فرنسا إلى جانب بريطانيا والولايات المتحدة على مواقع عسكرية في سوريا.",
    ),
    // Since the twenty-sixth pass (multi26) the partners act with the actor.
    ["ASSAULT FRA+GBR+USA>SYR asserted"],
  );
  assert.deepEqual(
    coded(
      "ودافع وزير الدفاع البريطاني عن دور بلاده في الضربات التي جرت بالتنسيق مع الولايات المتحدة وفرنسا ضد منشآت في سوريا.",
    ),
    ["COOPERATE GBR>FRA+USA asserted"],
  );
  // Guard: an attack with no companion keeps its target, and standing by a state is still support.
  assert.deepEqual(coded("وشنت فرنسا غارات جوية على مواقع في سوريا."), ["ASSAULT FRA>SYR asserted"]);
  assert.deepEqual(coded("وقالت تركيا إنها تقف إلى جانب قطر في مواجهة الحصار."), [
    "SUPPORT TUR>QAT asserted",
  ]);
});

test("a state named after بدعم من backs the attacker, it is not the target", () => {
  assert.deepEqual(
    coded(
      "وجمع الجيش الحكومي السوري وحداته للهجوم على ريف إدلب الجنوبي بدعم من روسيا التي زادت طلعاتها فوق المنطقة.",
    ),
    [],
  );
  // Guard: the target named after the backer is still the target; the backer supports the attacker
  // (the adverbial noun of backing, branch agree38, backing.ts).
  assert.deepEqual(coded("وشنت الولايات المتحدة، بدعم من بريطانيا، غارات جوية على مواقع عسكرية في سوريا."), [
    "SUPPORT GBR>USA asserted",
    "ASSAULT USA>SYR asserted",
  ]);
});

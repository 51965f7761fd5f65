// The thirty-fifth pass's rules on false events with a wrong side or type. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a strike on an armed group told with the region of a state it hit has no state as target", () => {
  // Before: ASSAULT TUR>IRQ, ASSAULT JOR>SYR, ASSAULT USA>SOM.
  assert.deepEqual(coded("وقصفت المقاتلات التركية مواقع للمتمردين في شمال العراق."), []);
  assert.deepEqual(coded("وأطلق الجيش الأردني صواريخ على جنوب سوريا استهدفت مهربين ومسلحين."), []);
  assert.deepEqual(
    coded("ونفذت طائرة أمريكية غارة على مدينة جنوبي الصومال أسفرت عن مقتل عشرة من المتشددين."),
    [],
  );
  // Across a border: the state beyond it is where the group stood.
  assert.deepEqual(coded("وقتلت غارة فرنسية عشرين من عناصر التنظيم قرب الحدود المالية مع النيجر."), []);
});

test("guards: a strike on a state's forces in a region, a strike with no armed group named", () => {
  assert.deepEqual(coded("وشنت الطائرات الإسرائيلية غارات على مواقع للجيش السوري جنوب دمشق."), [
    "ASSAULT ISR>SYR asserted",
  ]);
  assert.deepEqual(coded("وقصفت المدفعية الهندية قرى على الحدود مع باكستان."), ["ASSAULT IND>PAK asserted"]);
});

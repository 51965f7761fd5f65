// The forty-second round's readings of SANCTION and COERCE (docs/EVENTS.md, "Forty-second pass",
// branch sanction42). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a word of how many between a sanction's preposition and a state's firms or goods is skipped", () => {
  // Before: `العديد من` pushed the firms' nisba past the goods' reach, and the sanction had no target.
  assert.deepEqual(coded("وفرضت كندا أمس عقوبات على العديد من الشركات الإيرانية."), [
    "SANCTION CAN>IRN asserted",
  ]);
  assert.deepEqual(coded("ورفعت الهند الرسوم الجمركية على عشرات المنتجات الباكستانية."), [
    "SANCTION IND>PAK asserted",
  ]);
  // A word of how many before people of no state named keeps the sanction without a target.
  assert.deepEqual(coded("وفرضت كندا أمس عقوبات على العديد من الأفراد."), []);
});

test("a boycott noun (مقاطعة) with the boycotted state after ل، ضد or على is a SANCTION", () => {
  // Before: مقاطعة was no trigger, and a boycott of a state gave no event.
  assert.deepEqual(coded("وقالت الحكومة إن مقاطعة المغرب والجزائر لتونس مستمرة منذ عامين."), [
    "SANCTION DZA+MAR>TUN asserted",
  ]);
  assert.deepEqual(coded("وأعلنت الأرجنتين مقاطعة شاملة ضد تشيلي."), ["SANCTION ARG>CHL asserted"]);
  // A province (`مقاطعة كيبيك الكندية`) names no boycott: its nisba right after is no boycotted state.
  assert.deepEqual(coded("وانعقد الاجتماع في مقاطعة أونتاريو الكندية أمس."), []);
});

// The twenty-first pass on meetings, planned meetings and support (docs/EVENTS.md, "Twenty-first pass:
// meetings, planned meetings and support"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a state body qualified by a backing participle is backed by the state after من", () => {
  assert.deepEqual(coded("وواصلت القوات الحكومية السورية المدعومة من روسيا تقدمها نحو المدينة."), [
    "SUPPORT RUS>SYR asserted",
  ]);
  // Each backer backs the body on its own: one event per state.
  assert.deepEqual(coded("وتحاصر القوات السورية، المدعومة من قبل روسيا وإيران، البلدة منذ أسابيع."), [
    "SUPPORT RUS>SYR asserted",
    "SUPPORT IRN>SYR asserted",
  ]);
  assert.deepEqual(coded("وسيطرت الحكومة اليمنية المدعومة من السعودية على الميناء."), [
    "SUPPORT SAU>YEM asserted",
  ]);
  // Forces or air cover after ب: military aid.
  assert.deepEqual(coded("وتقدم الجيش السوري، مدعوما بغطاء جوي روسي، في ريف المحافظة."), [
    "AID RUS>SYR asserted",
  ]);
  // The mood of the clause around it is the other act's: the backing is told as it is.
  assert.deepEqual(coded("ونبه المسؤول إلى هجوم وشيك قد تشنه القوات السورية المدعومة من روسيا على البلدة."), [
    "SUPPORT RUS>SYR asserted",
  ]);
});

test("a movement, a militia or rebels backed by a state are no state body", () => {
  assert.deepEqual(coded("وأطلقت جماعة الحوثي المدعومة من إيران صاروخا باتجاه الحدود."), []);
  assert.deepEqual(coded("وتقاتل قوات سوريا الديمقراطية المدعومة من الولايات المتحدة مسلحي التنظيم."), []);
  assert.deepEqual(coded("وخاضت فصائل الحشد الشعبي المدعومة من إيران الانتخابات."), []);
  assert.deepEqual(coded("وهاجمت الفصائل السورية المدعومة من تركيا مواقع المسلحين الأكراد."), []);
  // A movement joined to the backer by و is the other side of the sentence, no backer.
  assert.deepEqual(
    coded("ويستمر القتال منذ أعوام بين الحكومة اليمنية المدعومة من السعودية والمتمردين الحوثيين."),
    ["SUPPORT SAU>YEM asserted"],
  );
  // Guard: a firm's results backed by growth name no state.
  assert.deepEqual(coded("وارتفعت أسهم الشركة مدعومة بنمو المبيعات في الصين."), []);
});

test("praise of a role told after an adverbial phrase is for the doer of its relative clause", () => {
  assert.deepEqual(
    coded("وأشاد الرئيس الفرنسي في هذا السياق بالدور البناء الذي تقوم به الأردن في المنطقة."),
    ["SUPPORT FRA>JOR asserted"],
  );
  // Guard: with no relative clause, the role praised names no doer.
  assert.deepEqual(coded("وأشاد الرئيس الفرنسي في هذا السياق بالدور البناء في المنطقة."), []);
});

test("a visit carried by a verb of being, beginning, ending or arriving has the verb's person as visitor", () => {
  assert.deepEqual(
    coded("وقال رئيس وزراء الهند، ناريندرا مودي، الذي كان في زيارة لفرنسا، إن المحادثات كانت مثمرة."),
    ["CONSULT IND>FRA asserted"],
  );
  assert.deepEqual(coded("واختتم الرئيس المصري عبد الفتاح السيسي، الخميس، زيارة للكويت استمرت يومين."), [
    "CONSULT EGY>KWT asserted",
  ]);
  assert.deepEqual(coded("وتحدثت الصحف عن وصول الرئيس الروسي فلاديمير بوتين في زيارة مفاجئة إلى سوريا."), [
    "CONSULT RUS>SYR asserted",
  ]);
  // Guard: an imperfect tells a visit to come; the verb gives it no visitor (no visit told as held).
  assert.deepEqual(
    coded("وقال المسؤول إن ولي العهد السعودي محمد بن سلمان حين يصل في زيارة إلى لندن سيلتقي الملكة."),
    [],
  );
  // Guard: a visitor of no state.
  assert.deepEqual(coded("وكان الصحفي في زيارة إلى تركيا."), []);
});

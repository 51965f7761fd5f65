// Recall of REQUEST, SANCTION and THREATEN (docs/EVENTS.md, "Fifteenth pass: pressure, vows, replies and
// own-state objects"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");

test("continuing, increasing or escalating pressure on a state is a threat", () => {
  assert.deepEqual(
    coded("وقالت الخارجية الأمريكية إن واشنطن ستواصل الضغط على فنزويلا حتى إجراء انتخابات حرة."),
    ["THREATEN USA>VEN asserted"],
  );
  assert.deepEqual(coded("وصعدت الصين ضغوطها على كوريا الجنوبية بعد نشر منظومة الدفاع الصاروخي."), [
    "THREATEN CHN>KOR asserted",
  ]);
  // Guard: pressure on a button, or on a state's own economy, is no act between states.
  assert.deepEqual(coded("وواصل الجندي الضغط على الزر لإطلاق الصاروخ التجريبي."), []);
});

test("the UN human rights office is an organisation of states, so its urging is a request", () => {
  assert.deepEqual(
    coded("وأكد المتحدث أن المفوضية السامية لحقوق الإنسان قد حثت لبنان على وقف ترحيل اللاجئين."),
    ["REQUEST IGO>LBN asserted"],
  );
  // Guard: a national human rights commission is no organisation of states.
  assert.deepEqual(coded("وحثت مفوضية حقوق الإنسان لبنان على وقف ترحيل اللاجئين."), []);
});

test("a vow not to let a state do something is a threat", () => {
  assert.deepEqual(coded("وتعهد رئيس الوزراء الإسرائيلي بأنه لن يسمح لإيران بإقامة قواعد عسكرية في سوريا."), [
    "THREATEN ISR>IRN asserted",
  ]);
  // Guard: a vow to help is no threat.
  assert.deepEqual(coded("وتعهد رئيس الوزراء الإسرائيلي بمساعدة المزارعين في الشمال."), []);
});

test("a threat told as a reply is aimed at the state of the act it replies to", () => {
  assert.deepEqual(
    coded(
      "وقال المتحدث باسم الحكومة الصينية إن بلاده ستتخذ إجراءات انتقامية، ردا على الرسوم التي فرضتها الإدارة الأمريكية.",
    ),
    ["THREATEN CHN>USA asserted"],
  );
  // Guard: a reply to a question names no target.
  assert.deepEqual(
    coded("وقال المتحدث باسم الحكومة الصينية إن بلاده ستتخذ إجراءات انتقامية، ردا على سؤال من الصحفيين."),
    [],
  );
});

test("a threat whose object is the actor's own property takes the state its content names", () => {
  assert.deepEqual(coded("وهددت قطر ببيع الأصول القطرية إذا أقر البرلمان البريطاني القانون الجديد."), [
    "THREATEN QAT>GBR asserted",
  ]);
  // Guard: with no other state in the content there is no target.
  assert.deepEqual(coded("وهددت قطر ببيع الأصول القطرية خلال العام المقبل."), []);
});

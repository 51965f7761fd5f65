// The twenty-first pass's argument helpers (docs/EVENTS.md, "Twenty-first pass: arguments lost"): a
// counterpart word ends a bare title before it, a claim noun with a relative pronoun sums up the clause
// before a reaction, and a state noun (`المملكة`) in an object's place is a party. Sentences written for
// these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a counterpart word after a bare title opens the other person", () => {
  assert.deepEqual(coded("والتقى وزير الخارجية الأمريكي نظيره السعودي عادل الجبير في الرياض."), [
    "CONSULT USA>SAU asserted",
  ]);
  assert.deepEqual(coded("واستقبل وزير الدفاع البريطاني نظيره التركي في لندن."), [
    "CONSULT GBR>TUR asserted",
  ]);
  // Guard: a named person before the counterpart keeps reading as before.
  assert.deepEqual(coded("والتقى وزير الخارجية الأمريكي مايك بومبيو نظيره السعودي عادل الجبير في الرياض."), [
    "CONSULT USA>SAU asserted",
  ]);
});

test("a claim noun with a relative pronoun before a reaction sums up the clause before", () => {
  assert.deepEqual(coded("وفرضت الولايات المتحدة عقوبات جديدة على إيران، الأمر الذي انتقدته الصين."), [
    "SANCTION USA>IRN asserted",
    "ACCUSE CHN>USA asserted",
  ]);
  assert.deepEqual(
    coded("وأعلنت الولايات المتحدة خروجها من الاتفاق الذي أبرمته مع إيران، في قرار انتقدته فرنسا وألمانيا."),
    ["SANCTION USA>IRN asserted", "ACCUSE DEU+FRA>USA asserted"],
  );
  assert.deepEqual(coded("وخفضت اليابان وارداتها من الحديد، وهو القرار الذي رفضته أستراليا."), [
    "REJECT AUS>JPN asserted",
  ]);
  // Guard: a denial after `الأمر الذي` answers a claim whoever told it, not the sentence's first subject.
  assert.deepEqual(
    coded("وقال ناشطون إن القوات الحكومية قصفت المدينة، الأمر الذي نفته السلطات السورية."),
    [],
  );
  // Guard: a claim noun with no relative and no في before it is no back-reference.
  assert.deepEqual(coded("وانتقدت الصين خطوة الولايات المتحدة."), ["ACCUSE CHN>USA asserted"]);
});

test("a state noun in an object's place is the act's other side", () => {
  const saudi = "قالت وزارة الخارجية السعودية إن الرياض ترفض التدخل في شؤونها. ";
  assert.deepEqual(coded(`${saudi}وانتقدت كندا المملكة بسبب اعتقال ناشطين.`), ["ACCUSE CAN>SAU asserted"]);
  assert.deepEqual(coded(`${saudi}وانتقد وزير الخارجية الكندي المملكة بسبب اعتقال ناشطين.`), [
    "ACCUSE CAN>SAU asserted",
  ]);
  assert.deepEqual(coded(`${saudi}وقال الرئيس التركي رجب طيب أردوغان إن على المملكة أن تثبت روايتها.`), [
    "REQUEST TUR>SAU asserted",
  ]);
  // Guard: the state noun as a subject stays no party (eighth pass: the weak reading).
  assert.deepEqual(coded(`${saudi}وحذرت المملكة من أن إيران تهدد الملاحة.`), []);
  // Guard: after `إلى` it stays no party (a Saudi official going home is no visit).
  assert.deepEqual(coded(`${saudi}وغادر القنصل السعودي تركيا متجها إلى المملكة.`), []);
});

test("a verb after a comma that carries its object pronoun has its subject after it", () => {
  // The state after `وانتقدتها` is who criticised, not the one criticised by the clause before's subject.
  assert.ok(
    !coded("ونفذت الولايات المتحدة ضربات على مواقع في سوريا، وانتقدتها روسيا بشدة.").includes(
      "ACCUSE USA>RUS asserted",
    ),
  );
  // Guard: with no pronoun the state after the verb stays its object, the subject the clause before's.
  assert.deepEqual(
    coded("وقال وزير الخارجية الأمريكي إن بلاده تتابع الوضع عن كثب، واتهم إيران بدعم الإرهاب."),
    ["ACCUSE USA>IRN asserted"],
  );
});

// The forty-third round's readings of who acts (docs/EVENTS.md, "Forty-third pass", branch nisba43).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("the UN's adjective after a title or an institution (المسؤول الأممي، الوفد الأممي) is the UN", () => {
  // Before: an official or envoy told only by the UN's adjective acted for no one.
  assert.deepEqual(coded("وانتقدت المسؤولة الأممية الحكومة الإثيوبية بسبب احتجاز الصحفيين."), [
    "ACCUSE IGO>ETH asserted",
  ]);
  assert.deepEqual(coded("وطالب منسق أممي رفيع بغداد بفتح المعابر أمام الإغاثة."), [
    "REQUEST IGO>IRQ asserted",
  ]);
  assert.deepEqual(coded("واجتمع رئيس الوزراء الليبي مع الوفد الأممي في طرابلس."), [
    "CONSULT LBY>IGO asserted",
  ]);
  // A state's nisba after the same title is still that state.
  assert.deepEqual(coded("وانتقدت المسؤولة الكندية الحكومة الإثيوبية بسبب احتجاز الصحفيين."), [
    "ACCUSE CAN>ETH asserted",
  ]);
});

test("the UN's adjective on a thing (قرار أممي، الطائرة الأممية) names no party", () => {
  // The veto of a UN draft stays Moscow's refusal of the draft's sponsors, not a UN request.
  assert.deepEqual(coded("واستخدمت روسيا حق النقض ضد قرار أممي قدمته فرنسا."), ["REJECT RUS>FRA asserted"]);
  // A plane of the UN refused landing by a militia: no state refuses, no event.
  assert.deepEqual(coded("ومنعت جماعة مسلحة الطائرة الأممية من الهبوط في المطار."), []);
});

test("heads of international bodies spelled as outlets print them act for the body", () => {
  // Before: the spellings `غريفث` and `دي مستورا`, and Lagarde and Tusk, were read as no one's.
  assert.deepEqual(coded("وحث مارتن غريفث التحالف والحكومة اليمنية على وقف الهجوم."), [
    "REQUEST IGO>YEM asserted",
  ]);
  assert.deepEqual(coded("وأشادت كريستين لاغارد بالإصلاحات التي أجرتها مصر."), ["SUPPORT IGO>EGY asserted"]);
  // A surname alone that is also a word in other names is not read before the full name.
  assert.deepEqual(coded("وانتقد توسك الحكومة البولندية."), []);
});

test("the body one ally belongs to (حليفتها في الناتو) is not the party asked", () => {
  // Before: the alliance was read as the one Ankara asks.
  assert.deepEqual(coded("وتدعو أنقرة حليفتها في حلف الناتو إلى تسليم المطلوبين."), []);
  // Allies in the plural are the body's members: the body stands for them.
  assert.deepEqual(coded("وانتقد الرئيس الأمريكي حلفاءه في حلف الناتو بسبب الإنفاق الدفاعي."), [
    "ACCUSE USA>IGO asserted",
  ]);
});

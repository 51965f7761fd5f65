// The forty-fifth round's readings of requests and threats whose other side is not written next to the
// verb (docs/EVENTS.md, "Forty-fifth pass", branch req45). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a response to come (سيؤدي إلى رد، سيقابل برد، ستواجه ردا) threatens the state whose act it answers", () => {
  // Before: no verb of threatening, no event.
  assert.deepEqual(coded("وقال الرئيس الإيراني إن أي هجوم أمريكي سيؤدي إلى رد قوي."), [
    "THREATEN IRN>USA asserted",
  ]);
  assert.deepEqual(coded("وقال وزير الدفاع التركي إن أي تحرك يوناني قرب الجزر سيقابل برد حازم."), [
    "THREATEN TUR>GRC asserted",
  ]);
  assert.deepEqual(
    coded("وقال رئيس الوزراء الياباني إن كوريا الشمالية ستواجه ردا قويا إذا أطلقت صاروخا جديدا."),
    ["THREATEN JPN>PRK asserted"],
  );
  // A reaction (رد فعل) of markets or farmers is no answer of a state: no threat.
  assert.deepEqual(
    coded("وقال المسؤول البريطاني إن قرار الحكومة الإيطالية سيؤدي إلى رد فعل واسع في الأسواق."),
    [],
  );
  assert.deepEqual(coded("وأكد الوزير الكندي أن الخطة ستواجه برد فعل غاضب من المزارعين."), []);
});

test("a request of the world (المجتمع الدولي after فيها، بتدخل دولي) asks no state", () => {
  // Before: the state whose acts were to be stopped, or pressed, was read as the one asked.
  assert.deepEqual(coded("وطالبت الحكومة السودانية بتدخل دولي عاجل لوقف الغارات الإثيوبية على الحدود."), []);
  assert.deepEqual(
    coded("وانتقدت الخارجية الصينية الخطاب الذي دعا فيه المجتمع الدولي إلى الضغط على بكين في قضية الجزر."),
    [],
  );
  // An intervention of a named state is no world's: the demand on the other state stays.
  assert.deepEqual(coded("وطالبت الحكومة الأوكرانية بتدخل روسي أقل في شؤونها."), [
    "REQUEST UKR>RUS asserted",
  ]);
  // A state asked by name keeps its place even when the intervention asked is international.
  assert.deepEqual(coded("وطالبت المكسيك الولايات المتحدة بتدخل دولي في الأزمة."), [
    "REQUEST MEX>USA asserted",
  ]);
});

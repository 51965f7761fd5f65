// The forty-seventh round's request shapes (docs/EVENTS.md, "Forty-seventh pass", branch request47). The pass
// kept no new reading; these tests pin the request shapes it found already read, each beside the near case
// that must stay without an event. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a day between the verb of asking and the state asked leaves the state asked", () => {
  assert.deepEqual(coded("وطالبت اليابان الخميس الصين بوقف التجارب الصاروخية قرب جزرها."), [
    "REQUEST JPN>CHN asserted",
  ]);
  // With no state after the day, the demand names no one asked: no event.
  assert.deepEqual(coded("وطالبت اليابان الخميس بوقف التجارب الصاروخية قرب جزرها."), []);
});

test("a list of askers with the state asked after it is one request of the whole list", () => {
  assert.deepEqual(coded("وحثت إسبانيا والبرتغال المغرب على تشديد الرقابة على سواحله."), [
    "REQUEST ESP+PRT>MAR asserted",
  ]);
  // The same list with an act and no state asked (an inquiry asked of no one named) gives no event.
  assert.deepEqual(coded("وطالبت إسبانيا والبرتغال بإجراء تحقيق مستقل في غرق القارب."), []);
});

test("a possessed call noun takes its addressee after ل", () => {
  assert.deepEqual(coded("وجددت البرازيل دعوتها للأرجنتين إلى فتح الحدود أمام الشاحنات."), [
    "REQUEST BRA>ARG asserted",
  ]);
  // The call with no state after ل is a call on no one named.
  assert.deepEqual(coded("وجددت البرازيل دعوتها إلى فتح الحدود أمام الشاحنات."), []);
});

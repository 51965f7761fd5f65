// The forty-seventh round's request readings (docs/EVENTS.md, "Forty-seventh pass", branch request47): a deal or
// a meeting told as the goal of conditions a state sets is a demand; and request shapes the pass found already
// read, each beside the near case that must stay as it was. Sentences written for these tests.
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

test("a deal or a meeting that conditions are set for is a demand of the other side, not the act", () => {
  // Before: AGREE CHN>IND future (a deal no one agreed to).
  assert.deepEqual(coded("وحدد وزير الخارجية الصيني شروط بكين لإبرام اتفاق حدودي مع الهند."), [
    "REQUEST CHN>IND asserted",
  ]);
  // Before: CONSULT PAK>AFG asserted (a meeting not held).
  assert.deepEqual(coded("ووضع رئيس الوزراء الباكستاني شروطا للقاء الرئيس الأفغاني في كابل."), [
    "REQUEST PAK>AFG asserted",
  ]);
  // With no condition noun before it, the deal to come stays an agreement to come.
  assert.deepEqual(coded("وأعلن وزير الخارجية الصيني استعداد بكين لإبرام اتفاق حدودي مع الهند."), [
    "AGREE CHN>IND future",
  ]);
});

test("a sentence opening with لكنه before its speech verb goes on quoting the speaker named before", () => {
  const before = "وقال وزير الخارجية الماليزي إن بلاده تتابع ملف الحدود عن كثب.";
  // Before: no actor (the sentence did not open with its speech verb).
  assert.deepEqual(coded(`${before} ولكنه قال إن على إندونيسيا أن تحترم الاتفاقات الموقعة.`), [
    "REQUEST MYS>IDN asserted",
  ]);
  // The plain speech verb reads the same, as before.
  assert.deepEqual(coded(`${before} وقال إن على إندونيسيا أن تحترم الاتفاقات الموقعة.`), [
    "REQUEST MYS>IDN asserted",
  ]);
  // Inside a sentence, after a comma, the pronoun is the sentence's opening subject (before: no actor).
  assert.deepEqual(coded("ورحبت تايلاند بالمبادرة، لكنها قالت إن على كمبوديا أن تسحب جنودها من المعبد."), [
    "REQUEST THA>KHM asserted",
  ]);
  // A contrast word with no pronoun on it, and a subject after the verb, is that subject's speech.
  assert.deepEqual(coded(`${before} ولكن قالت سنغافورة إن على إندونيسيا أن تحترم الاتفاقات الموقعة.`), [
    "REQUEST SGP>IDN asserted",
  ]);
});

// False positives by class, issue 6, ninth pass (docs/EVENTS.md, "Ninth pass: false positives by
// class"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText, eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality`, states sorted. */
const coded = (text: string) => eventLines(text, "modality");

test("أسقط is an assault only with an aircraft, missile or bomb after it, even several words on", () => {
  // No assault: the draft brought down is refused to its sponsor (thirty-fifth pass, reqrej35).
  assert.deepEqual(coded("وأسقطت فرنسا مشروع قرار تقدمت به البرازيل في مجلس الأمن."), [
    "REJECT FRA>BRA asserted",
  ]);
  assert.deepEqual(coded("وقال الكاتب إن الهند لا تسعى إلى إسقاط حكومة باكستان."), []);
  assert.deepEqual(coded("وأسقطت الدفاعات الجوية الهندية أمس بطريق الخطأ طائرة مسيرة باكستانية."), [
    "ASSAULT IND>PAK asserted",
  ]);
  assert.deepEqual(coded("وأسقطت الهند صواريخ باكستانية."), ["ASSAULT IND>PAK asserted"]);
});

test("an act after ما لم / إن لم is a condition (unless), neither done nor denied", () => {
  assert.deepEqual(coded("وحذر الوزير من حرب ما لم تتوصل الهند إلى اتفاق مع باكستان."), [
    "AGREE IND>PAK conditional",
  ]);
  assert.deepEqual(coded("وقال إن الأزمة ستستمر إن لم تجر الهند محادثات مع باكستان."), [
    "CONSULT IND>PAK conditional",
  ]);
  // كما لم: a negation, the act is denied.
  const denied = analyzeText("كما لم تلتق الهند مع باكستان.", {}).events;
  assert.deepEqual(
    denied.map((e) => [e.type, e.negated, e.modality]),
    [["CONSULT", true, "asserted"]],
  );
});

test("a meeting cancelled or put off is not held; a visit during a cancelling is", () => {
  const told = (text: string) =>
    analyzeText(text, {}).events.map((e) => `${e.type} ${e.negated ? "not held" : "held"}`);
  // Cancelling a meeting is REJECT (DESIGN.md); the meeting noun is refused and told once with the verb's
  // REJECT, no longer as a second, negated CONSULT (docs/EVENTS.md, "Fifteenth pass: consultations …").
  assert.deepEqual(told("ألغى مسؤولون من كوريا الجنوبية اجتماعا مقررا مع نائب الرئيس الياباني في طوكيو."), [
    "REJECT held",
  ]);
  assert.deepEqual(told("ألغت كوريا الجنوبية الرسوم خلال زيارة الوزير الياباني إلى سول."), [
    "CONCEDE held",
    "CONSULT held",
  ]);
});

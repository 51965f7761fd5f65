// The fifty-second round's readings of verbal conflict (docs/EVENTS.md, "Fifty-second pass", branch accuse52).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("قبل after من is the adverb 'before', not the verb 'accepted'; a reservation on a call is a refusal", () => {
  // Before: an acceptance (AGREE) of the call by the state that voiced its reservation on it.
  assert.deepEqual(eventLines("وكانت اليابان قد أعلنت من قبل تحفظها على دعوة الصين إلى محادثات حول الجزر."), [
    "REJECT JPN>CHN asserted",
    "REQUEST CHN>JPN asserted",
  ]);
  // The verb itself still accepts.
  assert.deepEqual(eventLines("وقبلت كندا دعوة الصين إلى محادثات حول التجارة."), [
    "AGREE CAN>CHN asserted",
    "REQUEST CHN>CAN asserted",
  ]);
});

test("a state's reservations (تحفظ with its pronoun) on another's plan are a refusal", () => {
  // Before: no event.
  assert.deepEqual(eventLines("وأبدت كندا تحفظاتها على الخطة الأمريكية لإصلاح منظمة التجارة."), [
    "REJECT CAN>USA asserted",
  ]);
  // التحفظ على أموال is a seizure of assets by a court, no state's refusal.
  assert.deepEqual(eventLines("وقررت المحكمة التحفظ على أموال الشركة الألمانية."), []);
});

test("a verb's subject told as the coalition that a state leads (التحالف الذي تقوده) is that state", () => {
  // Before: the relative pronoun closed the clause, and the charge had no sides.
  assert.deepEqual(eventLines("واتهم التحالف الذي تقوده السعودية إيران بتزويد المتمردين بالصواريخ."), [
    "ACCUSE SAU>IRN asserted",
  ]);
  assert.deepEqual(eventLines("ويطالب التحالف الذي تقوده السعودية إيران بوقف دعمها للحوثيين."), [
    "REQUEST SAU>IRN asserted",
  ]);
  // Any other relative clause after the subject still closes the clause.
  assert.deepEqual(eventLines("وانتقد وزير الخارجية الذي تقوده بلاده حملة ضد الإرهاب إيران."), []);
});

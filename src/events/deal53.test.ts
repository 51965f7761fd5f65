// The fifty-third round's readings of backing received and of a meeting an envoy is sent to hold
// (docs/EVENTS.md, "Fifty-third pass", branch deal53). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("backing received with no word of arms or money after it is SUPPORT from the giver", () => {
  // Before: AID IRN>SYR (the row of receiving read دعم as military aid).
  assert.deepEqual(
    eventLines("وقال مسؤولون إن الحكومة السورية، التي تتلقى دعما من إيران، تستعد لهجوم جديد في الشمال."),
    ["SUPPORT IRN>SYR asserted"],
  );
  assert.deepEqual(eventLines("وأعلنت الخارجية أن لبنان تلقى الدعم من فرنسا خلال الأزمة."), [
    "SUPPORT FRA>LBN asserted",
  ]);
});

test("backing received that is told as military or financial stays AID", () => {
  assert.deepEqual(eventLines("وأضافوا أن الجيش السوري يتلقى دعما عسكريا من روسيا منذ سنوات."), [
    "AID RUS>SYR asserted",
  ]);
  assert.deepEqual(eventLines("وقالت الحكومة إن اليمن تلقى دعما ماليا من السعودية العام الماضي."), [
    "AID SAU>YEM asserted",
  ]);
});

test("a meeting an envoy will be sent, or is ordered, to hold is a meeting to come", () => {
  // Before: CONSULT FRA>MAR asserted, as if the meeting had been held.
  assert.deepEqual(
    eventLines("وأعلن الرئيس الفرنسي أنه سيرسل وزير الخارجية للقاء العاهل المغربي في أقرب وقت."),
    ["AGREE FRA>MAR future"],
  );
  assert.deepEqual(
    eventLines("وأمر الرئيس الفرنسي وزير خارجيته بالتوجه إلى المغرب للقاء العاهل المغربي وبحث الأزمة."),
    ["AGREE FRA>MAR future"],
  );
});

test("a meeting an envoy was sent to hold, told in the perfect, stays as it was", () => {
  assert.deepEqual(eventLines("وأرسل الرئيس الفرنسي وزير الخارجية للقاء العاهل المغربي في الرباط."), [
    "CONSULT FRA>MAR asserted",
  ]);
  // A verb of going with no order before it tells a trip made.
  assert.deepEqual(eventLines("وقام وزير الخارجية الفرنسي بالتوجه إلى المغرب للقاء العاهل المغربي."), [
    "CONSULT FRA>MAR asserted",
  ]);
});

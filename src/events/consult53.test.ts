// The fifty-third round's readings of meetings still to come (docs/EVENTS.md, "Fifty-third pass", branch consult53).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a meeting told right after قبيل or عشية is still to come", () => {
  // Before: the talks the news comes just before were told as held (CONSULT asserted).
  assert.deepEqual(eventLines("ويأتي القرار البرازيلي قبيل محادثات بين برازيليا وبوينس آيرس."), [
    "AGREE BRA>ARG future",
  ]);
  assert.deepEqual(eventLines("ويأتي إعلان الوزير الياباني دعم بلاده للمبادرة عشية زيارته إلى الهند."), [
    "AGREE JPN>IND future",
  ]);
  // A noun of holding may stand between the word of the eve and the meeting.
  assert.deepEqual(eventLines("وتأتي هذه التصريحات قبيل عقد قمة بين الهند واليابان."), [
    "AGREE IND>JPN future",
  ]);
});

test("a meeting after قبيل with no present verb of coming, or after plain قبل, keeps its reading", () => {
  // After a perfect verb the meeting may have been held by the time of the report.
  assert.deepEqual(eventLines("ونظم المحتجون وقفة قبيل زيارة الرئيس الياباني إلى الهند."), [
    "CONSULT JPN>IND asserted",
  ]);
  // كان … قد places the episode and the visit after it in the past: the visit was held.
  assert.deepEqual(
    eventLines("وكانت الحملة الإعلانية قد انطلقت في شهر مايو قبيل زيارة الرئيس الياباني إلى الهند."),
    ["CONSULT JPN>IND asserted"],
  );
  // قبل alone is not read: the meeting may have been held since.
  assert.deepEqual(eventLines("وتحدث الوزير الياباني للصحفيين قبل لقائه نظيره الهندي."), [
    "CONSULT JPN>IND asserted",
  ]);
});

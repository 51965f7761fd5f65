// The forty-fourth round's reading of a planned meeting's date told in its schedule (docs/EVENTS.md,
// "Forty-fourth pass", branch agree44). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

test("a meeting noun told before its schedule takes the date after the verb of being held", () => {
  // Before: dated by the day of the report (2019-01-14), though the schedule names March.
  assert.deepEqual(
    datedLines(
      "وأعلن المتحدث باسم الرئاسة أن اجتماعا بين الرئيس المصري ونظيره السوداني من المقرر أن ينعقد في مارس المقبل.",
      "2019-01-14",
    ),
    ["AGREE EGY>SDN 2019-03"],
  );
  assert.deepEqual(
    datedLines(
      "وقالت الوزارة إن جولة محادثات بين تونس والجزائر من المقرر أن تعقد في أبريل المقبل في العاصمة.",
      "2019-01-14",
    ),
    ["AGREE TUN>DZA 2019-04"],
  );
});

test("a schedule with no date after its verb, or a date past a comma, leaves the date as it was", () => {
  // No date after the verb of being held: the report's day, as before.
  assert.deepEqual(
    datedLines(
      "وأعلن المتحدث باسم الرئاسة أن اجتماعا بين الرئيس المصري ونظيره السوداني من المقرر أن ينعقد قريبا.",
      "2019-01-14",
    ),
    ["AGREE EGY>SDN 2019-01-14"],
  );
  // A date after a comma belongs to another phrase (the meeting held last March), not to the schedule.
  assert.deepEqual(
    datedLines(
      "وأعلن المتحدث أن اجتماعا بين الرئيس المصري ونظيره السوداني من المقرر أن ينعقد، بعد لقاء جرى في مارس الماضي.",
      "2019-01-14",
    ),
    ["AGREE EGY>SDN 2019-01-14", "CONSULT EGY+SDN> 2018-03"],
  );
});

test("cooperation named as the topic of talks, or as more of it sought, is no cooperation carried out", () => {
  // Before: a COOPERATE between the two states besides the meeting (and besides the talks below).
  assert.deepEqual(
    datedLines("والتقى وزير الخارجية المغربي نظيره التونسي لبحث التعاون بين البلدين.", "2019-01-14"),
    ["CONSULT MAR>TUN 2019-01-14"],
  );
  assert.deepEqual(
    datedLines("وقال البيان إن المحادثات تمهد الطريق لمزيد من التعاون بين اليابان والهند.", "2019-01-14"),
    ["CONSULT JPN>IND 2019-01-14"],
  );
  // Cooperation told as done stays.
  assert.deepEqual(
    datedLines("وتعاونت الشرطة الأردنية مع نظيرتها المصرية في ملاحقة المهربين.", "2019-01-14"),
    ["COOPERATE JOR>EGY 2019-01-14"],
  );
});

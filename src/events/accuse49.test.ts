// The forty-ninth round's verbal-conflict readings (docs/EVENTS.md, "Forty-ninth pass", branch accuse49).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

test("a blameworthy deed told by its doer's relative clause is a charge of the sentence's subject", () => {
  // Before: `ارتكبته` was no trigger form, so only the warning was read.
  assert.deepEqual(eventLines("وحذرت اليونان إيطاليا من تكرار الخطأ الذي ارتكبته ألمانيا في ملف اللاجئين."), [
    "THREATEN GRC>ITA asserted",
    "ACCUSE GRC>DEU asserted",
  ]);
  // A speaker's claim clause gives the accuser.
  assert.deepEqual(
    eventLines("وقال وزير الخارجية الأردني إن الانتهاكات التي ارتكبتها إسرائيل في القدس لن تمر."),
    ["ACCUSE JOR>ISR asserted"],
  );
  // Near case, unchanged: a deed said not to be done charges no one.
  assert.deepEqual(eventLines("وقال وزير الخارجية الأردني إن الانتهاكات التي لم ترتكبها إسرائيل كثيرة."), []);
});

test("the charge told in passing is dated as its sentence is told, not left as background", () => {
  // Before: no event; a relative clause's perfect would have made it background, undated.
  assert.deepEqual(
    datedLines(
      "وقال وزير الخارجية الأردني يوم الأحد إن المجازر التي ارتكبتها إسرائيل في غزة لن تنسى.",
      "2018-05-16",
    ),
    ["ACCUSE JOR>ISR 2018-05-13"],
  );
});

test("a later act with no recipient of its own does not answer a charge told in passing", () => {
  // The threat aimed at a town takes no side from the charge; it folds into the warning to Italy.
  assert.deepEqual(
    eventLines(
      "وحذرت اليونان إيطاليا من تكرار الخطأ الذي ارتكبته ألمانيا بإرسال سفن إلى الجزيرة، التي تهدد أثينا بمحاصرتها.",
    ),
    ["THREATEN GRC>ITA asserted", "ACCUSE GRC>DEU asserted"],
  );
});

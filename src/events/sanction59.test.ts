// The fifty-ninth round's readings of expulsions and cut ties (branch expel59). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("suspending the issue of visas for a state's citizens is a sanction on that state", () => {
  // Before: the verb of suspending needed a talk, a treaty or a channel after it, and visas were none.
  assert.deepEqual(eventLines("وعلقت أنقرة إصدار التأشيرات للمواطنين الهولنديين بعد الأزمة.", "states"), [
    "SANCTION TUR>NLD",
  ]);
  assert.deepEqual(eventLines("وأعلنت المنامة تعليق إصدار التأشيرات للمواطنين الإيرانيين.", "states"), [
    "SANCTION BHR>IRN",
  ]);
  // A comment on visas (the noun تعليق as a remark) is no measure, nor are visas suspended by nobody.
  assert.deepEqual(eventLines("وقال المتحدث في تعليق على التأشيرات إن الإجراءات لم تتغير.", "states"), []);
});

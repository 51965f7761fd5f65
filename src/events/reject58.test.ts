// The fifty-eighth round's readings of refusals (branch reject58).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a refusal told as a condition keeps the condition's modality", () => {
  // Before: REJECT USA>IRN asserted (the decision not to certify read as made).
  assert.deepEqual(
    eventLines("وحذر الوزير من أن الاتفاق قد ينهار إذا قررت واشنطن عدم المصادقة على الاتفاق مع إيران."),
    ["REJECT USA>IRN conditional"],
  );
});

test("a refusal stated as made stays asserted", () => {
  assert.deepEqual(eventLines("وقالت الصين إنها لن توقع أي اتفاق مع الولايات المتحدة."), [
    "REJECT CHN>USA asserted",
  ]);
  assert.deepEqual(eventLines("وقررت الحكومة الأردنية عدم المصادقة على الاتفاق مع إسرائيل."), [
    "REJECT JOR>ISR asserted",
  ]);
});

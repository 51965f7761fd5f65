// The fifty-seventh round's readings of acts told as background (branch background57). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

const day = "2019-03-14"; // a Thursday

test("an act told as long-standing, repeated or spread over past years keeps no date of the page", () => {
  for (const text of [
    "ولطالما انتقدت الحكومة الفرنسية السياسة التجارية الصينية.",
    "واتهمت اليابان مرارا كوريا الشمالية بخطف مواطنيها.",
    "وطالبت كوبا مرارا وتكرارا الولايات المتحدة برفع الحصار عنها.",
    "وتتهم الهند باكستان منذ فترة طويلة بإيواء المسلحين.",
    "وانتقدت البرازيل في السنوات الأخيرة سياسة الأرجنتين الزراعية.",
  ])
    assert.deepEqual(
      datedLines(text, day).map((l) => l.replace(/^\S+ \S+ /u, "")),
      ["null"],
      text,
    );
});

test("the same acts told with a date of their own, or told plainly, keep that date", () => {
  assert.deepEqual(datedLines("واتهمت اليابان مرارا في عام 2017 كوريا الشمالية بخطف مواطنيها.", day), [
    "ACCUSE JPN>PRK 2017",
  ]);
  assert.deepEqual(datedLines("واتهمت اليابان، الأربعاء، كوريا الشمالية بخطف مواطنيها.", day), [
    "ACCUSE JPN>PRK 2019-03-13",
  ]);
});

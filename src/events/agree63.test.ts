// The sixty-third round's readings of agreements and plans (branch agree63). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

const published = "2024-03-14"; // a Thursday

test("a plan named as scheduled and given a day later in the article is one plan, of that day", () => {
  const text =
    "وتحدث الوزير عن آمال بلاده قبل القمة المرتقبة بين فرنسا والبرازيل. " +
    "وقال المتحدث إن الوفد وصل صباحا. وسيلتقي الرئيسان الفرنسي والبرازيلي الاثنين في باريس.";
  const agree = datedLines(text, published).filter((l) => l.startsWith("AGREE"));
  assert.deepEqual(agree, ["AGREE FRA>BRA 2024-03-18"]);
});

test("a plan retold with a looser date that holds the first telling's is the same plan", () => {
  const text =
    "وقال المتحدث باسم الرئاسة إن القمة المرتقبة بين الرئيس الفرنسي والرئيس البرازيلي ستعقد الاثنين في باريس. " +
    "وقال المتحدث إن الوفد وصل صباحا. وسيجتمع الرئيس الفرنسي مع نظيره البرازيلي، الأسبوع المقبل، في قمة بالعاصمة الفرنسية.";
  // Before: two plans, of 2024-03-18 and of 2024-03 (the week to come).
  assert.deepEqual(datedLines(text, published), ["AGREE FRA>BRA 2024-03-18"]);
});

test("an agreement on a plan, told with no word of a schedule, stays apart from the meeting it prepares", () => {
  const text =
    "أعلنت الحكومة الفرنسية أن فرنسا والبرازيل استقرتا على مكان لعقد القمة بين الرئيسين. " +
    "وسيجتمع الرئيسان للمرة الأولى في قصر الإليزيه في 18 مارس الجاري.";
  const agree = datedLines(text, published).filter((l) => l.startsWith("AGREE"));
  assert.equal(agree.length, 2);
});

// The forty-first round's readings of meetings and their dates (docs/EVENTS.md, "Forty-first pass",
// branch consult41). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a possessed meeting noun with ب (لقائه بالوزير) keeps its pronoun as the one who meets", () => {
  // Before: the ب was read as a charge's (اتهامه بـ), the pronoun as the one met, and the actor was lost.
  assert.deepEqual(
    coded(
      "وقال وزير الخارجية المصري سامح شكري للصحفيين في جنيف بعد لقائه بوزير الخارجية الإيطالي إن الحوار سيستمر.",
    ),
    ["CONSULT EGY>ITA asserted"],
  );
  // A charge's ب still makes the pronoun the one charged: no act of the speaker's.
  assert.deepEqual(
    coded("وقال وزير الخارجية المصري سامح شكري إن اتهامه بالتقصير في ملف المياه لا أساس له."),
    [],
  );
});

test("a meeting told as the setting of a speech (وذلك خلال لقائه) takes the speech's date", () => {
  const text =
    "أكد وزير الخارجية الأردني أيمن الصفدي، الثلاثاء، أن الحل السياسي هو الطريق الوحيد، وذلك خلال لقائه بنظيره الألماني في عمان.";
  // Before: the reported clause after أن named no date, and the meeting took the page's day.
  assert.deepEqual(datedLines(text, "2019-03-07"), ["CONSULT JOR>DEU 2019-03-05"]);
  // After عقب the meeting may be a later step: it does not take the speech's date.
  const after =
    "أكد وزير الخارجية الأردني أيمن الصفدي، الثلاثاء، أن الحل السياسي هو الطريق الوحيد، وذلك عقب لقائه بنظيره الألماني في عمان.";
  assert.deepEqual(datedLines(after, "2019-03-07"), ["CONSULT JOR>DEU 2019-03-07"]);
});

test("a bare head-of-government title refers back across الوزراء and الحكومة", () => {
  const named = "وقال مكتب رئيسة الحكومة النيوزيلندية جاسيندا أرديرن إن الوزراء ناقشوا الوضع.";
  // Before: رئيسة الوزراء found no person whose post's second word was الوزراء, and the call had no actor.
  assert.deepEqual(
    coded(`${named} وأضاف المكتب أن رئيسة الوزراء تحدثت مع رئيس الوزراء الأسترالي مساء الأحد.`),
    ["CONSULT NZL>AUS asserted"],
  );
  // Another post (الرئيسة) is still no back-reference to her.
  assert.deepEqual(coded(`${named} وأضاف المكتب أن الرئيسة تحدثت مع رئيس الوزراء الأسترالي مساء الأحد.`), []);
});

test("a dual verb that borrows the two states of its sentence's meeting takes the meeting's date", () => {
  const text =
    "وقال البيان إن الرئيس الكيني تحدث مع نظيره التنزاني مساء الأربعاء، وإنهما اتفقا على تسريع مشروع الطريق.";
  // Before: the agreement had no date of its own and took the page's day.
  assert.deepEqual(datedLines(text, "2019-06-07"), [
    "CONSULT KEN>TZA 2019-06-05",
    "AGREE KEN+TZA> 2019-06-05",
  ]);
  // A dual verb in the next sentence may tell a later step: it keeps the day of its report.
  const later =
    "وقال البيان إن الرئيس الكيني تحدث مع نظيره التنزاني مساء الأربعاء. واتفقا على تسريع مشروع الطريق.";
  assert.deepEqual(datedLines(later, "2019-06-07"), [
    "CONSULT KEN>TZA 2019-06-05",
    "AGREE KEN+TZA> 2019-06-07",
  ]);
});

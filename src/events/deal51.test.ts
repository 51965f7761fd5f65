// The fifty-first round's readings of deals and support (docs/EVENTS.md, "Fifty-first pass", branch deal51).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a dual after a counterpart named by a direction nisba stands for both halves of Korea", () => {
  // Before: `نظيره الشمالي` held no state when the dual took its two, so the leaders' agreement had no side.
  assert.deepEqual(
    eventLines(
      "التقى رئيس كوريا الجنوبية نظيره الشمالي في بانمونجوم يوم السبت. واتفق الزعيمان على فتح مكتب اتصال دائم.",
    ),
    ["CONSULT KOR>PRK asserted", "AGREE KOR+PRK> asserted"],
  );
  // A counterpart with its own nisba was already read.
  assert.deepEqual(
    eventLines(
      "التقى الرئيس الفرنسي نظيره الألماني في برلين يوم السبت. واتفق الزعيمان على فتح مكتب اتصال دائم.",
    ),
    ["CONSULT FRA>DEU asserted", "AGREE DEU+FRA> asserted"],
  );
});

test("standing with a state, told by the verb with مع or by وقوف with its named subject, is support", () => {
  // Before: only `تقف إلى جانب` and the possessed `وقوفها مع` were read.
  assert.deepEqual(eventLines("وقالت الكويت إنها تقف مع المغرب في كل ما يتخذه من خطوات."), [
    "SUPPORT KWT>MAR asserted",
  ]);
  assert.deepEqual(eventLines("وأكد وزير الخارجية الأردني وقوف الأردن مع مصر في حربها على الإرهاب."), [
    "SUPPORT JOR>EGY asserted",
  ]);
  // وقوف of things, with no مع, is no stance.
  assert.deepEqual(eventLines("وأكد الوزير أهمية وقوف السيارات في المواقف المخصصة لها."), []);
});

test("after a speaker's pronoun subject, the party right after the verb alone is the recipient", () => {
  // Before: the state the supported one quarrels with was a second recipient.
  assert.deepEqual(eventLines("وقالت الكويت إنها تؤيد المغرب في نزاعه مع الجزائر."), [
    "SUPPORT KWT>MAR asserted",
  ]);
  // A list right after the verb stays whole.
  assert.deepEqual(eventLines("وقالت الكويت إنها تؤيد المغرب والأردن."), ["SUPPORT KWT>JOR+MAR asserted"]);
});

test("states after a verb of covering are a deal's content, not its sides", () => {
  // Before: Libya and Tunisia were the two sides of the deal.
  assert.deepEqual(
    eventLines("وقال رئيس الوزراء الإيطالي إن على البلدين أن يتوصلا لاتفاق يغطي ليبيا وتونس."),
    [],
  );
  // Sides named before the verb stay.
  assert.deepEqual(eventLines("وقال رئيس الوزراء الإيطالي إن اتفاق فرنسا وألمانيا يشمل ليبيا."), [
    "AGREE DEU+FRA> asserted",
  ]);
});

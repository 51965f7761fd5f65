// Seventeenth pass, ACCUSE and REJECT recall (branch acc18, docs/EVENTS.md "Seventeenth pass: accusations
// and denials"). Sentences written for these tests in Arabic news style; none is an article's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const states = (text: string) => eventLines(text, "states");

test("acc18: a denial reads its charge past a long subject and a time phrase", () => {
  // نفى … اتهامات: the charge stands 8 words after the verb (the row read 5).
  const got = states(
    "وقالت اليابان إن كوريا الشمالية تقف وراء الهجمات الإلكترونية. ونفى المعهد الكوري الشمالي للعلوم في الوقت نفسه اتهامات اليابان.",
  );
  assert.ok(got.includes("REJECT PRK>JPN"), JSON.stringify(got));
});

test("acc18: the denier's own state after تورط is the one charged; the denial answers the accuser", () => {
  const got = states(
    "واتهمت كندا الصين بقرصنة شبكات حكومية. ونفى المتحدث باسم السفارة الصينية في أوتاوا، مساء الجمعة، تورط بكين في عملية الاختراق.",
  );
  assert.ok(got.includes("ACCUSE CAN>CHN"), JSON.stringify(got));
  assert.ok(got.includes("REJECT CHN>CAN"), JSON.stringify(got));
});

test("acc18 guard: a denial of the denier's own part with no accuser before it is no event", () => {
  assert.deepEqual(states("ونفى المتحدث باسم وزارة الخارجية الإيرانية تورط طهران في الهجوم."), []);
});

test("acc18: 'behind' with no verb, and the states coordinated with the speaker judge with it", () => {
  assert.deepEqual(states("وتقول اليابان وكوريا الجنوبية إن بيونغ يانغ وراء الهجوم الإلكتروني على البنوك."), [
    "ACCUSE JPN+KOR>PRK",
  ]);
  assert.deepEqual(states("وقالت بريطانيا إن روسيا كانت وراء تسميم العميل السابق."), ["ACCUSE GBR>RUS"]);
});

test("acc18 guard: a cause behind another state's act is no charge", () => {
  assert.deepEqual(states("وقال المسؤول الإيراني إن الهدف وراء العقوبات الأمريكية هو إسقاط النظام."), []);
});

test("acc18: a demand that a state bear responsibility is blame, not a request", () => {
  assert.deepEqual(
    states("وقال وزير الخارجية البريطاني جيريمي هنت إنه ينبغي على روسيا تحمل المسؤولية عن الهجوم."),
    ["ACCUSE GBR>RUS"],
  );
});

test("acc18 guard: a demand to do something else stays a request", () => {
  assert.deepEqual(states("وقال وزير الخارجية البريطاني جيريمي هنت إنه ينبغي على روسيا وقف القصف فورا."), [
    "REQUEST GBR>RUS",
  ]);
});

test("acc18: a relative clause set off by commas after the subject is skipped to the object", () => {
  assert.deepEqual(
    states(
      "واتهم وزير الخارجية الصيني وانغ يي، الذي كان يتحدث في مؤتمر صحفي ببكين، الولايات المتحدة بإثارة التوتر.",
    ),
    ["ACCUSE CHN>USA"],
  );
});

test("acc18 guard: a state inside the relative clause is not the object", () => {
  assert.deepEqual(
    states(
      "واتهم وزير الخارجية الصيني وانغ يي، الذي كان يتحدث في مؤتمر صحفي مع نظيره الياباني، المعارضة بإثارة الفوضى.",
    ),
    [],
  );
});

test("acc18 guard: 'behind' after another word than a state is no charge", () => {
  const got = states(
    "وقال المتحدث باسم الخارجية الروسية إن موسكو تراقب التقارب بين أنقرة وأثينا، داعيا الأولى إلى عدم الانسياق وراء مشاريع أجنبية.",
  );
  assert.ok(!got.some((g) => g.startsWith("ACCUSE")), JSON.stringify(got));
});

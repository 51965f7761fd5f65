// The thirty-third pass on missed charges (docs/EVENTS.md, "Thirty-third pass: …"). Sentences written
// for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a death told in the passive inside a state's mission is the speaker's charge against that state", () => {
  assert.deepEqual(coded("وقال مصدر أمني تركي إن الكاتب قتل داخل القنصلية السعودية."), [
    "ACCUSE TUR>SAU asserted",
  ]);
  assert.deepEqual(coded("وقال وزير الخارجية البريطاني إن المعارض اغتيل في السفارة الروسية."), [
    "ACCUSE GBR>RUS asserted",
  ]);
  // A bare mission word is the mission the article named before with its state.
  assert.deepEqual(
    coded(
      "ودخل الكاتب السفارة الإيرانية في العاصمة قبل أسبوع. وقالت الشرطة الألمانية إن الكاتب قتل داخل السفارة.",
    ),
    ["ACCUSE DEU>IRN asserted"],
  );
});

test("a death in a mission with no speaker of another state, denied, or in no mission is no charge", () => {
  // The speaker is the mission's own state.
  assert.deepEqual(coded("وقال مسؤول سعودي إن الكاتب قتل داخل القنصلية السعودية."), []);
  // No speaker at all: the writer's narrative.
  assert.deepEqual(coded("قتل الكاتب داخل القنصلية السعودية بعد دخوله إليها."), []);
  // A claim governed by a denial.
  assert.deepEqual(coded("ونفى المسؤول التركي أن الكاتب قتل داخل القنصلية السعودية."), []);
  // A bare mission word with no mission of a state named before.
  assert.deepEqual(coded("وقال مصدر تركي إن الكاتب قتل داخل القنصلية."), []);
  // A death in a place that is no mission.
  assert.deepEqual(coded("وقال مصدر تركي إن الكاتب قتل داخل الفندق السعودي."), []);
});

test("officials or sources of a people who speak name their state as the speaker", () => {
  assert.deepEqual(coded("وقال مسؤولون روس إن الولايات المتحدة تنتهك المعاهدة الموقعة بين البلدين."), [
    "ACCUSE RUS>USA asserted",
  ]);
  assert.deepEqual(
    coded("ونقلت الوكالة عن مسؤولين أتراك قولهم إن الكاتب قتل داخل القنصلية السعودية في المدينة."),
    ["ACCUSE TUR>SAU asserted"],
  );
});

test("officials of a people who do not speak are no party", () => {
  // The officials are the object of a measure, not speakers: no Turkish side.
  assert.deepEqual(coded("وفرضت الولايات المتحدة عقوبات على مسؤولين أتراك كبار."), []);
  // A people plural with no head noun of officials stays a people.
  assert.deepEqual(coded("وقال الأتراك إن الولايات المتحدة تنتهك المعاهدة."), []);
});

test("a deed verb told verb first has the state right after it as the one charged", () => {
  assert.deepEqual(
    coded('وقال المتحدث باسم الخارجية الفرنسية في بيان: "الشهر الماضي استخدمت سوريا مادة كيماوية".'),
    ["ACCUSE FRA>SYR asserted"],
  );
  assert.deepEqual(
    coded('وقال وزير الخارجية البحريني إنه "لا أمن في الخليج طالما تتدخل إيران في شؤون جيرانها".'),
    ["ACCUSE BHR>IRN asserted"],
  );
  // After a word of condition the deed is not told done: no charge.
  assert.deepEqual(
    coded("وقال مسؤول أمريكي إن بلاده سترد إذا استخدمت سوريا الأسلحة الكيماوية في الهجوم.").filter((l) =>
      l.startsWith("ACCUSE"),
    ),
    [],
  );
});

// The thirty-first pass on acts told without a word of their type (docs/EVENTS.md, "Thirty-first pass:
// charges and threats told without a word of their type"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a state said to be responsible for a deed is accused by the speaker", () => {
  assert.deepEqual(coded("وقال وزير الخارجية الفرنسي إن إيران مسؤولة عن الهجوم على السفارة."), [
    "ACCUSE FRA>IRN asserted",
  ]);
  assert.deepEqual(coded("وأكد المتحدث باسم الحكومة الألمانية أن روسيا هي المسؤولة عن تسميم المعارض."), [
    "ACCUSE DEU>RUS asserted",
  ]);
  // With no speech verb, the state named right before the complementizer claims.
  assert.deepEqual(coded("وتصر اليابان على أن الصين مسؤولة عن الهجمات الإلكترونية."), [
    "ACCUSE JPN>CHN asserted",
  ]);
});

test("responsibility for no deed, of the speaker's own state, of no state, or to come is no charge", () => {
  // A share of trade is no deed: the needed noun is missing.
  assert.deepEqual(
    coded("وتشير بيانات المفوضية الأوروبية إلى أن روسيا مسؤولة عن نصف واردات ألمانيا من الغاز."),
    [],
  );
  assert.deepEqual(coded("وقال الوزير الإيراني إن إيران مسؤولة عن حماية الهجوم على السفارات في طهران."), []);
  assert.deepEqual(coded("وقال الرئيس الفرنسي إن من هو مسؤول عن الهجوم على السفارة سيحاسب."), []);
  assert.deepEqual(coded("وقال السفير الروسي إن لندن ستكون المسؤولة عن أي هجوم."), []);
});

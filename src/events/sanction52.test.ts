// The fifty-second round's readings of coercion (docs/EVENTS.md, "Fifty-second pass", branch sanction52).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText, eventLines } from "../../test/helpers.ts";

test("envoys asked to leave are the expulsion told beside them: one measure, of mode expel", () => {
  // Before: the request that the envoys leave was a SANCTION of no mode, so it stood apart from the verb of
  // expelling in its sentence and the one measure gave two events.
  const text =
    "أعلنت وزارة الخارجية البرازيلية طرد ثلاثة من الدبلوماسيين البوليفيين، وطلبت منهم مغادرة البلاد خلال 72 ساعة.";
  assert.deepEqual(eventLines(text), ["SANCTION BRA>BOL asserted"]);
  // Told alone, the request is the expulsion, and it now carries the expulsion's mode.
  const alone = analyzeText("وطلبت الحكومة الأرجنتينية من السفير البوليفي مغادرة أراضيها خلال يومين.").events;
  assert.deepEqual(
    alone.map((e) => `${e.type} ${e.mode}`),
    ["SANCTION expel"],
  );
  // A measure of another kind told with the verb of expelling stays a second measure.
  assert.deepEqual(
    eventLines("طردت البرازيل ثلاثة دبلوماسيين بوليفيين وأغلقت القنصلية البوليفية في ساو باولو."),
    ["SANCTION BRA>BOL asserted", "SANCTION BRA>BOL asserted"],
  );
});

test("قطع العلاقات after a preposition is the verbal noun of the measure, not a verb to skip", () => {
  // Before: بقطع was read as the verb after a preposition and dropped.
  assert.deepEqual(eventLines("وقامت جيبوتي بقطع علاقاتها مع إريتريا بعد اشتباكات حدودية."), [
    "SANCTION DJI>ERI asserted",
  ]);
  assert.deepEqual(eventLines("وأعلنت بوليفيا قرارها بقطع العلاقات الدبلوماسية مع إسرائيل."), [
    "SANCTION BOL>ISR asserted",
  ]);
  // The verb keeps its reading; a cut of ties asked for or threatened is no cut.
  assert.deepEqual(eventLines("قطعت جيبوتي علاقاتها مع إريتريا."), ["SANCTION DJI>ERI asserted"]);
  assert.deepEqual(eventLines("وهددت جيبوتي بقطع العلاقات مع إريتريا."), ["THREATEN DJI>ERI asserted"]);
});

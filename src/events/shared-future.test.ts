// A future passive light verb (سيتم، سوف يتم، من المقرر أن يتم) and the verbal nouns it governs.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("the noun right after سيتم is to come, even one the lexicon reads as a verb (قطع)", () => {
  assert.deepEqual(
    eventLines("وأعلنت بريطانيا أنه سيتم قطع التواصل الدبلوماسي مع روسيا خلال الأسبوع المقبل."),
    ["SANCTION GBR>RUS future"],
  );
});

test("a second verbal noun joined by و to the first is to come as well", () => {
  const lines = eventLines("وقال الوزير إنه سوف يتم طرد السفير الإيراني من الرباط وإغلاق السفارة الإيرانية.");
  assert.equal(lines.length, 2);
  for (const l of lines) assert.match(l, /^SANCTION MAR>IRN future$/u);
});

test("a passive told as done keeps both nouns done", () => {
  const lines = eventLines("وقد تم طرد السفير الإيراني من الرباط وإغلاق السفارة الإيرانية.");
  assert.equal(lines.length, 2);
  for (const l of lines) assert.match(l, /^SANCTION MAR>IRN asserted$/u);
});

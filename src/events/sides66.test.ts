// The sixty-sixth round's reading of sides (branch sides66). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const OPENING = "واجتمع مسؤولون من اليونان وتركيا في جنيف أمس. ";
const MET = "CONSULT GRC+TUR> asserted";

test("a dual after بين before a verbal noun is no agent: the state right after the noun acts", () => {
  // Before: `البلدين` (the two states last named) became the refuser, and the refuser the one refused.
  assert.deepEqual(eventLines(`${OPENING}ويدور الخلاف بين البلدين حول رفض أثينا تسليم الصحفي التركي.`), [
    MET,
    "REJECT GRC>TUR asserted",
  ]);
  assert.deepEqual(
    eventLines(`${OPENING}ويتركز النزاع بين الجانبين على رفض أنقرة الإفراج عن البحارة اليونانيين.`),
    [MET, "REJECT TUR>GRC asserted"],
  );
  // Named states after بين were already no agent; the dual now reads alike.
  assert.deepEqual(eventLines("ويدور الخلاف بين اليونان وقبرص حول رفض أثينا تسليم الصحفي التركي."), [
    "REJECT GRC>TUR asserted",
  ]);
});

test("a verb after a dual with بين keeps its subject after it", () => {
  assert.deepEqual(eventLines(`${OPENING}وتصاعد التوتر بين البلدين بعد أن رفضت أثينا تسليم الصحفي التركي.`), [
    MET,
    "REJECT GRC>TUR asserted",
  ]);
});

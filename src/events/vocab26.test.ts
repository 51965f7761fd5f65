// The twenty-sixth pass on the trigger lexicon's gaps (docs/EVENTS.md, "Twenty-sixth pass: acts
// with no trigger of their type"): disappointment voiced through the stance verbs (أعرب عن، عبر عن
// خيبة أمله) is a disapproval of the state whose act it names. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("disappointment voiced with a stance verb is a disapproval of the state whose act it names", () => {
  assert.deepEqual(coded("وأعربت روسيا عن خيبة أملها إزاء العقوبات الأمريكية الجديدة."), [
    "ACCUSE RUS>USA asserted",
  ]);
  assert.deepEqual(coded('وعبرت ألمانيا الخميس عن "خيبة أملها" من قرار واشنطن الخروج من المعاهدة.'), [
    "ACCUSE DEU>USA asserted",
  ]);
  // Guard: disappointment at no state's act (a match, a result) is no event.
  assert.deepEqual(coded("وأعرب المدرب الفرنسي عن خيبة أمله بعد الخسارة في المباراة."), []);
});

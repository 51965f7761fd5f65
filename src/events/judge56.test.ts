// The fifty-sixth round's reading of blame told without a charge verb (branch judge56). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a state said to be involved in an act (متورط في، ضالع في) is charged by the speaker", () => {
  // Before: no event; the evaluation group `involvement` of lexicons/evaluations.tsv reads it.
  assert.deepEqual(eventLines("وقال وزير الخارجية البريطاني إن روسيا متورطة في الهجوم على السفينة."), [
    "ACCUSE GBR>RUS asserted",
  ]);
  assert.deepEqual(eventLines("وقالت الحكومة الأفغانية إن باكستان ضالعة في التفجير."), [
    "ACCUSE AFG>PAK asserted",
  ]);
  // Persons or a state's own citizens said to be involved are no state's act.
  assert.deepEqual(eventLines("وقالت الحكومة العراقية إن عناصر متورطين في الهجوم اعتقلوا."), []);
  assert.deepEqual(eventLines("وقال المتحدث إن مواطنين كنديين متورطون في القضية."), []);
});

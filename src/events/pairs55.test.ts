// The fifty-fifth round's reading of a dual's pair (branch pairs55). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a state right after a body's seat word (ومقره، ومقرها) is where the body sits, no party", () => {
  // Before: Britain, the observatory's seat, was one of the two sides `الجانبين` stood for (ASSAULT GBR+SYR).
  assert.deepEqual(
    eventLines(
      "وشنت القوات الحكومية هجوما واسعا على البلدة. وأفادت منظمة حقوقية سورية ومقرها بريطانيا بأن الجانبين تبادلا القصف طوال الليل.",
    ),
    [],
  );
  // A state after the seat word with a proclitic, or a body of a state after `مقر`, is read as before.
  assert.deepEqual(
    eventLines("والتقى وزير الخارجية الفرنسي نظيره الياباني في مقر الحكومة اليابانية في طوكيو."),
    ["CONSULT FRA>JPN asserted"],
  );
});

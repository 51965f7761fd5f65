// The forty-ninth round's readings of meetings and visits (docs/EVENTS.md, "Forty-ninth pass", branch
// consult49). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a visit or talks done by a titled official after قام بها or a light verb with the noun's pronoun", () => {
  // Before: the nisba after `رئيس الوزراء` stood past the one word read after `بها`, and the visit had no side.
  assert.deepEqual(
    eventLines("ووصفت الصحف المحلية الزيارة التي يقوم بها رئيس الوزراء الهندي إلى اليابان بأنها تاريخية."),
    ["CONSULT IND>JPN asserted"],
  );
  assert.deepEqual(
    eventLines(
      "وتندرج المحادثات التي يجريها وزير الخارجية البريطاني مع نظيره الصيني في إطار الحوار الاستراتيجي.",
    ),
    ["CONSULT GBR>CHN asserted"],
  );
  // A doer that is no title (a team of experts) is still no state's visit.
  assert.deepEqual(
    eventLines("ووصفت الصحف المحلية الزيارة التي يقوم بها فريق من الخبراء الهنود إلى اليابان بأنها تاريخية."),
    [],
  );
});

test("a name in apposition after a title in construct with its state is no visit's host", () => {
  // Before: Modi, set off by commas after `رئيس وزراء الهند`, was read as the visit's direct object: one state, no event.
  assert.deepEqual(
    eventLines("وقال مسؤول إن زيارة رئيس وزراء الهند، ناريندرا مودي، إلى اليابان تفتح صفحة جديدة."),
    ["CONSULT IND>JPN asserted"],
  );
  // A state after the apposition, with no preposition, is still the direct object.
  assert.deepEqual(eventLines("وانتقد وزير خارجية إيران، محمد جواد ظريف، الولايات المتحدة بشدة."), [
    "ACCUSE IRN>USA asserted",
  ]);
});

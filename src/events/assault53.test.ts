// The fifty-third round's readings of force (branch assault53). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("the place after the agent of a strike's relative clause is its target, before the condemner's place", () => {
  // Before: the state of the condemner's title (في كوريا الشمالية، في إيران) was read as the target.
  assert.deepEqual(
    eventLines(
      "وأدان الزعيم الأعلى في كوريا الشمالية، الأحد، الضربات التي نفذتها اليابان والولايات المتحدة في الصين، فجر الأحد، واصفا إياها بالعدوان.",
    ),
    ["ASSAULT JPN+USA>CHN asserted"],
  );
  assert.deepEqual(
    eventLines("وأدان رئيس البرلمان في إيران، الجمعة، الغارات التي شنتها إسرائيل في لبنان، مساء الخميس."),
    ["ASSAULT ISR>LBN asserted"],
  );
  // A target told with على was read so already, and stays.
  assert.deepEqual(
    eventLines("وأدان رئيس البرلمان في إيران، الجمعة، الغارات التي شنتها إسرائيل على لبنان، مساء الخميس."),
    ["ASSAULT ISR>LBN asserted"],
  );
});

test("a bare accusative attack noun is force with a weapon, a military target or a casualty after it", () => {
  // Before: no event (the accusative form was no ASSAULT trigger outside the phrase شن هجوما).
  assert.deepEqual(eventLines("وشن الجيش الإثيوبي، الخميس، هجوما على القوات الإريترية قرب الحدود."), [
    "ASSAULT ETH>ERI asserted",
  ]);
  assert.deepEqual(eventLines("وشنت البحرية الهندية هجوما صاروخيا على قاعدة باكستانية."), [
    "ASSAULT IND>PAK asserted",
  ]);
  // With none of them, an attack in words or a figure of speech: no force.
  assert.deepEqual(eventLines("وشن وزير الخارجية الإثيوبي هجوما على إريتريا في مؤتمره الصحفي."), []);
  assert.deepEqual(eventLines("وشنت إثيوبيا هجوما متهورا ضد إريتريا."), []);
  assert.deepEqual(eventLines("وقالت الحكومة إن إثيوبيا تشن هجوما دبلوماسيا على إريتريا."), []);
});

test("a charm offensive is no attack", () => {
  // Before: ASSAULT PRK>KOR and JPN>CHN.
  assert.deepEqual(eventLines("وواصلت كوريا الشمالية هجوم السحر على كوريا الجنوبية خلال الألعاب."), []);
  assert.deepEqual(eventLines("وبدأت اليابان هجوم جاذبية على الصين بعد القمة."), []);
  // An attack with a target struck stays one.
  assert.deepEqual(eventLines("وبدأت اليابان هجوما على مواقع صينية بعد القمة."), [
    "ASSAULT JPN>CHN asserted",
  ]);
});

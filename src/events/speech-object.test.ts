// A noun of force after the إلى or عن of a verb of pointing is the matter spoken of (speech-object.ts
// referredAct; branch force55). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("the speaker of a verb of pointing is not the attacker of the attack noun after its إلى or عن", () => {
  assert.deepEqual(coded("وفي كلمته أشار السفير الكندي إلى هجوم في جنوب لبنان."), []);
  assert.deepEqual(coded("وتحدث وزير الدفاع الياباني عن هجوم على قاعدة في العراق."), []);
  assert.deepEqual(coded("وعلق وزير الخارجية القطري على الهجوم في ليبيا."), []);
  // A relative clause names who carried it out.
  assert.deepEqual(
    coded("وعلق وزير الخارجية القطري على الضربة التي وجهها الجيش الفرنسي ضد أهداف في ليبيا."),
    ["ASSAULT FRA>LBY asserted"],
  );
  // The attack keeps an agent of its own: a nisba on the noun.
  assert.deepEqual(coded("وأشار وزير الخارجية الصيني إلى الهجوم الأمريكي على سوريا."), [
    "ASSAULT USA>SYR asserted",
  ]);
  // Guard: a verb of striking keeps its subject as the attacker.
  assert.deepEqual(coded("شنت القوات التركية هجوما على مواقع للجيش السوري يوم الأحد."), [
    "ASSAULT TUR>SYR asserted",
  ]);
});

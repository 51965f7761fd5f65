// The forty-third round's readings of strikes (docs/EVENTS.md, "Forty-third pass", branch assault43).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a strike noun's relative clause names its agent and the state where it struck (التي نفذتها X في Y)", () => {
  // Before: the noun's clause ended at التي, and the state after the agent was never looked at.
  assert.deepEqual(coded("وأكد مسؤول عسكري أن الضربات التي نفذتها تركيا في العراق طالت مخازن للذخيرة."), [
    "ASSAULT TUR>IRQ asserted",
  ]);
  // A campaign the state leads (`تقوده`) is a coalition's war told as background, and stays no event.
  assert.deepEqual(coded("وتحدث التقرير عن القصف الذي تقوده فرنسا في مالي منذ سنوات."), []);
});

test("a second strike noun after و keeps its party: it is not the first strike's target", () => {
  // Before: the state after the second noun was read as the object of the first.
  assert.deepEqual(
    coded("وتراجع المسلحون أمام هجمات القوات الأردنية وغارات الطائرات بقيادة بريطانيا في الصحراء."),
    [],
  );
  // With no second noun between them, the state after the agent is still the target.
  assert.deepEqual(coded("وتراجع المسلحون أمام هجمات القوات الأردنية على سوريا."), [
    "ASSAULT JOR>SYR asserted",
  ]);
});

test("the preposition after a reply noun (ردا على) names what the strike answers, not its target", () => {
  // Before: the place struck (no party unit) was passed over and the wounded soldiers' state taken.
  assert.deepEqual(coded("وشنت الطائرات الهندية غارات على قطاع غزة ردا على إصابة جنديين هنديين."), [
    "ASSAULT IND>PSE asserted",
  ]);
  // A measure with no target of its own is still aimed at the state named in what it answers.
  assert.deepEqual(coded("وفرضت كندا عقوبات ردا على الهجوم الروسي على جورجيا."), [
    "SANCTION CAN>RUS asserted",
    "ASSAULT RUS>GEO asserted",
  ]);
});

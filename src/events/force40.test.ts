// The fortieth round's readings of acts of force and of their sides (docs/EVENTS.md, "Fortieth pass",
// branch force40). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "states");

test("a place in the frame of quoted words is where they were said, not what was struck", () => {
  // Before: Ankara, where the general spoke, was taken for the target of the strikes he described.
  assert.deepEqual(
    coded('وقال جنرال تركي للصحفيين في أنقرة: "دمرت الغارات الروسية عددا من المخازن والجسور".'),
    [],
  );
  // A place after the act, in its own clause, is still its target.
  assert.deepEqual(coded("وقال جنرال تركي إن الطائرات الروسية شنت غارات على مواقع في العراق."), [
    "ASSAULT RUS>IRQ",
  ]);
});

test("the wounded named before a noun of force (أصيب … في هجوم) suffered it and did not do it", () => {
  // Before: the wounded soldiers' state was the attacker, and the state of the place its target.
  assert.deepEqual(coded("وأعلن الجيش أن ثلاثة جنود فرنسيين أصيبوا في هجوم بالقرب من مدينة في مالي."), []);
  assert.deepEqual(coded("وأصيب جنديان بريطانيان في هجوم في العراق مساء السبت."), []);
  // A doer the noun names itself stays its doer: `أصيب خمسة أشخاص في هجمات … سورية`.
  assert.deepEqual(coded("وقالت أنقرة إن خمسة أشخاص أصيبوا في هجمات صاروخية سورية على بلدة تركية."), [
    "ASSAULT SYR>TUR",
  ]);
});

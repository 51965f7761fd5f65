// The forty-fourth round's readings of sides told by a pronoun or an anaphor (docs/EVENTS.md,
// "Forty-fourth pass", branch anaphor44). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("كل من right after a verb opens the list of its subjects", () => {
  // Before: the states after من were read as the one acted on, with no actor.
  assert.deepEqual(coded("وانتقدت كل من الهند وإندونيسيا السياسة التجارية لأستراليا."), [
    "ACCUSE IDN+IND>AUS asserted",
  ]);
  // كلا من after a verb and its subject is the object, and stays so: no actor is read.
  assert.deepEqual(coded("وانتقد المعلق كلا من الهند وإندونيسيا."), []);
});

test("a list opened by كل من keeps an act only with a named state on the other side, or two states each to the other", () => {
  // Each of the two expelled the other's diplomats: one act between the two.
  assert.deepEqual(
    coded("وتصاعد التوتر بين ماليزيا وسنغافورة. وطردت كل من الدولتين دبلوماسيين من سفارة الأخرى."),
    ["SANCTION MYS+SGP> asserted"],
  );
  // A pledge by each of several states to someone not read: no event rather than a pact among them.
  assert.deepEqual(coded("وتعهدت كل من النرويج والدنمارك بتقديم منح كبيرة لدعم التعليم."), []);
});

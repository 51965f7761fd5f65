// The forty-fourth round's readings of sides told by a pronoun or an anaphor (docs/EVENTS.md,
// "Forty-fourth pass", branch anaphor44). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a verb right after بعدما shares the sentence's subject, and its object pronoun names the other state", () => {
  // Before: no party at all, as بعدما is one word and only بعد أن was read so.
  assert.deepEqual(coded("وتدعو هولندا إلى محاسبة سوريا بعدما اتهمتها بقصف مستشفى في إدلب."), [
    "ACCUSE NLD>SYR asserted",
  ]);
  // A subject told after the verb stays its subject.
  assert.deepEqual(coded("وتدعو هولندا إلى الهدوء بعدما اتهمتها سوريا بقصف مستشفى في إدلب."), [
    "ACCUSE SYR>NLD asserted",
  ]);
});

test("a verb after بعدما with states after it and no object pronoun borrows no subject", () => {
  // The states after the verb are its own subject; the sentence's body lends it none.
  assert.deepEqual(
    coded("وتعيش المنظمة أزمة منذ عام، بعدما قطعت دول عدة منها مصر والأردن علاقاتها مع ليبيا."),
    ["SANCTION EGY+JOR>LBY asserted"],
  );
});

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

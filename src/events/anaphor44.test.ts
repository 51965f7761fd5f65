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

// The forty-fourth round's reading for REJECT, SANCTION, COERCE and PROTEST recall (branch reject44):
// an arrest told with the verb قبض على, not only with ألقى القبض على. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("قبض على with a foreign national after it is an arrest, like ألقى القبض على", () => {
  // Before: only the phrase with ألقى was a trigger, and the bare verb gave no event.
  assert.deepEqual(coded("وقبضت السلطات الإيرانية على صحفي بريطاني في مطار طهران."), [
    "COERCE IRN>GBR asserted",
  ]);
  // The phrase with ألقى reads as before.
  assert.deepEqual(coded("وألقت السلطات الإيرانية القبض على صحفي بريطاني في مطار طهران."), [
    "COERCE IRN>GBR asserted",
  ]);
});

test("قبض على with no person of the arrest row after it stays no event", () => {
  // The needed nouns (صحفي، دبلوماسي، جندي …) keep a crackdown on a gang out.
  assert.deepEqual(coded("وقبضت الشرطة المصرية على عصابة تهريب قرب الحدود الليبية."), []);
});

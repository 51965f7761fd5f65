// A state after a noun of conduct that opens a verb's object owns that object, also with the verb's own
// subject (a name Rasd does not know, a definite noun) between them (object-chain.ts conductOwner; branch
// precision63). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "modality");

test("a critic named by a bare name does not hand the charge to the state whose conduct he criticised", () => {
  assert.deepEqual(coded("وانتقد منصور مشاركة الكويت في العمليات العسكرية على العراق."), []);
  assert.deepEqual(coded("وانتقدت الصحيفة تورط قطر في الأزمة مع مصر."), []);
});

test("a state subject before the verb still charges the owner of the conduct", () => {
  assert.deepEqual(coded("انتقدت ألمانيا مشاركة روسيا في الحرب."), ["ACCUSE DEU>RUS asserted"]);
});

test("a preposition between the verb and the conduct noun is no subject", () => {
  assert.deepEqual(coded("وأثنى رئيس الوزراء الياباني على قرار الولايات المتحدة."), [
    "SUPPORT JPN>USA asserted",
  ]);
});

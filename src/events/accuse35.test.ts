// The thirty-fifth pass on missed charges (docs/EVENTS.md, "Thirty-fifth pass: missed charges …").
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a member or paper of a body after في or ل, right after the verb, speaks for that body", () => {
  assert.deepEqual(coded("وانتقد مسؤول رفيع في الأمم المتحدة إسرائيل بسبب هدم المنازل."), [
    "ACCUSE IGO>ISR asserted",
  ]);
  assert.deepEqual(coded("واتهم تقرير للأمم المتحدة إيران بتهريب الأسلحة إلى اليمن."), [
    "ACCUSE IGO>IRN asserted",
  ]);
  // The body's closing comma may stand before the object.
  assert.deepEqual(coded("وأدان مصدر مطلع في وزارة الخارجية الروسية، بريطانيا، لطرد الدبلوماسيين."), [
    "ACCUSE RUS>GBR asserted",
  ]);
});

test("a member head before a country or a city after في names where the member stands, no speaker", () => {
  assert.deepEqual(coded("وانتقد وزير الخارجية في طهران الولايات المتحدة."), []);
  // The body must come within three words of the head.
  assert.deepEqual(coded("وانتقد وزير الخارجية خلال كلمته في الأمم المتحدة إسرائيل."), []);
});

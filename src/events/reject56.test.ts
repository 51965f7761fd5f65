// The fifty-sixth round's readings of refusals and threats (branch reject56).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("an international body credited at the end of the sentence tells the refusal and is not refused", () => {
  // Before: REJECT SYR>IGO (the credited UN read as the side whose demands were refused).
  assert.deepEqual(eventLines("ورفضت الحكومة السورية مطالب المعارضة، بحسب الأمم المتحدة."), []);
  assert.deepEqual(eventLines("وترفض إسرائيل دخول النازحين إلى الجولان، وفقا للأمم المتحدة."), []);
  // The body that tells the refusal with a verb of its own is no credited source either.
  assert.deepEqual(eventLines("ورفضت السلطات التشادية مطالب المتمردين، بحسب ما أعلنت الأمم المتحدة."), []);
});

test("a credit that does not close the sentence, or a body asked, keeps its side", () => {
  // The body's own request is refused: the credit of other sources does not touch it.
  assert.deepEqual(eventLines("ورفضت إسرائيل طلب الأمم المتحدة فتح المعبر، وفقا لمسؤولين فلسطينيين."), [
    "REJECT ISR>IGO asserted",
    "REQUEST IGO>ISR asserted",
  ]);
  // The charge between two states stays with its states.
  assert.deepEqual(eventLines("واتهمت روسيا الولايات المتحدة بعرقلة إيصال المساعدات، بحسب الأمم المتحدة."), [
    "ACCUSE RUS>USA asserted",
  ]);
});

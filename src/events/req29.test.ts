// The twenty-ninth pass on REQUEST and REJECT told in wordings Rasd did not read (docs/EVENTS.md,
// "Twenty-ninth pass: requests and refusals told in other wordings"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a denial of the charges (التهم) answers the charge told before", () => {
  assert.deepEqual(coded("واتهمت السعودية قطر بدعم الجماعات المتطرفة، لكن الدوحة تنفي هذه التهم."), [
    "ACCUSE SAU>QAT asserted",
    "REJECT QAT>SAU asserted",
  ]);
  assert.deepEqual(coded("واتهمت فنزويلا كولومبيا بالتآمر على رئيسها. ونفت كولومبيا التهم الموجهة إليها."), [
    "ACCUSE VEN>COL asserted",
    "REJECT COL>VEN asserted",
  ]);
  // Guard: charges no state made give no denial between states.
  assert.deepEqual(coded("ونفى وزير الخارجية التركي التهم التي تداولتها وسائل التواصل."), []);
});

test("an objection to a proposal (اعترض على، اعتراض، عارض) is a refusal of it", () => {
  assert.deepEqual(
    coded(
      "وقال وزير الخارجية التونسي إن بلاده تعترض على مقترح قدمه الاتحاد الأوروبي لإنشاء مخيمات لطالبي اللجوء.",
    ),
    ["REJECT TUN>IGO asserted"],
  );
  assert.deepEqual(coded("وتعارض ألمانيا وفرنسا الاقتراح الأمريكي بإعادة التفاوض على الاتفاق."), [
    "REJECT DEU+FRA>USA asserted",
  ]);
  // Guard: intercepted calls are no objection, though a plan follows.
  assert.deepEqual(coded("واعترضت الولايات المتحدة اتصالات لمسؤولين سعوديين يناقشون خطة لإعادة الصحفي."), []);
});

test("a demand refused in its own sentence was made to the refuser, and the refusal answers it", () => {
  assert.deepEqual(coded("وطالبت مصر بإعادة القطع الأثرية المنهوبة، لكن بريطانيا ترفض."), [
    "REQUEST EGY>GBR asserted",
    "REJECT GBR>EGY asserted",
  ]);
  assert.deepEqual(coded("ودعت باكستان إلى وقف القصف على الحدود، غير أن الهند رفضت هذه الدعوة."), [
    "REQUEST PAK>IND asserted",
    "REJECT IND>PAK asserted",
  ]);
  // Guard: a refusal by the demand's own state names no addressee.
  assert.deepEqual(coded("وطالبت المعارضة التركية بانتخابات مبكرة، لكن تركيا رفضت."), []);
  // Guard: a refusal by the demand's own maker (a pronoun on the word of contrast) names no addressee.
  assert.deepEqual(coded("وطالبت مصر بإعادة القطع الأثرية، لكنها رفضت الكشف عن عددها."), []);
});

test("inside a demand, the state after السماح ل is the one permitted, not the one asked", () => {
  assert.deepEqual(coded("ودعت فرنسا إلى السماح لتركيا بالانضمام إلى الاتحاد الجمركي."), []);
  // The one asked, named as the verb's object, stays the recipient.
  assert.deepEqual(coded("وطالبت الأمم المتحدة إسرائيل بالسماح للفلسطينيين بالعبور."), [
    "REQUEST IGO>ISR asserted",
  ]);
});

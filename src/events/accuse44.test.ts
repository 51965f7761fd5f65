// The forty-fourth round's readings of ACCUSE (docs/EVENTS.md, "Forty-fourth pass", branch accuse44):
// a judging verb's description after بأن read past a long subject, more words of blame in a
// description, and أنحى بالمسؤولية على. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("وصف … بأنها: the description after a long subject and object still holds the needed word", () => {
  const opening =
    "ووصفت وزارة الخارجية الإيرانية، الثلاثاء، العقوبات التي أعلنتها الحكومة الأمريكية ضد المصارف، بعد أسابيع من الحديث عنها في خطابات متتالية أمام أنصار الرئيس،";
  // Before: the needed word stood more than 16 words after the verb, and nothing was made.
  assert.deepEqual(coded(`${opening} بأنها "غير قانونية".`), ["ACCUSE IRN>USA asserted"]);
  // A description with no word of blame is still no accusation.
  assert.deepEqual(coded(`${opening} بأنها "متوقعة منذ شهور".`), []);
});

test("a description that calls an act a grave mistake (خطأ) is a criticism", () => {
  // Before: خطأ was not among the words that make وصف an accusation.
  assert.deepEqual(coded("ووصفت كندا الرسوم الأمريكية على الصلب بأنها خطأ فادح."), [
    "ACCUSE CAN>USA asserted",
  ]);
  assert.deepEqual(coded("ووصفت كندا الرسوم الأمريكية على الصلب بأنها قرار سيادي."), []);
});

test("أنحى بالمسؤولية على is blame, as أنحى باللائمة is; a speech (ألقى كلمة) on responsibility is not", () => {
  // Before: only اللوم and اللائمة followed أنحى.
  assert.deepEqual(coded("وأنحت أنقرة بالمسؤولية على واشنطن في تدهور العملة."), ["ACCUSE TUR>USA asserted"]);
  assert.deepEqual(coded("وألقى الرئيس الفرنسي كلمة أكد فيها مسؤولية أوروبا عن أمنها."), []);
});

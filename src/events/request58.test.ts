// The fifty-eighth pass on requests (branch request58): readings of calls and demands that the pass
// checked and keeps as they stand. A participle of demanding that describes a noun (a banner, a sign)
// is no state's demand; the participle told of a state's body after a comma is. "Must" with no على
// (يجب أن تدرك موسكو) lays no duty that Rasd reads: in the corpus it is as often commentary, a question,
// or a speaker's own state as a demand on another (seven hits in bodies, three demands). An act done at a
// state's request (بطلب من، بدعوة من) is that state's request of the body that acts. Sentences written
// for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a participle of demanding that describes a banner is no state's demand", () => {
  assert.deepEqual(
    coded("ورفع المتظاهرون أمام السفارة الأمريكية في القاهرة لافتة مطالبة بطرد السفير الأمريكي."),
    [],
  );
  assert.deepEqual(coded("ورفع محتجون في عمان لافتات مطالبة الحكومة الأردنية بقطع العلاقات مع إسرائيل."), []);
  // The participle told of a state's body, after a comma, is that body's demand.
  assert.deepEqual(coded("وأصدرت الخارجية المصرية بيانا، مطالبة إسرائيل بوقف الغارات."), [
    "REQUEST EGY>ISR asserted",
  ]);
});

test("must with no على lays no duty read as a demand; with على it does", () => {
  assert.deepEqual(coded("وقال الأمين العام لحلف الناتو إنه يجب أن تدرك موسكو أن لسلوكها ثمنا."), []);
  assert.deepEqual(coded("وقال الرئيس الفرنسي إنه يجب على طهران أن تحترم التزاماتها."), [
    "REQUEST FRA>IRN asserted",
  ]);
});

test("an act done at a state's request is that state's request of the body that acts", () => {
  assert.deepEqual(
    coded("واجتمع مجلس الأمن مساء الاثنين في جلسة مغلقة بطلب من الكويت لمناقشة التصعيد على حدود غزة."),
    ["REQUEST KWT>IGO asserted"],
  );
  assert.deepEqual(
    coded("واجتمع مجلس الأمن صباح الجمعة بدعوة من بريطانيا لمناقشة الوضع الإنساني في ميناء الحديدة."),
    ["REQUEST GBR>IGO asserted"],
  );
});

// The thirty-second pass on charges told as the accused's deed in reported speech (docs/EVENTS.md,
// "Thirty-second pass: …"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a state whose claim clause has another state do a blameworthy deed accuses it", () => {
  assert.deepEqual(coded("وقال وزير الخارجية البريطاني إن إيران تزعزع استقرار المنطقة."), [
    "ACCUSE GBR>IRN asserted",
  ]);
  assert.deepEqual(coded("وأكدت الخارجية الروسية أن واشنطن انتهكت المعاهدة الموقعة بين البلدين."), [
    "ACCUSE RUS>USA asserted",
  ]);
  assert.deepEqual(coded("وقال وزير الخارجية الإماراتي إن قطر تدعم الإرهاب في المنطقة."), [
    "ACCUSE ARE>QAT asserted",
  ]);
  assert.deepEqual(coded("وقالت وزارة الخارجية الصينية إن اليابان ارتكبت خطأ جسيما."), [
    "ACCUSE CHN>JPN asserted",
  ]);
  assert.deepEqual(coded("وقال الرئيس الإيراني إن الولايات المتحدة تحاول التدخل في شؤون المنطقة."), [
    "ACCUSE IRN>USA asserted",
  ]);
});

test("a deed denied, of the speaker's own state, to come, or told past a comma is no charge", () => {
  // The claim clause governed by a negated verb.
  assert.deepEqual(coded("ولم يقدم الوزير الفرنسي دليلا على أن روسيا انتهكت الاتفاق."), []);
  // The deed said not to be done.
  assert.deepEqual(coded("وقال المتحدث الألماني إن روسيا لم تحاول التدخل في الانتخابات."), []);
  // The speaker's own state.
  assert.deepEqual(coded("وقال وزير الخارجية التركي إن تركيا لن تنتهك الاتفاق."), []);
  // No deed of the lexicon: a bare verb of support with no terror after it.
  assert.deepEqual(coded("وقال وزير الخارجية الإيطالي إن فرنسا تدعم الاتفاق الجديد."), []);
  // A party after a comma before the verb is no subject of it.
  assert.deepEqual(coded("وقال المصدر إن الجائزة جاءت من نظام تابع للولايات المتحدة، يدعم الإرهاب."), []);
});

test("a denial after an unread charge noun in its sentence does not answer an older charge", () => {
  const lines = coded(
    "وقال الرئيس الفرنسي إن روسيا خرقت قرار مجلس الأمن. وتحدث عن قضية تسميم الجاسوس، التي أشارت فيها أصابع الاتهام إلى روسيا، بينما نفت روسيا كل تلك الاتهامات.",
  );
  assert.deepEqual(lines, ["ACCUSE FRA>RUS asserted"]);
});

test("a state's own act of force to come against a named state is a threat", () => {
  assert.deepEqual(coded("وقال وزير الدفاع الإسرائيلي إن إسرائيل ستدمر طهران إذا هاجمت إيران تل أبيب."), [
    "THREATEN ISR>IRN asserted",
  ]);
  assert.deepEqual(coded('وقال رئيس الوزراء الإسرائيلي: "سنتحرك ضد إيران إذا واصلت التمركز في سوريا".'), [
    "THREATEN ISR>IRN asserted",
  ]);
  // No state struck: a storm, not a state, will hit the country.
  assert.deepEqual(coded("وقال خبراء الأرصاد إن العاصفة ستضرب البلاد غدا."), []);
  // A masculine subject is a person whose words another may retell: not read.
  assert.deepEqual(coded("وقال زعيم الحزب إن الرئيس الأمريكي يردد أنه سيدمر سوريا."), []);
});

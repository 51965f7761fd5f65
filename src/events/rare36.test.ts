// The thirty-sixth pass on missed events of the rare types (RETREAT, AID, COERCE, MOBILIZE …).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a withdrawal of troops decided, wished or announced is a RETREAT by the troops' state", () => {
  assert.deepEqual(coded("وقررت كندا سحب قواتها من مالي بحلول نهاية العام."), ["RETREAT CAN>MLI asserted"]);
  assert.deepEqual(coded("وأعلنت روسيا سحب جنودها من سوريا."), ["RETREAT RUS>SYR asserted"]);
  assert.deepEqual(coded("وجدد الرئيس الفرنسي رغبته في سحب القوات الفرنسية من مالي."), [
    "RETREAT FRA>MLI proposed",
  ]);
});

test("a bare withdrawal noun, a topic or a past told in passing, is no act", () => {
  assert.deepEqual(coded("وفي ملف سحب القوات الأمريكية من العراق، قال الوزير إنه لا يعلم شيئا."), []);
  // سحب of an envoy or a licence is not a withdrawal of troops.
  assert.deepEqual(coded("وقررت كندا سحب ترخيص الشركة الروسية."), []);
});

test("a state's own wish told is no act a later charge of its own answers", () => {
  // The charge is against armed factions, no state: before, it took the state the wish named.
  assert.deepEqual(
    coded(
      "وتحدث الرئيس الأمريكي عن رغبته في سحب القوات الأمريكية من العراق. وبعد أيام، وجه الجيش الأمريكي ضربات للفصائل بعد اتهامه لها بمهاجمة السفارة.",
    ),
    ["RETREAT USA>IRQ proposed"],
  );
});

test("a sending of troops decided or announced is a MOBILIZE against the state faced", () => {
  assert.deepEqual(coded("وقررت الهند إرسال قوات إضافية إلى حدودها مع باكستان."), [
    "MOBILIZE IND>PAK asserted",
  ]);
  assert.deepEqual(
    coded("قد يؤشر قرار الحكومة الهندية إرسال قوات إلى المنطقة إلى مواجهة مع الجيش الباكستاني."),
    ["MOBILIZE IND>PAK asserted"],
  );
  // A sending talked of, with no word of deciding or announcing before it, is none.
  assert.deepEqual(coded("وقال الوزير إن إرسال قوات إلى اليمن ليس مطروحا بالنسبة للسعودية."), []);
});

test("a detainee named by a word of study, research or citizenship with the article is the target of an arrest", () => {
  assert.deepEqual(coded("احتجزت السلطات الإيرانية طالبا كنديا في مطار طهران."), ["COERCE IRN>CAN asserted"]);
  // The detainee's own state detains: no act between states.
  assert.deepEqual(coded("واعتقلت السلطات المصرية الطالب المصري في القاهرة."), []);
});

test("the noun a relative verb's pronoun stands for may stand past a title and a name", () => {
  assert.deepEqual(coded("وقالت أوتاوا إن العقوبات التي قرر الرئيس الأمريكي فرضها على كندا مهينة."), [
    "SANCTION USA>CAN asserted",
    "ACCUSE CAN>USA asserted",
  ]);
});

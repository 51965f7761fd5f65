import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicons } from "../pipeline/lexicons.ts";
import { analyzeArabic } from "./index.ts";
import { compileArabic, loadArabicLexicons } from "./lexicon.ts";

const options = compileArabic(loadLexicons(), loadArabicLexicons());

function numbersOf(text: string) {
  return (analyzeArabic(text, null, options).numbers ?? []).map((n) => [
    n.text,
    n.value,
    n.kind,
    n.qualifier,
  ]);
}

const cases: Array<[string, Array<[string, number, string, string | null]>]> = [
  ["قتل 20 شخصا.", [["20", 20, "cardinal", null]]],
  ["أصيب أكثر من 20 شخصا.", [["أكثر من 20", 20, "cardinal", "more"]]],
  ["بلغت الصادرات 3.5 مليار دولار.", [["3.5 مليار", 3500000000, "cardinal", null]]],
  ["وصل نحو 1,500 لاجئ.", [["نحو 1,500", 1500, "cardinal", "about"]]],
  ["شارك عشرين جنديا.", [["عشرين", 20, "cardinal", null]]],
  ["انتشر خمسة وعشرون ألف جندي.", [["خمسة وعشرون ألف", 25000, "cardinal", null]]],
  ["أرسلت ثلاثة آلاف وخمسمئة جندي.", [["ثلاثة آلاف وخمسمئة", 3500, "cardinal", null]]],
  ["قتل ثلاثة عشر مدنيا.", [["ثلاثة عشر", 13, "cardinal", null]]],
  ["صوت أحد عشر عضوا.", [["أحد عشر", 11, "cardinal", null]]],
  ["قال أحد المسؤولين.", []],
  ["خصصت مليار دولار.", [["مليار", 1000000000, "cardinal", null]]],
  [
    "خصصت ملياري دولار وألفين.",
    [
      ["ملياري", 2000000000, "cardinal", null],
      ["وألفين", 2000, "cardinal", null],
    ],
  ],
  ["قتل 30 على الأقل.", [["30 على الأقل", 30, "cardinal", "at_least"]]],
  ["قتل ما لا يقل عن 30 شخصا.", [["ما لا يقل عن 30", 30, "cardinal", "at_least"]]],
  ["هذه الجولة الثامنة.", [["الثامنة", 8, "ordinal", null]]],
  ["ارتفع عدد الضحايا إلى ٤٥ قتيلا.", [["٤٥", 45, "cardinal", null]]],
  // The numbers of a date are the date's, not quantities.
  ["التقيا في 15 يناير 2024.", []],
  ["منذ الثامن من يناير.", []],
];

for (const [text, expected] of cases) {
  test(`numbers.ts: ${text}`, () => assert.deepEqual(numbersOf(text), expected));
}

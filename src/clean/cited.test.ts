import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicons } from "../pipeline/lexicons.ts";
import { findCited } from "./cited.ts";
import { compileCleanOptions } from "./index.ts";

const rules = compileCleanOptions(loadLexicons()).citations;

test("cited.ts: outlets after attribution cues, known names in their canonical form", () => {
  const cases: Array<[string, string[]]> = [
    ['أفادت صحيفة "واشنطن بوست" بأن الاجتماع تأجل.', ["واشنطن بوست"]],
    ["ذكرت وكالة رويترز أن المحادثات انتهت.", ["رويترز"]],
    ["فأفادت وكالة رويترز بأن الوفد غادر العاصمة.", ["رويترز"]],
    ['وذلك وفقا لـ"تاس" الروسية.', ["تاس"]],
    ["وقال مسؤول، نقلا عن وكالة الأنباء السعودية، إن القرار نهائي.", ["واس"]],
    ["بحسب فاينانشيال تايمز البريطانية، فإن الصفقة ألغيت.", ["فاينانشيال تايمز"]],
    ["ونقلت صحيفة «الشرق اليومي» عن مصدر قوله إن الطرفين اتفقا.", ["الشرق اليومي"]],
    ["أفادت صحيفة الفجر الجديد اللبنانية بأن الحكومة استقالت.", ["الفجر الجديد"]],
    ["وقال مسؤول نقلا عن مصدر مطلع إن الاجتماع عقد أمس.", []],
    ["وفقا لما أكده البنتاغون في بيان.", []],
    ['قال الوزير "إن الاتفاق نهائي".', []],
  ];
  for (const [text, expected] of cases)
    assert.deepEqual(findCited(text, rules), expected, `cited.ts: ${text}`);
});

test("cited.ts: the document's own outlet is not a citation", () => {
  assert.deepEqual(findCited("ذكرت وكالة رويترز أن الاجتماع عقد.", rules, ["رويترز"]), [], "cited.ts");
});

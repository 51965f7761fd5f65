import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicons } from "../pipeline/lexicons.ts";
import { analyzeArabic } from "./index.ts";
import { compileArabic, loadArabicLexicons } from "./lexicon.ts";
import { findQuotes } from "./quotes.ts";

const options = compileArabic(loadLexicons(), loadArabicLexicons());

function quotesOf(text: string) {
  return analyzeArabic(text, null, options).quotes.map((q) => [
    text.slice(q.inner.start, q.inner.end),
    q.verb?.text ?? null,
    q.speaker?.text ?? null,
  ]);
}

const cases: Array<[string, Array<[string, string | null, string | null]>]> = [
  [
    "وقال وزير الخارجية الصيني إن «الصين مستعدة للحوار».",
    [["الصين مستعدة للحوار", "وقال", "وزير الخارجية الصيني"]],
  ],
  ["وأضاف: «لن نتراجع».", [["لن نتراجع", "وأضاف", null]]],
  ["«سنرد بحزم»، قال المتحدث باسم الجيش.", [["سنرد بحزم", "قال", "المتحدث باسم الجيش"]]],
  [
    "أكدت الوزيرة أن “الحوار هو الطريق الوحيد. ولا بديل عنه”.",
    [["الحوار هو الطريق الوحيد. ولا بديل عنه", "أكدت", "الوزيرة"]],
  ],
  ['وشدد السفير على أن "العلاقات متينة".', [["العلاقات متينة", "وشدد", "السفير"]]],
  ["رفعت لافتة كتب عليها «لا للحرب».", [["لا للحرب", null, null]]],
  // A quote of several paragraphs reopens each one and closes once.
  [
    "وقال الرئيس: «نحن مستعدون للسلام.\n«لكننا لن نقبل الإملاءات».",
    [["نحن مستعدون للسلام.\n«لكننا لن نقبل الإملاءات", "وقال", "الرئيس"]],
  ],
];

for (const [text, expected] of cases) {
  test(`quotes.ts: ${text.replace(/\n/gu, " / ")}`, () => assert.deepEqual(quotesOf(text), expected));
}

test("quotes.ts: an unclosed mark does not swallow the next paragraph", () => {
  assert.deepEqual(findQuotes("قال «نعم\nثم غادر."), []);
});

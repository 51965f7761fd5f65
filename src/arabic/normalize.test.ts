import assert from "node:assert/strict";
import { test } from "node:test";
import {
  foldDigits,
  foldPersianLetters,
  identity,
  keyOf,
  normalize,
  stripDiacritics,
  stripInvisibles,
  stripTatweel,
} from "./normalize.ts";

const cases: Array<[string, (s: string) => string, string, string]> = [
  ["normalize.ts stripTatweel", (s) => stripTatweel(identity(s)).text, "الصيـــن", "الصين"],
  ["normalize.ts stripDiacritics", (s) => stripDiacritics(identity(s)).text, "عُقِدَ الاجتماعُ", "عقد الاجتماع"],
  [
    "normalize.ts stripInvisibles",
    (s) => stripInvisibles(identity(s)).text,
    "بكين\u200F وواشنطن\u200B",
    "بكين وواشنطن",
  ],
  [
    "normalize.ts foldPersianLetters",
    (s) => foldPersianLetters(identity(s)).text,
    "الولایات الذکاء",
    "الولايات الذكاء",
  ],
  ["normalize.ts foldDigits", (s) => foldDigits(identity(s)).text, "عام ٢٠٢٤ و۲۰۲۳", "عام 2024 و2023"],
  ["normalize.ts keyOf alef/ya/teh", keyOf, "أميركا إلى الصينية آسيا", "اميركا الي الصينيه اسيا"],
  ["normalize.ts keyOf presentation forms", keyOf, "ﻻ", "لا"],
];

for (const [name, fn, input, expected] of cases) {
  test(`${name}: ${input}`, () => assert.equal(fn(input), expected));
}

test("normalize.ts: every key character maps back to the original character it came from", () => {
  const original = "وقـــال الرئيسُ الأمريكي\u200F: «نعم» ٢٠٢٤";
  const m = normalize(original);
  assert.equal(m.origin.length, m.text.length + 1);
  for (let i = 0; i < m.text.length; i++) {
    const from = original[m.origin[i] as number] as string;
    assert.equal(keyOf(from) || from, m.text[i], `key char ${i} (${m.text[i]}) maps to ${from}`);
  }
  assert.equal(m.origin[m.text.length], original.length);
});

import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { unicodeText } from "./fuzz.ts";
import { FOLDED_BELOW, foldWhole, keyedText } from "./keyed-text.ts";
import {
  applySteps,
  DISPLAY_STEPS,
  FOLD_STEPS,
  foldDigits,
  foldLetters,
  foldPersianLetters,
  foldSpelling,
  identity,
  KEY_STEPS,
  keyOf,
  keyPrefix,
  type MappedText,
  NORMALIZATIONS,
  type NormalizationName,
  nfkcPresentationForms,
  normalize,
  normalizeEdits,
  stripDiacritics,
  stripInvisibles,
  stripTatweel,
} from "./normalize.ts";
import { WORD } from "./regexes.ts";

const cases: Array<[string, (s: string) => string, string, string]> = [
  ["normalize.ts stripTatweel", (s) => stripTatweel(identity(s)).text, "الصيـــن", "الصين"],
  ["normalize.ts stripDiacritics", (s) => stripDiacritics(identity(s)).text, "عُقِدَ الاجتماعُ", "عقد الاجتماع"],
  ["normalize.ts stripDiacritics dagger alef", (s) => stripDiacritics(identity(s)).text, "هٰذا", "هذا"],
  [
    "normalize.ts stripInvisibles",
    (s) => stripInvisibles(identity(s)).text,
    "بكين\u200F وواشنطن\u200B\u00AD",
    "بكين وواشنطن",
  ],
  [
    "normalize.ts foldPersianLetters",
    (s) => foldPersianLetters(identity(s)).text,
    "الولایات الذکاء ۀ",
    "الولايات الذكاء ه",
  ],
  ["normalize.ts foldDigits", (s) => foldDigits(identity(s)).text, "عام ٢٠٢٤ و۲۰۲۳", "عام 2024 و2023"],
  ["normalize.ts nfkcPresentationForms", (s) => nfkcPresentationForms(identity(s)).text, "ﻻ ﺑﻜﻴﻦ", "لا بكين"],
  ["normalize.ts keyOf alef/ya/teh", keyOf, "أميركا إلى الصينية آسيا ٱلله", "اميركا الي الصينيه اسيا الله"],
  ["normalize.ts keyOf presentation forms", keyOf, "ﻻ", "لا"],
  ["normalize.ts keyOf Latin", keyOf, "NATO", "nato"],
  [
    "normalize.ts display steps keep ة and hamza",
    (s) => normalize(s, DISPLAY_STEPS).text,
    "بِنَظيرَتِهِ أمس",
    "بنظيرته أمس",
  ],
  ["normalize.ts foldLetters", foldLetters, "الأمريكية إلى", "الامريكيه الي"],
  ["normalize.ts foldSpelling keeps ة", foldSpelling, "نظيرة نظيره إلى", "نظيرة نظيره الي"],
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

const stepLists = fc.oneof(
  fc.constant(KEY_STEPS),
  fc.constant(DISPLAY_STEPS),
  fc.shuffledSubarray(Object.keys(NORMALIZATIONS) as NormalizationName[]),
);

/** Offsets in the normalized text where a new original character begins. */
function boundaries(m: MappedText): number[] {
  const out = [0];
  for (let i = 1; i < m.text.length; i++) if (m.origin[i] !== m.origin[i - 1]) out.push(i);
  out.push(m.text.length);
  return out;
}

test("normalize.ts property: the map is monotone, in range, and ends at the original length", () => {
  fc.assert(
    fc.property(unicodeText, stepLists, (text, steps) => {
      const m = normalize(text, steps);
      assert.equal(m.origin.length, m.text.length + 1);
      assert.equal(m.origin[m.text.length], text.length);
      for (let i = 0; i < m.text.length; i++) {
        const o = m.origin[i] as number;
        assert.ok(o >= 0 && o < text.length, `origin ${o} out of range`);
        assert.ok(o <= (m.origin[i + 1] as number), "origin goes backwards");
      }
    }),
    { numRuns: 500 },
  );
});

test("normalize.ts property: every mapped span slices the original into text that normalizes to it", () => {
  fc.assert(
    fc.property(unicodeText, stepLists, fc.nat(), fc.nat(), (text, steps, x, y) => {
      const m = normalize(text, steps);
      const cuts = boundaries(m);
      const a = cuts[x % cuts.length] as number;
      const b = cuts[y % cuts.length] as number;
      const [s, e] = a <= b ? [a, b] : [b, a];
      const slice = text.slice(m.origin[s] as number, m.origin[e] as number);
      assert.equal(normalize(slice, steps).text, m.text.slice(s, e));
    }),
    { numRuns: 500 },
  );
});

test("normalize.ts property: FOLD_STEPS keep length and map, and foldLetters agrees with them", () => {
  fc.assert(
    fc.property(unicodeText, (text) => {
      const display = normalize(text, DISPLAY_STEPS);
      const key = normalize(text, KEY_STEPS);
      assert.equal(key.text.length, display.text.length);
      assert.deepEqual(key.origin, display.origin);
      assert.equal(foldLetters(display.text), normalize(display.text, FOLD_STEPS).text);
    }),
    { numRuns: 300 },
  );
});

test("normalize.ts property: the one-pass tables give what the steps give one by one", () => {
  fc.assert(
    fc.property(unicodeText, fc.constantFrom(KEY_STEPS, DISPLAY_STEPS), (text, steps) => {
      assert.deepEqual(normalize(text, steps), applySteps(identity(text), steps));
    }),
    { numRuns: 500 },
  );
});

test("normalize.ts: the map kept as edits gives the map normalize gives", () => {
  // Removed marks and tatweel, a presentation form that grows, hamza folds, an invisible mark.
  const text = "قالَ الوزيـــرُ إنّ ﻻ تفاوض\u200C مع «الأمم المتحدة» ٢٠٢٤ ﷺ";
  for (const steps of [KEY_STEPS, DISPLAY_STEPS]) {
    const edited = normalizeEdits(text, steps);
    const mapped = normalize(text, steps);
    assert.equal(edited.text, mapped.text);
    assert.deepEqual(edited.originArray(), mapped.origin);
  }
});

test("normalize.ts property: the map kept as edits gives the map normalize gives", () => {
  fc.assert(
    fc.property(unicodeText, fc.constantFrom(KEY_STEPS, DISPLAY_STEPS), (text, steps) => {
      const edited = normalizeEdits(text, steps);
      const mapped = normalize(text, steps);
      assert.equal(edited.text, mapped.text);
      assert.deepEqual(edited.originArray(), mapped.origin);
    }),
    { numRuns: 500 },
  );
});

test("normalize.ts property: keyPrefix is the opening of keyOf, at least as long as asked (or all of it)", () => {
  fc.assert(
    fc.property(unicodeText, fc.nat(40), (text, units) => {
      const key = keyOf(text);
      const prefix = keyPrefix(text, units);
      assert.ok(key.startsWith(prefix));
      assert.ok(prefix.length >= Math.min(units, key.length));
    }),
    { numRuns: 500 },
  );
});

test("keyed-text.ts property: the key text and its map are normalize's, the words WORD's", () => {
  fc.assert(
    fc.property(unicodeText, (text) => {
      const keyed = keyedText(text);
      const mapped = normalize(text, KEY_STEPS);
      assert.equal(keyed.key, mapped.text);
      assert.deepEqual(keyed.display.originArray(), mapped.origin);
      const words = [...mapped.text.matchAll(WORD)];
      assert.deepEqual(
        keyed.starts,
        words.map((m) => m.index),
      );
      assert.deepEqual(
        keyed.ends,
        words.map((m) => m.index + m[0].length),
      );
      assert.equal(keyedText(text), keyed);
    }),
    { numRuns: 300 },
  );
});

test("keyed-text.ts foldWhole: every unit of the BMP as foldLetters folds it, none at or above FOLDED_BELOW changed", () => {
  let all = "";
  for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
  assert.equal(foldWhole(all), foldLetters(all));
  assert.equal(foldLetters(all.slice(FOLDED_BELOW)), all.slice(FOLDED_BELOW));
  // A byte-order mark and a lone surrogate stay as they are.
  const news = "\ufeffأعلنت الخارجية الإيرانية \ud800 أنها استدعت السفيرة إلى طهران";
  assert.equal(foldWhole(news), foldLetters(news));
  assert.equal(foldWhole("وقال الوزير"), "وقال الوزير");
});

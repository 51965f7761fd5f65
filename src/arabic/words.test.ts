import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { unicodeText } from "./fuzz.ts";
import { DISPLAY_STEPS, displayText, keyOf, normalize } from "./normalize.ts";
import { WORD } from "./regexes.ts";
import { nextWordStart, unitScannable, wordEnd, wordSpans } from "./words.ts";

/** The words the unit table finds, as [start, end) pairs. */
function scanned(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let s = nextWordStart(text, 0); s >= 0;) {
    const e = wordEnd(text, s + 1);
    out.push([s, e]);
    s = nextWordStart(text, e);
  }
  return out;
}

const byRegex = (text: string): Array<[number, number]> =>
  [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);

test("words.ts: the unit table finds the words WORD finds (letters, marks, digits, tatweel)", () => {
  const text = "عُقِدَ الاجتـماعُ في 2024، وAI والصين؛ ﻻ «بكين»";
  assert.ok(unitScannable(text));
  assert.deepEqual(scanned(text), byRegex(text));
  assert.deepEqual(
    scanned(text).map(([s, e]) => text.slice(s, e)),
    ["عُقِدَ", "الاجتـماعُ", "في", "2024", "وAI", "والصين", "ﻻ", "بكين"],
  );
});

test("words.ts: a text with surrogates is left to the regex", () => {
  assert.equal(unitScannable("بكين 𝐀𝐁"), false, "a letter outside the BMP");
  assert.equal(unitScannable("بكين \uD800"), false, "a lone surrogate");
  assert.equal(unitScannable("بكين والصين"), true);
});

test("words.ts: on any text without surrogates, the same words as WORD", () => {
  fc.assert(
    fc.property(unicodeText, (text) => {
      if (unitScannable(text)) assert.deepEqual(scanned(text), byRegex(text));
    }),
    { numRuns: 500 },
  );
});

test("normalize.ts: displayText and keyOf are normalize's texts, without the map", () => {
  const text = "الصيـــنُ\u200F ﻻ یک ٢٠٢٤";
  assert.equal(displayText(text), "الصين لا يك 2024");
  assert.equal(keyOf("الأميركيّة"), "الاميركيه");
  fc.assert(
    fc.property(unicodeText, (t) => {
      assert.equal(displayText(t), normalize(t, DISPLAY_STEPS).text);
      assert.equal(keyOf(t), normalize(t).text);
    }),
    { numRuns: 500 },
  );
});

test("words.ts: wordSpans finds WORD's words in one loop, and leaves a text with surrogates to the regex", () => {
  fc.assert(
    fc.property(unicodeText, (text) => {
      const starts: number[] = [];
      const ends: number[] = [];
      const scannable = wordSpans(text, starts, ends);
      assert.equal(scannable, unitScannable(text));
      if (!scannable) return assert.deepEqual([starts, ends], [[], []]);
      assert.deepEqual(
        starts.map((s, k) => [s, ends[k]]),
        byRegex(text),
      );
    }),
    { numRuns: 500 },
  );
  const starts: number[] = [];
  const ends: number[] = [];
  assert.equal(wordSpans("قالَ الوزيـر: ٢٠ جندياً", starts, ends), true);
  assert.deepEqual(
    [starts, ends],
    [
      [0, 5, 14, 17],
      [4, 12, 16, 23],
    ],
  );
});

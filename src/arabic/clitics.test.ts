import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { DEFAULT_LEXICON_DIR, loadLexicons } from "../pipeline/lexicons.ts";
import { readTsv } from "../pipeline/tsv.ts";
import { lightStem, segmentWord } from "./clitics.ts";
import { compileArabic, loadArabicLexicons } from "./lexicon.ts";
import { scoreSegmentation } from "./measure.ts";
import { DISPLAY_STEPS, foldSpelling, keyOf, normalize } from "./normalize.ts";

const options = compileArabic(loadLexicons(), loadArabicLexicons());
const GOLD = join(DEFAULT_LEXICON_DIR, "..", "test", "arabic", "clitics.tsv");

/** Lowest share of the hand-checked words the segmenter must cut right, by set. */
const FLOORS: Record<string, number> = { dev: 0.97, heldout: 0.92 };

function cut(word: string): string {
  const s = segmentWord(normalize(word, DISPLAY_STEPS).text, options);
  return [s.prefix, s.core, s.suffix].filter((x) => x !== "").join(" + ");
}

const cases: Array<[string, string]> = [
  ["بنظيره", "ب + نظير + ه"],
  ["والصين", "و + الصين"],
  ["للصين", "ل + الصين"],
  ["وبكين", "و + بكين"],
  ["بكين", "بكين"],
  ["باكستان", "باكستان"],
  ["بايدن", "بايدن"],
  ["لبنان", "لبنان"],
  ["كوريا", "كوريا"],
  ["فلاديمير", "فلاديمير"],
  ["بنظرائهم", "ب + نظراء + هم"],
  ["حكومته", "حكومه + ه"],
  ["وبالتالي", "وب + التالي"],
  ["للاجتماع", "ل + الاجتماع"],
];

for (const [word, expected] of cases) {
  test(`clitics.ts segmentWord: ${word} → ${expected}`, () => assert.equal(cut(word), keyOf(expected)));
}

test("clitics.ts segmentWord: without a lexicon only ال licenses a cut", () => {
  const bare = { proclitics: options.proclitics };
  assert.equal(segmentWord("والاجتماع", bare).core, "الاجتماع");
  assert.equal(segmentWord("وبكين", bare).prefix, "");
});

test("clitics.ts segmentWord: the future س is cut only before an imperfect's first letter", () => {
  const known = {
    words: new Set(["امر", "تقوم", "ازور"].map((w) => foldSpelling(w))),
    names: new Set<string>(),
  };
  const withVerbs = { proclitics: options.proclitics, known };
  // سامر is a given name, not س + أمر: a bare alef opens no imperfect.
  assert.equal(segmentWord("سامر", withVerbs).prefix, "");
  assert.notEqual(segmentWord("وسامر", withVerbs).prefix, "وس");
  assert.equal(segmentWord("ستقوم", withVerbs).prefix, "س");
  assert.equal(segmentWord("سأزور", withVerbs).prefix, "س");
  assert.equal(segmentWord("وستقوم", withVerbs).prefix, "وس");
});

const stems: Array<[string[], string]> = [
  [["الأمريكي", "الأمريكية", "الأمريكيين", "الأميركيون"], "امرك"],
  [["محادثات", "المحادثات", "ومحادثات"], "محادث"],
];

for (const [words, stem] of stems) {
  test(`clitics.ts lightStem: ${words.join("، ")} meet at ${stem}`, () => {
    for (const w of words) {
      const s = segmentWord(normalize(w, DISPLAY_STEPS).text, options);
      assert.equal(lightStem(s.core, options.known), stem, w);
    }
  });
}

test("clitics.ts lightStem: names stay whole", () => {
  for (const name of ["لبنان", "باكستان"]) assert.equal(lightStem(keyOf(name), options.known), keyOf(name));
});

for (const [set, floor] of Object.entries(FLOORS)) {
  test(`clitics.ts: test/arabic/clitics.tsv (${set}) is cut right at least ${floor * 100}% of the time`, (t) => {
    const rows = readTsv(GOLD, ["word", "prefix", "core", "suffix", "set"]).filter((r) => r.set === set);
    const score = scoreSegmentation(rows, options);
    for (const miss of score.misses) t.diagnostic(miss);
    const accuracy = score.correct / score.total;
    t.diagnostic(`${set}: ${score.correct}/${score.total} = ${accuracy.toFixed(3)}`);
    assert.ok(score.total >= 200, `${set} has ${score.total} words; the table needs at least 200`);
    assert.ok(accuracy >= floor, `accuracy ${accuracy.toFixed(3)} fell below ${floor}`);
  });
}

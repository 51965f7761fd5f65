import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { loadLexicons } from "../pipeline/lexicons.ts";
import { unicodeText } from "./fuzz.ts";
import { compileArabic, loadArabicLexicons } from "./lexicon.ts";
import { WordReader } from "./clitics.ts";
import { bareForms, offsetAfterLetters, tokenize } from "./tokens.ts";

const proclitics = ["وب", "ول", "فب", "فل", "وس", "و", "ف", "ب", "ل", "ك", "س"];

test("tokens.ts: tokens slice the original text, harakat included", () => {
  const text = "عُقِدَ الاجتماعُ في بكين، والصين.";
  const { tokens } = tokenize(text, { proclitics });
  assert.deepEqual(
    tokens.map((t) => t.text),
    ["عُقِدَ", "الاجتماعُ", "في", "بكين", "والصين"],
  );
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(tokens[3]?.linked, true);
  assert.equal(tokens[4]?.linked, false, "a comma breaks the phrase");
});

const bare: Array<[string, string[]]> = [
  ["والصين", ["الصين"]],
  ["وبكين", ["بكين"]],
  ["للصين", ["الصين"]],
  ["بنظيره", ["نظيره"]],
];
for (const [word, wanted] of bare) {
  test(`tokens.ts bareForms: ${word} offers ${wanted.join(", ")}`, () => {
    const keys = bareForms(word, { proclitics }).map((b) => b.key);
    for (const w of wanted) assert.ok(keys.includes(w), `${word} → ${keys.join(", ")}`);
  });
}

test("tokens.ts bareForms: the future س is offered off only before an imperfect as written", () => {
  // The keys fold the hamza (سأزور and سازور share one key); the written word keeps it.
  assert.ok(!bareForms("سامر", { proclitics }, "سامر").some((b) => b.prefix === "س"));
  assert.ok(bareForms("سازور", { proclitics }, "سأزور").some((b) => b.prefix === "س"));
  assert.ok(bareForms("وستقوم", { proclitics }, "وستقوم").some((b) => b.prefix === "وس"));
});

test("tokens.ts: للصين is ل + الصين with the span صين", () => {
  const b = bareForms("للصين", { proclitics }).find((x) => x.key === "الصين");
  assert.equal(b?.stripped, 2);
  assert.equal("للصين".slice(offsetAfterLetters("للصين", 2)), "صين");
});

test("tokens.ts: offsetAfterLetters skips the marks of the clitic", () => {
  assert.equal(offsetAfterLetters("وَبكين", 1), 2);
});

const lex = compileArabic(loadLexicons(), loadArabicLexicons());

const segments: Array<[string, Array<[string, string, string, string]>]> = [
  // [text, per token: prefix, core span as written, suffix, stem]
  [
    "التقى بنظيره والصين للصين",
    [
      ["", "التقى", "", "تقي"],
      ["ب", "نظير", "ه", "نظر"],
      ["و", "الصين", "", "الصين"],
      ["ل", "لصين", "", "الصين"],
    ],
  ],
  [
    "وَبِكين بلادِهِم",
    [
      ["و", "بِكين", "", "بكين"],
      ["", "بلادِ", "هم", "بلاد"],
    ],
  ],
];

for (const [text, expected] of segments) {
  test(`tokens.ts segments: ${text}`, () => {
    const { tokens } = tokenize(text, lex);
    assert.deepEqual(
      tokens.map((t) => [
        t.segments?.prefix,
        text.slice(t.segments?.start, t.segments?.end),
        t.segments?.suffix,
        t.stem,
      ]),
      expected,
    );
  });
}

test("tokens.ts property: tokens and their cores slice the original text, in order", () => {
  fc.assert(
    fc.property(unicodeText, (text) => {
      const { tokens } = tokenize(text, lex);
      let last = 0;
      for (const t of tokens) {
        assert.equal(text.slice(t.start, t.end), t.text);
        assert.ok(t.start < t.end && t.start >= last, `token ${t.text} at ${t.start}`);
        const s = t.segments;
        assert.ok(s && t.start <= s.start && s.start <= s.end && s.end <= t.end, `core of ${t.text}`);
        last = t.start;
      }
    }),
    { numRuns: 400 },
  );
});

test("tokens.ts: segments are read once, on demand, the same with a reader shared by documents", () => {
  const text = "وبكين بلادهم للصين";
  const alone = tokenize(text, lex).tokens;
  const reader = new WordReader(lex);
  const before = tokenize("بلادهم وبكين", { ...lex, reader }).tokens.map((t) => t.stem);
  assert.deepEqual(before, ["بلاد", "بكين"], "tokens.ts: the reader has read another document");
  const shared = tokenize(text, { ...lex, reader }).tokens;
  for (const [k, t] of shared.entries()) {
    assert.equal(t.segments, t.segments, `tokens.ts: one segments object for ${t.text}`);
    assert.deepEqual([t.segments, t.stem], [alone[k]?.segments, alone[k]?.stem], `tokens.ts: ${t.text}`);
  }
});

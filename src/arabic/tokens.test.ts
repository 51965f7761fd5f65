import assert from "node:assert/strict";
import { test } from "node:test";
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

test("tokens.ts: للصين is ل + الصين with the span صين", () => {
  const b = bareForms("للصين", { proclitics }).find((x) => x.key === "الصين");
  assert.equal(b?.stripped, 2);
  assert.equal("للصين".slice(offsetAfterLetters("للصين", 2)), "صين");
});

test("tokens.ts: offsetAfterLetters skips the marks of the clitic", () => {
  assert.equal(offsetAfterLetters("وَبكين", 1), 2);
});

import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import type { Token } from "../pipeline/types.ts";
import { PhraseIndex, phraseKeys } from "./phrases.ts";
import { tokenize } from "./tokens.ts";

const proclitics = ["وب", "ول", "و", "ف", "ب", "ل"];
const tokensOf = (text: string) => tokenize(text, { proclitics }).tokens;

test("phrases.ts: the longest phrase at a token, its proclitic stripped", () => {
  const index = new PhraseIndex<string>();
  index.add("وزارة الدفاع", "ministry");
  index.add("وزارة الدفاع الأمريكية", "pentagon");
  index.add("الصين", "china");
  const tokens = tokensOf("وقالت وزارة الدفاع الأمريكية، ووزارة الدفاع والصين");
  assert.equal(index.matchAt(tokens, 0, { bare: true }), null);
  assert.deepEqual(index.matchAt(tokens, 1), { end: 4, values: ["pentagon"], stripped: 0, prefix: "" });
  assert.equal(index.matchAt(tokens, 4), null, "ووزارة needs its proclitic stripped");
  assert.deepEqual(index.matchAt(tokens, 4, { bare: true }), {
    end: 6,
    values: ["ministry"],
    stripped: 1,
    prefix: "و",
  });
  assert.equal(index.matchAt(tokens, 6, { bare: true })?.values[0], "china");
});

test("phrases.ts: answers follow a new token array and a phrase added later", () => {
  const index = new PhraseIndex<string>();
  index.add("بكين", "beijing");
  const first = tokensOf("في بكين اليوم");
  assert.equal(index.matchAt(first, 1)?.values[0], "beijing");
  const second = tokensOf("في موسكو اليوم");
  assert.equal(index.matchAt(second, 1), null, "another document, another answer");
  index.add("موسكو", "moscow");
  assert.equal(index.matchAt(second, 1)?.values[0], "moscow", "an added phrase is seen at once");
});

/** The longest match read word by word from the phrase list, without a trie: what matchAt must give. */
function naive(phrases: ReadonlyMap<string, string[]>, tokens: readonly Token[], i: number, bare: boolean) {
  const first = tokens[i];
  if (!first) return null;
  const readings = [{ key: first.key, stripped: 0, prefix: "" }, ...(bare ? first.bare : [])];
  let best: { end: number; values: string[]; stripped: number; prefix: string } | null = null;
  for (const r of readings) {
    const keys = [r.key];
    for (let j = i + 1; ; j++) {
      const values = phrases.get(keys.join(" "));
      if (values && (!best || j > best.end || (j === best.end && r.stripped < best.stripped)))
        best = { end: j, values, stripped: r.stripped, prefix: r.prefix };
      const next = tokens[j];
      if (!next?.linked) break;
      keys.push(next.key);
    }
  }
  return best;
}

test("phrases.ts: on random texts and phrase lists, the answers of a word-by-word reading", () => {
  const words = ["وزارة", "الدفاع", "الصين", "بكين", "مجلس", "الأمن", "الدولي", "قال", "في", "اليوم"];
  const word = fc.tuple(fc.constantFrom("", "و", "ب", "ل", "وب"), fc.constantFrom(...words));
  const phrase = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 });
  fc.assert(
    fc.property(
      fc.array(phrase, { maxLength: 12 }),
      fc.array(fc.tuple(word, fc.constantFrom(" ", " ", "، ")), { maxLength: 25 }),
      (list, parts) => {
        const index = new PhraseIndex<string>();
        const phrases = new Map<string, string[]>();
        list.forEach((p, k) => {
          const value = `${p.join(" ")}#${k}`;
          index.add(p.join(" "), value);
          const key = phraseKeys(p.join(" ")).join(" ");
          phrases.set(key, [...(phrases.get(key) ?? []), value]);
        });
        const tokens = tokensOf(parts.map(([[p, w], sep]) => p + w + sep).join(""));
        for (const bare of [false, true])
          for (let i = 0; i < tokens.length; i++)
            assert.deepEqual(index.matchAt(tokens, i, { bare }), naive(phrases, tokens, i, bare));
      },
    ),
    { numRuns: 300 },
  );
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { prf, wordOccurrences } from "./score.ts";

const cases: Array<[string, string, number[]]> = [
  ["بكين وواشنطن وبكين", "بكين", [0, 14]],
  ["الصينية والصين", "الصين", [9]],
  ["وبالصين", "الصين", [2]],
  ["للصين", "صين", [2]],
  ["مصين", "صين", []],
];

for (const [text, needle, expected] of cases) {
  test(`score.ts wordOccurrences: ${needle} in ${text}`, () =>
    assert.deepEqual(wordOccurrences(text, needle), expected));
}

test("score.ts prf: precision, recall and F1", () => {
  assert.deepEqual(prf({ tp: 3, fp: 1, fn: 1 }), { precision: 0.75, recall: 0.75, f1: 0.75 });
  assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { precision: 1, recall: 1, f1: 1 });
});

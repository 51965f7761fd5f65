import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicons } from "../pipeline/lexicons.ts";
import { compileRomanizer, romanize } from "./romanize.ts";

const r = compileRomanizer(loadLexicons().romanization);

const cases: Array<[string, string | null]> = [
  ["لين جيان", "Lin Jian"],
  ["تشانغ", "Chang"],
  ["علييف", "Aliyf"],
  ["عبد الله", "Abd al-Lh"],
  ["سامر حداد", "Samr Hdad"],
  ["2024", null],
];

for (const [arabic, latin] of cases) {
  test(`romanize.ts: ${arabic} → ${latin}`, () => assert.equal(romanize(arabic, r), latin));
}

import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicons } from "../pipeline/lexicons.ts";
import { compileAnchors, findAnchor } from "./anchors.ts";
import { loadTransliteration } from "./names.ts";

const t = loadTransliteration();
const index = compileAnchors(loadLexicons(), t);
const anchor = (type: string, name: string, country: string | null = null) =>
  findAnchor({ type, name, country }, index, t)?.nameEn ?? null;

test("anchors.ts: lexicon names, variants, short forms and spellings outlets invent find their identity", () => {
  const cases: Array<[string, string, string | null, string]> = [
    ["PERSON", "فلاديمير بوتين", "RUS", "Vladimir Putin"],
    ["PERSON", "فلادمير بوتين", null, "Vladimir Putin"],
    ["PERSON", "ترمب", "USA", "Donald Trump"],
    ["PERSON", "بيت هيجسيث", null, "Pete Hegseth"],
    ["GPE", "أميركا", "USA", "United States"],
    ["MECHANISM", "محادثات التنسيق السياسي الدفاعي", null, "Defense Policy Coordination Talks"],
  ];
  for (const [type, name, country, en] of cases)
    assert.equal(anchor(type, name, country), en, `anchors.ts: ${name}`);
});

test("anchors.ts: another country, another type or one word spelled like a name find nothing", () => {
  assert.equal(anchor("PERSON", "فلاديمير بوتين", "USA"), null);
  assert.equal(anchor("ORG", "فلاديمير بوتين"), null);
  assert.equal(anchor("PERSON", "ظروف", "IRN"), null, "anchors.ts: ظروف is not ظريف");
});

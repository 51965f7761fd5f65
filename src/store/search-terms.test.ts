import assert from "node:assert/strict";
import { test } from "node:test";
import { PGlite } from "@electric-sql/pglite";
import { lexemes, searchQuery, searchVector, wordTerms } from "./search-terms.ts";

/** [words that must share a lexeme]: spellings, inflections and clitics of one word. */
const MEET: string[][] = [
  ["الأمريكية", "الأمريكي", "الامريكية", "أمريكا", "والأمريكيون", "الأميركية", "أميركا"],
  ["ترامب", "ترمب", "وترمب"],
  ["الحكومة", "حكومة", "حكومات", "الحكومية"],
  ["فلسطين", "الفلسطينيين", "فلسطينية"],
  ["رئيس", "الرئيس", "للرئيس", "بالرئيس", "وللرئيس"],
  ["قال", "وقال", "فقال"],
  ["بكين", "وبكين", "لبكين"],
  ["المفاوضات", "مفاوضات"],
  ["روسيا", "الروسية", "الروس"],
];

for (const words of MEET) {
  test(`wordTerms: ${words.join(" ")} share a lexeme`, () => {
    const [first, ...rest] = words.map((w) => new Set(wordTerms(w)));
    for (const [i, terms] of rest.entries())
      assert.ok(
        [...terms].some((t) => first?.has(t)),
        `${words[i + 1]} (${[...terms]}) and ${words[0]} (${[...(first ?? [])]})`,
      );
  });
}

test("wordTerms: known words stay whole, function words have none, Latin and digits are lower-cased", () => {
  assert.deepEqual(wordTerms("وزير"), ["وزير"], "وزير is no و + زير (words.tsv)");
  assert.deepEqual(wordTerms("الوزير"), ["وزير"]);
  assert.deepEqual(wordTerms("إلغاء"), wordTerms("الإلغاء"), "the alef of إلغاء is no article");
  assert.notDeepEqual(wordTerms("رؤساء"), wordTerms("روسيا"), "a final hamza keeps its alef");
  for (const w of ["في", "من", "الذي", "وفي", "لكن"]) assert.deepEqual(wordTerms(w), [], w);
  assert.deepEqual(wordTerms("NATO"), ["nato"]);
  assert.deepEqual(wordTerms("2018"), ["2018"]);
});

test("lexemes: positions count every word, function words too; Arabic-Indic digits are folded", () => {
  const m = lexemes("قال وزيرُ الدفاع الأمريكي في واشنطن عام ٢٠١٨");
  assert.deepEqual(m.get("قال"), [1]);
  assert.deepEqual(m.get("وزير"), [2]);
  assert.deepEqual(m.get("دفاع"), [3]);
  assert.deepEqual(m.get("امريك"), [4]);
  assert.equal(m.get("في"), undefined);
  assert.deepEqual(m.get("2018"), [8]);
});

test("searchQuery: words, phrases over function words, -word, or; nothing for function words alone", () => {
  assert.equal(searchQuery("وزير الدفاع")?.tsquery, "( 'وزير' ) & ( 'دفاع' )");
  assert.equal(searchQuery('"وزير الدفاع"')?.tsquery, "( 'وزير' <-> 'دفاع' )");
  assert.equal(searchQuery('"قمة في بكين"')?.tsquery, "( 'قمه' <2> 'بكين' )");
  assert.equal(searchQuery("الصين -روسيا")?.tsquery, "( 'صين' ) & !( 'روس' )");
  assert.equal(searchQuery("الصين or روسيا")?.tsquery, "( 'صين' ) | ( 'روس' )");
  assert.equal(searchQuery("وقال")?.tsquery, "( ( 'وقال' | 'قال' ) )");
  assert.deepEqual(searchQuery("الصين -روسيا")?.stems, ["صين"]);
  assert.equal(searchQuery("في من"), null);
  assert.equal(searchQuery(""), null);
});

test("searchVector and searchQuery are read by PostgreSQL as meant", async () => {
  const db = new PGlite();
  try {
    const text = "وقال وزير الدفاع الصيني إن القمة في بكين تناولت العلاقات مع واشنطن. O'Brien";
    const matches = async (query: string) => {
      const q = searchQuery(query);
      assert.ok(q, query);
      const [r] = (
        await db.query<{ m: boolean }>("SELECT $1::tsvector @@ $2::tsquery AS m", [
          searchVector(text),
          q.tsquery,
        ])
      ).rows;
      return r?.m;
    };
    assert.equal(await matches('"القمة في بكين"'), true);
    assert.equal(await matches('"القمة بكين"'), false, "a phrase keeps the function word's place");
    assert.equal(await matches('"بكين القمة"'), false);
    assert.equal(await matches("قال الصينية"), true);
    assert.equal(await matches("الصين -واشنطن"), false);
    assert.equal(await matches("موسكو or واشنطن"), true);
    assert.equal(await matches("o'brien"), true, "an apostrophe splits a word alike in text and query");
  } finally {
    await db.close();
  }
});

test("searchVector: a text longer than the word table lists each lexeme once, positions ascending", () => {
  // 300,000 words not met before fill the thread's word table (half of its 524,288 slots), which
  // starts afresh in the middle of this text; the first words, met again after that, keep their term.
  const words = Array.from({ length: 300_000 }, (_, i) => `w${i}x`);
  const literal = searchVector(`${words.join(" ")} w0x w1x ${words.slice(0, 5).join(" ")}`);
  const seen = new Set<string>();
  for (const item of literal.split(" ")) {
    const [lexeme, at] = item.split(":") as [string, string];
    assert.ok(!seen.has(lexeme), `${lexeme} is listed twice`);
    seen.add(lexeme);
    const positions = at.split(",").map(Number);
    assert.deepEqual(
      positions,
      [...positions].sort((a, b) => a - b),
      `${lexeme}: ${at}`,
    );
  }
  assert.equal(seen.size, 300_000);
  // Positions past 16,383 are 16,383, as PostgreSQL keeps them.
  assert.ok(
    literal.startsWith("'w0x':1,16383 'w1x':2,16383 'w2x':3,16383 'w3x':4,16383 'w4x':5,16383 'w5x':6 "),
    literal.slice(0, 80),
  );
});

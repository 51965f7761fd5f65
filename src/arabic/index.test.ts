import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { DEFAULT_LEXICON_DIR, loadLexicons } from "../pipeline/lexicons.ts";
import type { ArabicText } from "../pipeline/types.ts";
import { compileCalendar } from "./dates.ts";
import { unicodeText } from "./fuzz.ts";
import { analyzeArabic, compileArabic, loadArabicLexicons } from "./index.ts";

const lex = loadLexicons();
const full = compileArabic(lex, loadArabicLexicons());
/** What the pipeline passed before the segmenter, numbers and Hijri table existed. */
const minimal = { proclitics: full.proclitics, calendar: compileCalendar(lex.calendar) };
const CORPUS = join(DEFAULT_LEXICON_DIR, "..", "..", "shared", "corpora", "ant-bbc-cnn");
/** Every n-th corpus file is checked, so the test stays quick. */
const CORPUS_STRIDE = 25;

/** Every span the layer hands on slices the text it came from. */
function assertSpans(a: ArabicText): void {
  const { text } = a;
  for (const t of a.tokens) assert.equal(text.slice(t.start, t.end), t.text, `token ${t.text}`);
  for (const s of a.sentences) assert.ok(0 <= s.start && s.start < s.end && s.end <= text.length, "sentence");
  for (const d of a.dates) assert.equal(text.slice(d.start, d.end), d.text, `date ${d.text}`);
  for (const n of a.numbers ?? []) assert.equal(text.slice(n.start, n.end), n.text, `number ${n.text}`);
  for (const q of a.quotes) {
    assert.ok(q.start < q.inner.start && q.inner.end < q.end && q.end <= text.length, "quote");
    if (q.verb) assert.equal(text.slice(q.verb.start, q.verb.end), q.verb.text, "quote verb");
    if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text, "quote speaker");
  }
}

test("index.ts property: on any Unicode string the layer does not throw and its spans slice the text", () => {
  fc.assert(
    fc.property(unicodeText, fc.constantFrom(null, "2024-03-10", "2025-12-31"), (text, published) => {
      assertSpans(analyzeArabic(text, published, full));
      assertSpans(analyzeArabic(text, published, minimal));
    }),
    { numRuns: 400 },
  );
});

test("index.ts: the options the pipeline passed before still work", () => {
  const a = analyzeArabic("وصل الوفد الصيني إلى واشنطن في 15 يناير 2024.", null, minimal);
  assert.deepEqual(
    a.dates.map((d) => d.value),
    ["2024-01-15"],
  );
  assert.equal(a.tokens[0]?.segments?.core, "وصل");
});

function corpusFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? corpusFiles(join(dir, e.name)) : e.name.endsWith(".txt") ? [join(dir, e.name)] : [],
  );
}

test(
  "index.ts: on real articles (ant-bbc-cnn) every span slices the text",
  existsSync(CORPUS) ? {} : { skip: "../shared/corpora/ant-bbc-cnn is absent: the corpus check is skipped" },
  () => {
    const files = corpusFiles(CORPUS).sort();
    let docs = 0;
    for (let i = 0; i < files.length; i += CORPUS_STRIDE) {
      const xml = readFileSync(files[i] as string, "utf8");
      const body = /<TEXT>([\s\S]*?)<\/TEXT>/u.exec(xml)?.[1];
      if (!body) continue;
      assertSpans(analyzeArabic(body, "2018-06-01", full));
      docs++;
    }
    assert.ok(docs > 100, `checked ${docs} articles`);
  },
);

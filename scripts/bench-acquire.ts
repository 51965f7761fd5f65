// Measures the acquire and clean stages (docs/ACQUIRE.md):
//  1. body extraction against the must/must-not gold of the seeds, the ANT articles and the HTML
//     pages, side by side with the text as it came in and, for HTML, Readability alone;
//  2. throughput of acquire + clean over a corpus folder, in articles per second.
//  3. with --duplicates, the near-duplicate index over the same corpus in a scratch PGlite
//     database: time per thousand documents (flat when the work grows linearly) and what it finds.
// Usage: npx tsx scripts/bench-acquire.ts [--corpus DIR] [--limit N] [--repeat N] [--duplicates]
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { acquire } from "../src/acquire/index.ts";
import { readDocuments } from "../src/acquire/file.ts";
import { readabilityText } from "../src/clean/html.ts";
import { cleanDocument, compileCleanOptions } from "../src/clean/index.ts";
import { listGoldFiles, loadGold } from "../src/eval/gold.ts";
import { DEFAULT_DUPLICATES, recordDuplicates } from "../src/link/duplicates.ts";
import { documentId } from "../src/pipeline/run.ts";
import { openDb } from "../src/store/db.ts";
import { loadLexicons } from "../src/pipeline/lexicons.ts";
import type { RawDocument } from "../src/pipeline/types.ts";

const ROOT = resolve(import.meta.dirname, "..");
const SHARED = resolve(ROOT, "..", "shared");
const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: join(SHARED, "corpora", "ant-bbc-cnn") },
    limit: { type: "string" },
    repeat: { type: "string", default: "1" },
    duplicates: { type: "boolean", default: false },
  },
});

const options = compileCleanOptions(loadLexicons());

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

function f1(t: Tally): { p: string; r: string; f: string } {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p: p.toFixed(3), r: r.toFixed(3), f: f.toFixed(3) };
}

/** Body scores of each extractor over one gold folder. */
function scoreFolder(
  dir: string,
  extractors: Record<string, (raw: RawDocument) => string>,
): Record<string, Tally> & { files: number } {
  const tallies: Record<string, Tally> = Object.fromEntries(
    Object.keys(extractors).map((k) => [k, { tp: 0, fp: 0, fn: 0 }]),
  );
  let files = 0;
  for (const path of listGoldFiles(dir)) {
    const g = loadGold(path, { root: ROOT, shared: SHARED });
    if (g.inputPath === null) continue;
    const raw = readDocuments(g.inputPath)[0] as RawDocument;
    files++;
    for (const [name, extract] of Object.entries(extractors)) {
      const text = extract(raw);
      const t = tallies[name] as Tally;
      for (const s of g.gold.body.must) {
        if (text.includes(s)) t.tp++;
        else t.fn++;
      }
      for (const s of g.gold.body.must_not) if (text.includes(s)) t.fp++;
    }
  }
  return Object.assign(tallies, { files });
}

const rasd = (raw: RawDocument) => cleanDocument(raw, options).text;
const asGiven = (raw: RawDocument) => raw.text;
const readability = (raw: RawDocument) => (raw.format === "html" ? readabilityText(raw.text) : raw.text);

const sets: Array<[string, string, Record<string, (raw: RawDocument) => string>]> = [
  ["seeds (aggregator text)", join(ROOT, "test/gold/seeds"), { rasd, "text as given": asGiven }],
  ["ANT BBC/CNN articles", join(ROOT, "test/gold-body/ant"), { rasd, "TEXT as given": asGiven }],
  [
    "HTML pages",
    join(ROOT, "test/gold-body/html"),
    { rasd, "Readability alone": readability, "page as given": asGiven },
  ],
];

const out: string[] = [
  "## Body extraction (must / must-not snippets)",
  "",
  "| gold | files | extractor | tp | fp | fn | precision | recall | F1 |",
  "|---|---|---|---|---|---|---|---|---|",
];
for (const [name, dir, extractors] of sets) {
  if (!existsSync(dir)) continue;
  const scores = scoreFolder(dir, extractors);
  for (const extractor of Object.keys(extractors)) {
    const t = scores[extractor] as Tally;
    const { p, r, f } = f1(t);
    out.push(
      `| ${name} | ${scores.files} | ${extractor} | ${t.tp} | ${t.fp} | ${t.fn} | ${p} | ${r} | ${f} |`,
    );
  }
}
process.stdout.write(`${out.join("\n")}\n\n`);

async function throughput(corpus: string, limit: number | null): Promise<void> {
  const rows: string[] = [
    "## Throughput (one thread)",
    "",
    "| stage | articles | seconds | articles/s |",
    "|---|---|---|---|",
  ];
  const measure = async (label: string, work: (doc: RawDocument) => void) => {
    const started = performance.now();
    let n = 0;
    for await (const item of acquire([corpus])) {
      if (item.kind !== "document") continue;
      work(item.doc);
      if (++n === limit) break;
    }
    const seconds = (performance.now() - started) / 1000;
    rows.push(`| ${label} | ${n} | ${seconds.toFixed(1)} | ${(n / seconds).toFixed(0)} |`);
  };
  for (let i = 0; i < Number(values.repeat); i++) {
    await measure("acquire", () => undefined);
    await measure("acquire + clean", (doc) => cleanDocument(doc, options));
  }
  process.stdout.write(`${rows.join("\n")}\n`);
}

async function duplicates(corpus: string, limit: number | null): Promise<void> {
  const db = await openDb(join(mkdtempSync(join(tmpdir(), "rasd-bench-")), "db"));
  const rows: string[] = [
    "## Near-duplicate index (MinHash 128 × LSH 32 bands, Jaccard ≥ 0.8, PGlite)",
    "",
    "| documents | ms per document | near-duplicates so far |",
    "|---|---|---|",
  ];
  let n = 0;
  let found = 0;
  let started = performance.now();
  try {
    for await (const item of acquire([corpus])) {
      if (item.kind !== "document") continue;
      const doc = cleanDocument(item.doc, options);
      const id = documentId(doc.text);
      const parts = [doc.text, ...doc.appended.map((a) => a.text)];
      await db.transaction(async (tx) => {
        const inserted = await tx.query(
          "INSERT INTO documents (id, text, analysis) VALUES ($1, $2, '{}') ON CONFLICT DO NOTHING RETURNING id",
          [id, doc.text],
        );
        if (inserted.length === 0) return;
        const matches = await recordDuplicates(tx, id, parts, DEFAULT_DUPLICATES);
        if (matches.some((m) => m.part === 0)) found++;
      });
      if (++n % 1000 === 0) {
        rows.push(`| ${n} | ${((performance.now() - started) / 1000).toFixed(2)} | ${found} |`);
        started = performance.now();
      }
      if (n === limit) break;
    }
  } finally {
    await db.close();
  }
  process.stdout.write(`\n${rows.join("\n")}\n`);
}

if (existsSync(values.corpus)) {
  const limit = values.limit ? Number(values.limit) : null;
  await throughput(values.corpus, limit);
  if (values.duplicates) await duplicates(values.corpus, limit);
} else process.stdout.write(`(no corpus at ${values.corpus}: throughput not measured)\n`);

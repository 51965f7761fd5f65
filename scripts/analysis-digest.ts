// A digest of everything the analysis pool hands back for a corpus: one sha256 per item (the
// JSON of each document ready for the store, or of each error), and one over all of them. Run it
// before and after an optimisation: the same total proves the output is byte-identical.
//   npx tsx scripts/analysis-digest.ts [corpus folder] [--limit N] [--jobs N] [--out FILE]
// --jobs 0 analyses in this thread; the default (2) goes through the worker pool as ingest does.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { listInputs } from "../src/acquire/index.ts";
import { createPool } from "../src/pipeline/pool.ts";
import type { SourceResult } from "../src/pipeline/sources.ts";
import { DEFAULT_CORPUS } from "./corpus.ts";

/** Sources in flight per worker, as `rasd bench` keeps them. */
const WINDOW_PER_JOB = 16;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    limit: { type: "string" },
    jobs: { type: "string", default: "2" },
    out: { type: "string" },
  },
});

const corpus = positionals[0] ?? DEFAULT_CORPUS;
const limit = values.limit === undefined ? Infinity : Number(values.limit);
const jobs = Number(values.jobs);
if (!Number.isInteger(jobs) || jobs < 0 || !(limit > 0)) {
  process.stderr.write("usage: analysis-digest.ts [corpus] [--limit N > 0] [--jobs N ≥ 0] [--out FILE]\n");
  process.exit(2);
}

const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const files = listInputs(corpus).slice(0, limit);
const pool = await createPool({ jobs });
const lines: string[] = [];
const total = createHash("sha256");
let documents = 0;
let errors = 0;

function record(path: string, result: SourceResult): void {
  for (const item of result.items) {
    if (item.kind === "input") continue;
    const json = JSON.stringify(item);
    const digest = sha(json);
    total.update(`${digest}\n`);
    lines.push(`${relative(corpus, path)}\t${item.kind}\t${digest}`);
    if (item.kind === "document") documents++;
    else errors++;
  }
}

try {
  const window: Array<{ path: string; result: Promise<SourceResult> }> = [];
  const take = async () => {
    const next = window.shift() as (typeof window)[number];
    record(next.path, await next.result);
  };
  for (const path of files) {
    window.push({ path, result: pool.analyze({ kind: "file", path }) });
    if (window.length >= Math.max(1, jobs) * WINDOW_PER_JOB) await take();
  }
  while (window.length > 0) await take();
} finally {
  await pool.close();
}

const summary = `${files.length} files, ${documents} documents, ${errors} errors, total ${total.digest("hex")}`;
if (values.out) writeFileSync(values.out, `${lines.join("\n")}\n${summary}\n`);
process.stdout.write(`${summary}\n`);

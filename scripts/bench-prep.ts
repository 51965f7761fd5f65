// Times the worker's store preparation (`prepareForStore`) part by part over analysed corpus files,
// and digests its output (every StorePrep field) so two versions of the code can be compared.
//   npx tsx scripts/bench-prep.ts [corpus folder] [--limit N] [--rounds R]
// The files are analysed once in this thread; then each part runs R rounds over all documents and
// the best round's CPU time is printed in µs per document (the first rounds warm the JIT up).
import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import { listInputs } from "../src/acquire/index.ts";
import { storySignature } from "../src/link/stories.ts";
import type { Analysis } from "../src/pipeline/types.ts";
import { createPool } from "../src/pipeline/pool.ts";
import { documentRow, minhashParts, prepareForStore, searchIndex } from "../src/store/prepare.ts";
import { DEFAULT_CORPUS } from "./corpus.ts";
import { cpuMicros } from "./timing.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: "string", default: "2000" }, rounds: { type: "string", default: "5" } },
});
const corpus = positionals[0] ?? DEFAULT_CORPUS;
const limit = Number(values.limit);
const rounds = Number(values.rounds);
if (!(limit > 0) || !(rounds > 0)) {
  process.stderr.write("usage: bench-prep.ts [corpus] [--limit N > 0] [--rounds R > 0]\n");
  process.exit(2);
}

const pool = await createPool({ jobs: 0, forStore: false });
const docs: Array<{ analysis: Analysis; language: string | null }> = [];
for (const path of listInputs(corpus).slice(0, limit)) {
  const result = await pool.analyze({ kind: "file", path });
  for (const item of result.items) if (item.kind === "document") docs.push(item.doc);
}
await pool.close();

const partsOf = (a: Analysis) => [a.document.text, ...a.document.appended.map((x) => x.text)];
const tasks: Array<[string, (a: Analysis, language: string | null) => unknown]> = [
  ["search lexemes (searchIndex)", (a) => searchIndex(a)],
  ["document row JSON (documentRow)", (a, l) => documentRow(a, l)],
  ["MinHash of the parts (minhashParts)", (a) => minhashParts(partsOf(a))],
  ["story signature (storySignature)", (a) => storySignature(a.document.text)],
  ["all (prepareForStore)", (a, l) => prepareForStore(a, l)],
];
process.stdout.write(`${docs.length} documents, best of ${rounds} rounds, CPU µs per document\n`);
for (const [name, run] of tasks) {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const before = cpuMicros();
    for (const d of docs) run(d.analysis, d.language);
    best = Math.min(best, cpuMicros() - before);
  }
  process.stdout.write(`${name.padEnd(40)} ${(best / docs.length).toFixed(1).padStart(8)}\n`);
}
const digest = createHash("sha256");
// The row as text, so the digest does not depend on how it is encoded (a string before, UTF-8 now).
const text = new TextDecoder();
for (const d of docs) {
  const prep = prepareForStore(d.analysis, d.language);
  const bytes = { row: prep.row, text: prep.text, analysis: prep.analysis, search: prep.search };
  const decoded = Object.fromEntries(Object.entries(bytes).map(([k, v]) => [k, text.decode(v)]));
  digest.update(JSON.stringify({ ...prep, ...decoded })).update("\n");
}
process.stdout.write(`StorePrep digest: ${digest.digest("hex")}\n`);

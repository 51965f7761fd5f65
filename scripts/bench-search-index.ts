// Measures what the full-text index costs the analysis workers: analyses a corpus once (worker
// threads), then makes each document's tsvector literal (`searchIndex`) `--repeats` times in this
// thread and prints its CPU time per article, beside the display normalization alone (what the
// worker made before the lexemes moved to JavaScript) and the literal's size.
//   npx tsx scripts/bench-search-index.ts [corpus folder] [--limit N] [--repeats R]
import { DISPLAY_STEPS, normalize } from "../src/arabic/normalize.ts";
import { listInputs } from "../src/acquire/index.ts";
import { createPool } from "../src/pipeline/pool.ts";
import type { Analysis } from "../src/pipeline/types.ts";
import { searchIndex } from "../src/store/prepare.ts";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const limit = Number(option("--limit") ?? Infinity);
const repeats = Number(option("--repeats") ?? 3);
const corpus = args[0] ?? "../shared/corpora/ant-bbc-cnn";

const files = listInputs(corpus).slice(0, limit);
const pool = await createPool({});
const analyses: Analysis[] = [];
await Promise.all(
  files.map(async (path) => {
    const r = await pool.analyze({ kind: "file", path });
    for (const item of r.items) if (item.kind === "document") analyses.push(item.doc.analysis);
  }),
);
await pool.close();

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const time = (f: (a: Analysis) => unknown) => {
  const best: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t = cpuMs();
    for (const a of analyses) f(a);
    best.push(cpuMs() - t);
  }
  return Math.min(...best);
};
const display = time((a) => normalize(`${a.document.title ?? ""}\n${a.document.text}`, DISPLAY_STEPS));
const index = time(searchIndex);
const chars = analyses.reduce((n, a) => n + a.document.text.length, 0);
const literal = analyses.reduce((n, a) => n + searchIndex(a).length, 0);
const perArticle = (ms: number) => ((ms / analyses.length) * 1000).toFixed(0);
process.stdout.write(
  `${analyses.length} articles (${(chars / analyses.length).toFixed(0)} characters each): ` +
    `searchIndex ${index.toFixed(0)} CPU ms (${perArticle(index)} µs/article, best of ${repeats}; ` +
    `the first pass fills the word cache), display normalization alone ${display.toFixed(0)} ms ` +
    `(${perArticle(display)} µs/article); tsvector literal ${(literal / chars).toFixed(2)} characters per text character\n`,
);

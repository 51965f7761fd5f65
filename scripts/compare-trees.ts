// Compares the CPU time of this tree's code with another tree's (a copy of another commit, e.g.
// `git archive main | tar -x -C /tmp/base`), both loaded in this one process: rounds alternate
// between the two over the same corpus files, so both meet the same load on a shared machine.
//   npx tsx scripts/compare-trees.ts BASE_DIR [corpus] [--what analysis|search] [--limit N] [--rounds R]
// analysis: the pool in this thread (`--jobs 0`, no store rows), acquire included; search: the
// full-text lexemes (`searchIndex`) of the documents this tree analysed. Prints CPU µs per file
// (analysis) or per document (search) for each round, and the median of the rounds after the first.
// Run it as the CLI runs: `node --no-turbo-inlining --import tsx scripts/compare-trees.ts …`.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { listInputs } from "../src/acquire/index.ts";
import type { Analysis } from "../src/pipeline/types.ts";
import * as pools from "../src/pipeline/pool.ts";
import * as prepare from "../src/store/prepare.ts";
import { DEFAULT_CORPUS } from "./corpus.ts";
import { cpuMicros, median } from "./timing.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    what: { type: "string", default: "analysis" },
    limit: { type: "string", default: "1500" },
    rounds: { type: "string", default: "6" },
  },
});
const baseDir = positionals[0];
const corpus = positionals[1] ?? DEFAULT_CORPUS;
const limit = Number(values.limit);
const rounds = Number(values.rounds);
if (baseDir === undefined || !["analysis", "search"].includes(values.what) || !(limit > 0) || !(rounds > 1)) {
  process.stderr.write(
    "usage: compare-trees.ts BASE_DIR [corpus] [--what analysis|search] [--limit N] [--rounds R > 1]\n",
  );
  process.exit(2);
}
const moduleOf = (path: string) => {
  const file = join(resolve(baseDir), path);
  if (!existsSync(file)) {
    process.stderr.write(`${file} is missing: give a copy of the repository at another commit as BASE_DIR\n`);
    process.exit(2);
  }
  return import(pathToFileURL(file).href);
};
const base = {
  pools: (await moduleOf("src/pipeline/pool.ts")) as typeof pools,
  prepare: (await moduleOf("src/store/prepare.ts")) as typeof prepare,
};
const trees = { base, this: { pools, prepare } };
type Tree = keyof typeof trees;

// The pool times its stages with performance.now: here it reads this process's CPU milliseconds
// instead, so each stage's share holds on a loaded machine (a few getrusage calls per file).
performance.now = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const files = listInputs(corpus).slice(0, limit);
const perRound: Record<Tree, number[]> = { base: [], this: [] };
/** Analysis: each round's CPU milliseconds per stage (the pool's own `times`), summed over the files. */
const stageRounds: Record<Tree, Array<Record<string, number>>> = { base: [], this: [] };
/** Round r runs base first when r is even, this tree first when it is odd. */
const order = (r: number): Tree[] => (r % 2 === 0 ? ["base", "this"] : ["this", "base"]);

if (values.what === "analysis") {
  const open = {
    base: await base.pools.createPool({ jobs: 0, forStore: false }),
    this: await pools.createPool({ jobs: 0, forStore: false }),
  };
  try {
    for (let r = 0; r < rounds; r++)
      for (const tree of order(r)) {
        const before = cpuMicros();
        const times: Record<string, number> = {};
        for (const path of files) {
          const result = await open[tree].analyze({ kind: "file", path });
          for (const [stage, ms] of Object.entries(result.times)) times[stage] = (times[stage] ?? 0) + ms;
        }
        perRound[tree].push((cpuMicros() - before) / files.length);
        stageRounds[tree].push(times);
      }
  } finally {
    await open.base.close();
    await open.this.close();
  }
} else {
  const pool = await pools.createPool({ jobs: 0, forStore: false });
  const docs: Analysis[] = [];
  try {
    for (const path of files)
      for (const item of (await pool.analyze({ kind: "file", path })).items)
        if (item.kind === "document") docs.push(item.doc.analysis);
  } finally {
    await pool.close();
  }
  for (let r = 0; r < rounds; r++)
    for (const tree of order(r)) {
      const before = cpuMicros();
      for (const d of docs) trees[tree].prepare.searchIndex(d);
      perRound[tree].push((cpuMicros() - before) / docs.length);
    }
}
const unit = values.what === "analysis" ? "file" : "document";
for (const tree of ["base", "this"] as const)
  process.stdout.write(
    `${values.what} ${tree.padEnd(4)}: ${perRound[tree].map((x) => x.toFixed(0)).join(" ")} CPU µs per ${unit}; ` +
      `median after the first round ${median(perRound[tree].slice(1)).toFixed(0)}\n`,
  );
// The ratio of the two trees within each round (they met the same minutes' load), after the first.
const ratios = perRound.this.slice(1).map((x, r) => x / (perRound.base[r + 1] as number));
process.stdout.write(
  `this ÷ base by round: ${ratios.map((x) => x.toFixed(2)).join(" ")}; median ${median(ratios).toFixed(3)}\n`,
);
// Each stage's CPU µs per file (performance.now reads CPU time, above), median of the rounds after the first.
if (values.what === "analysis") {
  const stages = Object.keys(stageRounds.base[0] ?? {}).filter((k) => k !== "bytes");
  for (const tree of ["base", "this"] as const) {
    const cells = stages.map((k) => {
      const perFile = stageRounds[tree].slice(1).map((t) => ((t[k] ?? 0) * 1000) / files.length);
      return `${k} ${median(perFile).toFixed(0)}`;
    });
    process.stdout.write(`stages ${tree.padEnd(4)}: ${cells.join(", ")} CPU µs per file\n`);
  }
}

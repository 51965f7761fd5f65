// `rasd bench [DIR]`: analysis-only and full-ingest speed, memory, stage shares, growth with
// corpus size, and search latency. Timings live here and in docs/BENCHMARKS.md, never in tests.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type Command, Option } from "commander";
import { type BenchReport, type BenchRun, bench } from "../../bench/index.ts";
import { UsageError } from "../../pipeline/errors.ts";
import { defaultJobs } from "../../pipeline/pool.ts";
import { render } from "../format.ts";
import { REPO_ROOT } from "./eval.ts";
import { jobsOf } from "./ingest.ts";

const DEFAULT_CORPUS = resolve(REPO_ROOT, "..", "shared", "corpora", "ant-bbc-cnn");

function scalesOf(s: string): number[] {
  const scales = s.split(",").map(Number);
  if (scales.length === 0 || scales.some((n) => !Number.isInteger(n) || n < 1 || n > 16))
    throw new UsageError(`--scales must be whole multiples from 1 to 16 separated by commas, got ${s}`);
  return scales;
}

function percent(share: number | undefined): string {
  return `${Math.round((share ?? 0) * 100)}%`;
}

function row(r: BenchRun): Record<string, unknown> {
  const s = r.shares;
  return {
    run: r.name,
    documents: r.documents,
    seconds: r.seconds.toFixed(1),
    "CPU s": r.cpuSeconds.toFixed(1),
    "articles/s": r.articlesPerSecond.toFixed(0),
    "MB/s": r.megabytesPerSecond.toFixed(2),
    "peak RSS MB": r.peakRssMb.toFixed(0),
    "× time": r.timeRatio === undefined ? "" : r.timeRatio.toFixed(2),
    stages: Object.entries(s)
      .map(([k, v]) => `${k} ${percent(v)}`)
      .join(", "),
  };
}

function print(report: BenchReport): void {
  const out = process.stdout;
  const ingesting = report.runs.some((r) => r.timeRatio !== undefined)
    ? `${report.jobs} analysis worker thread(s) while ingesting, `
    : "";
  out.write(`\n${report.corpus}: ${report.files} files, ${ingesting}one per core for analysis only\n\n`);
  out.write(render(report.runs.map(row), Object.keys(row(report.runs[0] as BenchRun)), "table"));
  const n = report.newDatabase;
  if (n)
    out.write(
      `\nnew database: ${n.copySeconds.toFixed(2)} s a directory (a copy of the template, in each full-ingest run)${n.templateSeconds > 0.5 ? `; making the template, once per machine: ${n.templateSeconds.toFixed(1)} s` : ""}\n`,
    );
  const e = report.endToEnd;
  if (e)
    out.write(
      `\nrasd ingest end to end (a new process: node's start, the worker pool's start-up and closing the database included): ${e.documents} documents in ${e.seconds.toFixed(1)} s, ${e.articlesPerSecond.toFixed(0)} articles/s\n`,
    );
  const s = report.search;
  if (s)
    out.write(
      `\nsearch: ${s.queries} queries × ${s.runs / s.queries} over ${s.documents} documents, 20 hits with snippets: p50 ${s.p50Ms.toFixed(1)} ms, p95 ${s.p95Ms.toFixed(1)} ms, max ${s.maxMs.toFixed(1)} ms\n`,
    );
}

export function registerBench(program: Command): void {
  program
    .command("bench")
    .description("measure analysis and ingest speed, memory, growth with corpus size, and search latency")
    .argument("[dir]", "corpus folder (default: ../shared/corpora/ant-bbc-cnn)")
    .addOption(
      new Option("--jobs <n>", "analysis worker threads").default(String(defaultJobs()), "the cores but one"),
    )
    .option("--scales <list>", "corpus multiples for the full-ingest runs", "1,2,4")
    .option("--search-repeats <n>", "times each search query is run", "5")
    .option("--analysis-only", "only the analysis-only run (no ingest, no search)")
    .option("--no-end-to-end", "leave out timing `rasd ingest` of the corpus in a new process")
    .option("--json", "print the report as JSON")
    .action(
      async (
        dir: string | undefined,
        opts: {
          jobs: string;
          scales: string;
          searchRepeats: string;
          analysisOnly?: boolean;
          endToEnd: boolean;
          json?: boolean;
        },
      ) => {
        const corpus = dir ?? DEFAULT_CORPUS;
        if (!existsSync(corpus))
          throw new UsageError(
            dir
              ? `${dir}: no such folder`
              : `no corpus given and ${DEFAULT_CORPUS} is absent; give a folder of articles`,
          );
        const repeats = Number(opts.searchRepeats);
        if (!Number.isInteger(repeats) || repeats < 1)
          throw new UsageError(`--search-repeats must be a positive whole number, got ${opts.searchRepeats}`);
        const report = await bench({
          corpus,
          jobs: jobsOf(opts.jobs),
          scales: scalesOf(opts.scales),
          searchRepeats: repeats,
          analysisOnly: opts.analysisOnly,
          noEndToEnd: !opts.endToEnd,
          // Each run as it ends, so a long bench that is stopped still leaves its figures.
          onRun: (r) =>
            process.stderr.write(
              `rasd bench: ${r.name} done in ${r.seconds.toFixed(1)} s: ${JSON.stringify(r)}\n`,
            ),
        });
        if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        else print(report);
      },
    );
}

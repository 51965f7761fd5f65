// `rasd bench`: how fast Rasd analyses and stores a corpus, how memory and time grow with its
// size (the corpus at 1×, 2×, 4×, copies made on the fly), and how fast search answers.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { listInputs } from "../acquire/index.ts";
import { type AnalysisPool, createPool } from "../pipeline/pool.ts";
import { STAGES } from "../pipeline/run.ts";
import { addTimes, noSourceTimes, type SourceTimes } from "../pipeline/sources.ts";
import { readTsv } from "../pipeline/tsv.ts";
import { closeOpened, type Db, openDb } from "../store/db.ts";
import { ingest, noIngestTimes } from "../store/ingest.ts";
import { searchDocuments } from "../store/queries.ts";

export const QUERIES_FILE = join(dirname(fileURLToPath(import.meta.url)), "queries.tsv");
/** The CLI a user runs, for the end-to-end run. */
const RASD_BIN = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bin", "rasd.js");

export interface BenchOptions {
  corpus: string;
  jobs: number;
  /** Corpus sizes for the full-ingest runs, as multiples of the corpus. */
  scales: number[];
  /** Times each search query is run. */
  searchRepeats: number;
  /** Only the analysis-only run: no ingest, no search. */
  analysisOnly?: boolean;
  /** Leave out the end-to-end run (`rasd ingest` in a new process). */
  noEndToEnd?: boolean;
  /** Told about each finished run, so a long bench shows its progress. */
  onRun?: (run: BenchRun) => void;
}

export interface BenchRun {
  name: string;
  documents: number;
  seconds: number;
  /** CPU time of the process, all threads, in seconds: less sensitive than `seconds` to other load. */
  cpuSeconds: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
  /** Peak resident memory of the process (workers included) so far, in MB. */
  peakRssMb: number;
  /** Each stage's share of the summed stage time, 0–1 (worker threads' times added up). */
  shares: Record<string, number>;
  /** Full ingest only: this run's time over the 1× run's. */
  timeRatio?: number;
}

/**
 * `rasd ingest` of the corpus timed as a user waits for it: a new process, from its start to its exit,
 * into a new directory. Unlike the full-ingest runs it includes node's start, loading the CLI, the
 * worker pool's start-up and closing the database.
 */
export interface EndToEndRun {
  command: string;
  documents: number;
  seconds: number;
  articlesPerSecond: number;
}

export interface SearchLatency {
  queries: number;
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  documents: number;
}

export interface BenchReport {
  corpus: string;
  files: number;
  /** Worker threads of the full-ingest runs (analysis only uses one per core). */
  jobs: number;
  runs: BenchRun[];
  search: SearchLatency | null;
  /**
   * Making a new PGlite directory, before the full-ingest runs: once per machine its template is
   * made (`initdb` and the migrations; `templateSeconds`, 0 when it was there), then each new
   * directory is a copy of it (`copySeconds`, included in every full-ingest run).
   */
  newDatabase: { templateSeconds: number; copySeconds: number } | null;
  /** `rasd ingest` end to end, after the full-ingest runs; null with `analysisOnly` or `noEndToEnd`. */
  endToEnd: EndToEndRun | null;
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function shares<K extends string>(times: Record<K, number>, stages: readonly K[]): Record<string, number> {
  const total = stages.reduce((n, s) => n + times[s], 0);
  return Object.fromEntries(stages.map((s) => [s, total > 0 ? times[s] / total : 0]));
}

/** Wall-clock and CPU time from one moment on. */
function stopwatch(): () => { seconds: number; cpuSeconds: number } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { seconds: (performance.now() - wall) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
  };
}

function run<K extends string>(
  name: string,
  documents: number,
  elapsed: { seconds: number; cpuSeconds: number },
  bytes: number,
  times: Record<K, number>,
  stages: readonly K[],
): BenchRun {
  const { seconds, cpuSeconds } = elapsed;
  return {
    name,
    documents,
    seconds,
    cpuSeconds,
    articlesPerSecond: documents / seconds,
    megabytesPerSecond: bytes / 1e6 / seconds,
    peakRssMb: peakRssMb(),
    shares: shares(times, stages),
  };
}

/** The corpus through the analysis pool only: acquire → … → events, nothing stored. */
async function analysisOnly(pool: AnalysisPool, files: readonly string[]): Promise<BenchRun> {
  const times = noSourceTimes();
  let documents = 0;
  const started = stopwatch();
  const window: Array<Promise<{ items: { kind: string }[]; times: SourceTimes }>> = [];
  const take = async () => {
    const r = await (window.shift() as (typeof window)[number]);
    documents += r.items.filter((i) => i.kind === "document").length;
    addTimes(times, r.times);
  };
  for (const path of files) {
    window.push(pool.analyze({ kind: "file", path }));
    if (window.length >= Math.max(1, pool.jobs) * 16) await take();
  }
  while (window.length > 0) await take();
  return run("analysis only", documents, started(), times.bytes, times, ["acquire", ...STAGES]);
}

/** The corpus `scale` times into a new PGlite directory, its opening included (overlapping the analysis, as in `rasd ingest`). */
async function fullIngest(
  pool: AnalysisPool,
  corpus: string,
  scale: number,
  keep: (db: Db) => Promise<void>,
): Promise<BenchRun> {
  const dir = mkdtempSync(join(tmpdir(), "rasd-bench-"));
  try {
    const times = noIngestTimes();
    const started = stopwatch();
    // Opened as `rasd ingest` opens it: the workers start analysing meanwhile.
    const opening = openDb(join(dir, "db"));
    try {
      const s = await ingest(opening, [corpus], { pool, copies: scale, times });
      const r = run(`full ingest ${scale}×`, s.added + s.unchanged, started(), times.bytes, times, [
        "acquire",
        ...STAGES,
        "store",
      ]);
      await keep(await opening);
      return r;
    } finally {
      await closeOpened(opening);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What `rasd ingest` prints last: `ingested N file(s) into DIR: A added, U already stored, …`. */
const INGEST_SUMMARY = /ingested \d+ file\(s\) into .*: (\d+) added, (\d+) already stored/u;

/** `rasd ingest CORPUS --db NEW --jobs N` in a new node process, timed from its start to its exit. */
async function endToEnd(corpus: string, jobs: number): Promise<EndToEndRun> {
  const dir = mkdtempSync(join(tmpdir(), "rasd-bench-"));
  const args = ["ingest", corpus, "--db", join(dir, "db"), "--jobs", String(jobs), "--no-progress"];
  try {
    const t = performance.now();
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [RASD_BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
      child.on("error", reject);
      child.on("close", (c) => resolve({ code: c, output }));
    });
    const seconds = (performance.now() - t) / 1000;
    const m = INGEST_SUMMARY.exec(output);
    // Exit code 1 with a summary: some inputs were skipped (told on standard error), the rest stored.
    if (!m || (code !== 0 && code !== 1))
      throw new Error(
        `rasd bench: \`rasd ${args.join(" ")}\` failed (exit code ${code}):\n${output.slice(-2000)}`,
      );
    const documents = Number(m[1]) + Number(m[2]);
    return { command: `rasd ${args.join(" ")}`, documents, seconds, articlesPerSecond: documents / seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Two new directories opened and closed: the first makes the template when there is none. */
async function newDatabase(): Promise<{ templateSeconds: number; copySeconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), "rasd-bench-"));
  const open = async (name: string) => {
    const t = performance.now();
    await (await openDb(join(dir, name))).close();
    return (performance.now() - t) / 1000;
  };
  try {
    const first = await open("first");
    const copySeconds = await open("second");
    return { templateSeconds: Math.max(0, first - copySeconds), copySeconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Each query of queries.tsv `repeats` times (after one warm-up pass), 20 hits with snippets. */
export async function searchLatency(db: Db, repeats: number): Promise<SearchLatency> {
  const queries = readTsv(QUERIES_FILE, ["query"]).map((r) => r.query as string);
  for (const query of queries) await searchDocuments(db, { query, limit: 20 });
  const ms: number[] = [];
  for (let i = 0; i < repeats; i++)
    for (const query of queries) {
      const t = performance.now();
      await searchDocuments(db, { query, limit: 20 });
      ms.push(performance.now() - t);
    }
  ms.sort((a, b) => a - b);
  const [c] = await db.query<{ n: string }>("SELECT count(*) AS n FROM documents");
  return {
    queries: queries.length,
    runs: ms.length,
    p50Ms: percentile(ms, 50),
    p95Ms: percentile(ms, 95),
    maxMs: ms.at(-1) ?? 0,
    documents: Number(c?.n),
  };
}

export async function bench(options: BenchOptions): Promise<BenchReport> {
  const files = listInputs(options.corpus);
  const pool = await createPool({ jobs: options.analysisOnly ? 0 : options.jobs });
  const report: BenchReport = {
    corpus: options.corpus,
    files: files.length,
    jobs: pool.jobs,
    runs: [],
    search: null,
    newDatabase: null,
    endToEnd: null,
  };
  const done = (r: BenchRun) => {
    report.runs.push(r);
    options.onRun?.(r);
  };
  try {
    // Nothing else runs during analysis only: one worker per core.
    // Analysis alone: not the rows, search text and signatures the workers make for the store.
    const all = await createPool({ jobs: availableParallelism(), forStore: false });
    try {
      done(await analysisOnly(all, files));
    } finally {
      await all.close();
    }
    if (!options.analysisOnly) report.newDatabase = await newDatabase();
    let base: number | null = null;
    for (const scale of options.analysisOnly ? [] : options.scales) {
      const r = await fullIngest(pool, options.corpus, scale, async (db) => {
        if (scale === options.scales[0]) report.search = await searchLatency(db, options.searchRepeats);
      });
      base ??= r.seconds / scale;
      r.timeRatio = r.seconds / base;
      done(r);
    }
    // Last, with the pool idle: the new process's workers have the cores to themselves.
    if (!options.analysisOnly && !options.noEndToEnd)
      report.endToEnd = await endToEnd(options.corpus, pool.jobs);
  } finally {
    await pool.close();
  }
  return report;
}

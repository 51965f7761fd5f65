// The analysis pool: the per-document stages in worker threads (`--jobs N`); by default one fewer
// than the cores, as the writer (and PGlite in it) keeps the main thread busy. With 0 jobs they
// run in the calling thread. Each source goes to the worker with the fewest sources in flight;
// results come back as promises, so callers keep their own order.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { type AnalyzerOptions, createAnalyzer, type Source, type SourceResult } from "./sources.ts";

export interface PoolOptions extends AnalyzerOptions {
  /** Worker threads; 0 analyses in the calling thread. Default: the cores but one (at least 1). */
  jobs?: number;
}

export interface AnalysisPool {
  /** Worker threads (0: the calling thread analyses). */
  readonly jobs: number;
  analyze(source: Source): Promise<SourceResult>;
  close(): Promise<void>;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Set by bin/bundle.js in the bundle it makes: that bundle's worker entry. */
declare const __RASD_BUNDLED_WORKER__: string | undefined;

/**
 * The bundled worker when the CLI runs as a bundle; else a JavaScript entry that registers tsx,
 * then loads the TypeScript worker (worker-thread.ts).
 */
const WORKER_URL =
  typeof __RASD_BUNDLED_WORKER__ === "string"
    ? new URL(__RASD_BUNDLED_WORKER__)
    : new URL("./worker.js", import.meta.url);

interface Pending {
  resolve(r: SourceResult): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  inFlight: number;
}

export async function createPool(options: PoolOptions = {}): Promise<AnalysisPool> {
  const jobs = Math.max(0, Math.floor(options.jobs ?? defaultJobs()));
  const { jobs: _, ...analyzer } = options;
  if (jobs === 0) {
    const analyze = createAnalyzer(analyzer);
    return { jobs, analyze, close: async () => undefined };
  }
  const pending = new Map<number, Pending & { slot: Slot }>();
  let nextId = 0;
  let failure: Error | null = null;
  const fail = (e: Error) => {
    failure ??= e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  const slots: Slot[] = await Promise.all(
    Array.from({ length: jobs }, () =>
      startWorker(analyzer, fail, (id, result, error) => {
        const p = pending.get(id);
        if (!p) return;
        pending.delete(id);
        p.slot.inFlight--;
        if (error !== undefined) p.reject(new Error(error));
        else p.resolve(result as SourceResult);
      }),
    ),
  );
  return {
    jobs,
    analyze(source) {
      if (failure) return Promise.reject(failure);
      const slot = slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
      const id = nextId++;
      slot.inFlight++;
      return new Promise<SourceResult>((resolve, reject) => {
        pending.set(id, { resolve, reject, slot });
        slot.worker.postMessage({ id, source });
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/**
 * Each worker's young generation, in MB (V8 gives a third to each of its two semi-spaces, so 32 MB
 * each). Analysis makes many short-lived objects per token; with V8's default (16 MB semi-spaces)
 * the scavenger ran more often and promoted more of them: one thread over 2,500 corpus files took
 * 4.73–5.27 CPU s against 4.98–5.58 with the default (docs/BENCHMARKS.md, issue 7's section).
 */
const WORKER_YOUNG_GENERATION_MB = 96;
function startWorker(
  options: AnalyzerOptions,
  fail: (e: Error) => void,
  done: (id: number, result?: SourceResult, error?: string) => void,
): Promise<Slot> {
  const worker = new Worker(WORKER_URL, {
    workerData: options,
    // Not the parent's flags (`--test`, `--cpu-prof` …): the entry registers tsx itself.
    execArgv: [],
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  const slot: Slot = { worker, inFlight: 0 };
  return new Promise((resolve, reject) => {
    worker.on("message", (m: { ready?: true; id: number; result?: SourceResult; error?: string }) => {
      if (m.ready) resolve(slot);
      else done(m.id, m.result, m.error);
    });
    worker.on("error", (e) => {
      reject(e);
      fail(e);
    });
    worker.on("exit", (code) => {
      if (code !== 0) fail(new Error(`an analysis worker stopped (exit code ${code})`));
    });
  });
}

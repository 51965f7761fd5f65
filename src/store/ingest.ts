// Ingest: inputs → analysis pool (worker threads) → one writer that stores documents in small
// batches, in input order. A batch is one transaction of up to `batchSize` documents, committed
// at least every `batchWaitMs`; a document is never half stored, and an interrupted ingest run
// again stores only what is missing (ids are hashes of the text).
import { type AcquireOptions, acquire, listInputs } from "../acquire/index.ts";
import { DEFAULT_DUPLICATES, type DuplicateOptions } from "../link/duplicates.ts";
import { StoredBands } from "../link/stored-bands.ts";
import { createLinker, type Linker } from "../link/index.ts";
import { InputError } from "../pipeline/errors.ts";
import { type AnalysisPool, createPool } from "../pipeline/pool.ts";
import type { Pipeline, PipelineOptions } from "../pipeline/run.ts";
import type { RawDocument } from "../pipeline/types.ts";
import {
  addTimes,
  noSourceTimes,
  type Prepared,
  prepareDocument,
  type Source,
  type SourceResult,
  type SourceTimes,
} from "../pipeline/sources.ts";
import { HTTP_URL } from "../acquire/regexes.ts";
import type { Db } from "./db.ts";
import { databaseProblem, isConnectionLost, isDiskFull } from "./errors.ts";
import { maintainAfterIngest, type StoreItem, storeBatch } from "./queries.ts";
import { buildDeferredIndexes, deferIndexes } from "./reindex.ts";

export interface IngestSummary {
  /** Inputs read: files, URLs, stdin. */
  files: number;
  added: number;
  unchanged: number;
  /** Added documents whose text is a near-duplicate of a stored one. */
  nearDuplicates: number;
  /** Added documents not in Arabic, stored flagged and not analysed. */
  notArabic: number;
  skipped: Array<{ input: string; problem: string }>;
}

/** Told about progress: how many sources there are (when known), and after each source and batch. */
export interface IngestProgress {
  start(sources: number | null): void;
  input(input: string): void;
  update(summary: IngestSummary, sourcesDone: number): void;
}

export interface IngestOptions {
  acquire?: Partial<AcquireOptions>;
  pipeline?: PipelineOptions;
  duplicates?: DuplicateOptions;
  /** The link stage's compiled lexicons, when the caller has them already. */
  link?: Linker;
  /** Analysis worker threads (default: the cores but one); 0 analyses in this thread. */
  jobs?: number;
  /** A pool to use instead of starting one (it is not closed). */
  pool?: AnalysisPool;
  /** Documents per transaction. */
  batchSize?: number;
  /** Longest an analysed document waits before its batch is committed, in milliseconds. */
  batchWaitMs?: number;
  progress?: IngestProgress;
  /** Each file is ingested this many times, copies 2… with altered ids (`rasd bench`). */
  copies?: number;
  /** Adds each stage's time (and `store`'s) here, for `rasd bench`. */
  times?: IngestTimes;
  /**
   * Files listed from which an ingest into a PGlite database without documents builds the
   * secondary indexes of the documents' rows once at the end instead of batch by batch
   * (`deferIndexes`; 1,000).
   */
  searchIndexAfter?: number;
}

export interface IngestTimes extends SourceTimes {
  store: number;
}

export function noIngestTimes(): IngestTimes {
  return { ...noSourceTimes(), store: 0 };
}

export const DEFAULT_BATCH_SIZE = 64;
export const DEFAULT_BATCH_WAIT_MS = 1000;
export const DEFAULT_SEARCH_INDEX_AFTER = 1000;

/** A source's result to come, in input order: `settled` once it has come, `taken` once the writer asked for it. */
interface InFlight {
  result: Promise<SourceResult>;
  settled: boolean;
  taken: boolean;
}

/** A source, or an item read on this thread (stdin, URLs) that needs no analysis of its own. */
type Task = { source: Source } | { result: SourceResult };

/** Local files first listed (so progress knows the total), then stdin and URLs read here. */
async function* tasks(
  inputs: readonly string[],
  options: { acquire: Partial<AcquireOptions>; copies: number },
  onListed: (files: number | null) => void,
): AsyncGenerator<Task> {
  const listed: Array<{ input: string; files: string[] } | { input: string; problem: string }> = [];
  let remote = false;
  for (const input of inputs) {
    if (input === "-" || HTTP_URL.test(input)) {
      remote = true;
      listed.push({ input, files: [] });
      continue;
    }
    try {
      listed.push({ input, files: listInputs(input) });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      listed.push({ input, problem: e.problem });
    }
  }
  const total = listed.reduce((n, l) => n + ("files" in l ? l.files.length : 0), 0) * options.copies;
  onListed(remote ? null : total);
  const only = (item: SourceResult["items"][number]): Task => ({
    result: { items: [item], times: noSourceTimes() },
  });
  for (const l of listed) {
    if ("problem" in l) yield only({ kind: "error", input: l.input, problem: l.problem });
    else if (l.files.length === 0)
      for await (const got of acquire([l.input], options.acquire))
        yield got.kind === "document"
          ? { source: { kind: "raw", input: got.input, doc: got.doc } }
          : only(got);
    else
      for (let copy = 0; copy < options.copies; copy++)
        for (const path of l.files) yield { source: { kind: "file", path, copy } };
  }
}

/** Options a worker thread can receive: no stdin stream. */
export function cloneableAcquire(a: Partial<AcquireOptions>): Partial<AcquireOptions> {
  const { stdin: _, ...rest } = a;
  return rest;
}

function isFatal(e: unknown): boolean {
  return isConnectionLost(e) || isDiskFull(e);
}

function emptySummary(): IngestSummary {
  return { files: 0, added: 0, unchanged: 0, nearDuplicates: 0, notArabic: 0, skipped: [] };
}

/** Analyses and stores one document (`POST /api/documents`): its id, whether it was new, its language. */
export async function ingestRaw(
  db: Db,
  pipeline: Pipeline,
  raw: RawDocument,
  options: { duplicates?: DuplicateOptions; link?: Linker } = {},
): Promise<{ id: string; added: boolean; language: string }> {
  const item = prepareDocument(pipeline, raw.uri ?? "the request", raw);
  if (item.kind === "error") throw new InputError(item.input, item.problem);
  if (item.kind !== "document") throw new InputError(raw.uri ?? "the request", "holds no document");
  const summary = emptySummary();
  const writer = new BatchWriter(db, summary, options);
  await writer.add(item.doc);
  try {
    await writer.flush();
  } catch (e) {
    throw databaseProblem(e, db.location) ?? e;
  }
  const failed = summary.skipped[0];
  if (failed) throw new Error(failed.problem);
  return { id: item.doc.analysis.document.id, added: summary.added === 1, language: item.doc.language };
}

/**
 * Ingests `inputs` into `db`. The database may still be opening (a promise): the workers start
 * analysing meanwhile and the writer waits for it before its first batch, so a new directory's
 * opening (copying the template, starting PGlite) overlaps with analysis instead of preceding it.
 * If it fails to open, that error is thrown once the sources in flight are dropped.
 */
export async function ingest(
  opening: Db | Promise<Db>,
  inputs: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const pending = Promise.resolve(opening);
  pending.catch(() => undefined); // awaited before the first batch; marked handled meanwhile
  const summary = emptySummary();
  const acquireOptions = options.acquire ?? {};
  const pool =
    options.pool ??
    (await createPool({
      jobs: options.jobs,
      pipeline: options.pipeline,
      acquire: cloneableAcquire(acquireOptions),
    }));
  let writer: BatchWriter | null = null;
  const progress = options.progress;
  const window: InFlight[] = [];
  // Who makes a document's store prep (`prepareForStore`): the worker, or the writer when it has
  // time to spare. On two cores the one worker analyses while the writer stores, and the writer
  // waited for it a quarter of its time (docs/BENCHMARKS.md, perf44). So while fewer results than a
  // batch wait for the writer, the sources sent leave their prep to it; with a batch's worth
  // waiting, the writer is the slower one, and the worker makes the prep.
  let waiting = 0;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  // Enough sources in flight that the workers keep busy while the writer stores a batch.
  const maxInFlight = Math.max(1, pool.jobs) * 8 + 2 * batchSize;
  let sourcesDone = 0;

  let deferred = false;
  let listed: number | null = null;
  /** The writer, once the database is open; a first ingest of many files puts indexes off first. */
  const ready = async (): Promise<BatchWriter> => {
    if (writer) return writer;
    const w = new BatchWriter(await pending, summary, options);
    writer = w;
    if ((listed ?? 0) >= (options.searchIndexAfter ?? DEFAULT_SEARCH_INDEX_AFTER))
      deferred = await deferIndexes(w.db);
    // The bands' index is put off too: the near-duplicates' stored parts are kept in memory.
    if (deferred) w.storedBands = await StoredBands.load(w.db);
    return w;
  };

  const consume = async (result: SourceResult) => {
    const writer = await ready();
    if (options.times) addTimes(options.times, result.times);
    for (const item of result.items) {
      if (item.kind === "input") {
        summary.files++;
        progress?.input(item.input);
      } else if (item.kind === "error") summary.skipped.push({ input: item.input, problem: item.problem });
      else await writer.add(item.doc);
    }
    sourcesDone++;
    await writer.flushIfDue();
    progress?.update(summary, sourcesDone);
  };
  /** The next result in input order, stored. */
  const take = async (): Promise<void> => {
    const head = window.shift() as InFlight;
    head.taken = true;
    if (head.settled) waiting--;
    await consume(await head.result);
  };

  try {
    for await (const task of tasks(inputs, { acquire: acquireOptions, copies: options.copies ?? 1 }, (n) => {
      listed = n;
      progress?.start(n);
    })) {
      const p =
        "source" in task
          ? pool.analyze(waiting < batchSize ? { ...task.source, forStore: false } : task.source)
          : Promise.resolve(task.result);
      const entry: InFlight = { result: p, settled: false, taken: false };
      // Awaited in order below; this marks it handled meanwhile, and counts it as waiting.
      const settle = () => {
        entry.settled = true;
        if (!entry.taken) waiting++;
      };
      p.then(settle, settle);
      window.push(entry);
      if (window.length >= maxInFlight) await take();
    }
    while (window.length > 0) await take();
    const open = await ready(); // no source at all: the database is still opened, and checked
    await open.flush();
    const t = performance.now();
    if (deferred) await open.db.transaction((tx) => buildDeferredIndexes(tx));
    deferred = false;
    await maintainAfterIngest(open.db, summary.added);
    if (options.times) options.times.store += performance.now() - t;
    progress?.update(summary, sourcesDone);
  } catch (e) {
    // Stopped by an error: the index is built now if the database still answers (else on next open).
    const stopped = (writer as BatchWriter | null)?.db;
    if (!stopped) throw e; // it did not open: its own error says why
    if (deferred) await stopped.transaction((tx) => buildDeferredIndexes(tx)).catch(() => undefined);
    throw databaseProblem(e, stopped.location) ?? e;
  } finally {
    if (!options.pool) await pool.close();
  }
  return summary;
}

/** Collects analysed documents and stores them a batch at a time, in the order they came. */
class BatchWriter {
  private batch: Array<{ doc: Prepared }> = [];
  private since = 0;
  private readonly size: number;
  private readonly waitMs: number;
  private readonly duplicates: DuplicateOptions;
  private readonly linker: Linker;
  /** The near-duplicate index's stored parts, when this ingest put off the bands' index. */
  storedBands: StoredBands | undefined;

  constructor(
    readonly db: Db,
    private readonly summary: IngestSummary,
    private readonly options: IngestOptions,
  ) {
    this.size = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.waitMs = options.batchWaitMs ?? DEFAULT_BATCH_WAIT_MS;
    this.duplicates = options.duplicates ?? DEFAULT_DUPLICATES;
    this.linker = options.link ?? createLinker();
  }

  async add(doc: Prepared): Promise<void> {
    if (this.batch.length === 0) this.since = Date.now();
    this.batch.push({ doc });
    if (this.batch.length >= this.size) await this.flush();
  }

  async flushIfDue(): Promise<void> {
    if (this.batch.length > 0 && Date.now() - this.since >= this.waitMs) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const entries = this.batch;
    this.batch = [];
    const t = performance.now();
    const items: StoreItem[] = entries.map((entry) => this.storeItem(entry));
    const results = await storeBatch(this.db, items, isFatal);
    if (this.options.times) this.options.times.store += performance.now() - t;
    results.forEach((r, i) => {
      const { doc } = entries[i] as { doc: Prepared };
      if (r.status === "unchanged") this.summary.unchanged++;
      else if (r.status === "failed")
        this.summary.skipped.push({
          input: doc.analysis.document.uri ?? doc.analysis.document.id,
          problem: `could not be stored (${(r.error as Error).message})`,
        });
      else {
        this.summary.added++;
        if (r.near) this.summary.nearDuplicates++;
        if (doc.language !== "ar") this.summary.notArabic++;
      }
    });
  }

  /** The document with what the worker prepared for the store, near-duplicate indexing and linking. */
  private storeItem(entry: { doc: Prepared }): StoreItem {
    const { analysis, language, store } = entry.doc;
    return {
      analysis,
      language,
      prep: store,
      duplicates: this.duplicates,
      link: this.linker,
      storedBands: this.storedBands,
    };
  }
}

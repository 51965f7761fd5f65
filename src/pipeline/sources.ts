// The per-document work of ingest, for one source at a time: acquire (a file, or a document the
// main thread read from stdin or a URL) → clean → arabic → entities → events, plus what the store
// needs precomputed (language; its row as JSON, search text and MinHash signatures:
// `prepareForStore`). Pure of the database, so it runs in a worker thread.
import { type AcquireOptions, acquire } from "../acquire/index.ts";
import { copyOf } from "../bench/copies.ts";
import { prepareForStore, type StorePrep } from "../store/prepare.ts";
import { InputError } from "./errors.ts";
import { createPipeline, type Pipeline, type PipelineOptions, type StageTimes } from "./run.ts";
import type { Analysis, RawDocument } from "./types.ts";

/**
 * What a worker analyses. `forStore: false` leaves the store's prep to the writer, which makes it
 * when absent (default: the analyzer's own `forStore`).
 */
export type Source =
  /** A file to read (a TREC file may hold many documents); `copy` k > 0 alters ids for benchmarks. */
  | { kind: "file"; path: string; copy?: number; forStore?: boolean }
  /** A document already read on the main thread (stdin, URLs, feeds). */
  | { kind: "raw"; input: string; doc: RawDocument; forStore?: boolean };

/** A document ready for `storeBatch`. */
export interface Prepared {
  analysis: Analysis;
  language: string;
  /** Its row, search text and MinHash signatures, made here so the writer only stores them (absent: made there). */
  store?: StorePrep;
}

export type SourceItem =
  | { kind: "input"; input: string }
  | { kind: "error"; input: string; problem: string }
  | { kind: "document"; input: string; doc: Prepared };

/** Time per stage, acquire included, in milliseconds; and the bytes of text analysed. */
export interface SourceTimes extends StageTimes {
  acquire: number;
  bytes: number;
}

export function noSourceTimes(): SourceTimes {
  // A literal, not `{ ...noStageTimes(), … }`: made once per source, too rarely for V8 to optimise
  // this function, and the spread took several µs each time in unoptimised code.
  return { clean: 0, arabic: 0, entities: 0, events: 0, acquire: 0, bytes: 0 };
}

export function addTimes(into: SourceTimes, from: SourceTimes): void {
  for (const k of Object.keys(from) as Array<keyof SourceTimes>) into[k] += from[k];
}

export interface AnalyzerOptions {
  pipeline?: PipelineOptions;
  acquire?: Partial<AcquireOptions>;
  /** Make what the store needs too (`prepareForStore`); false for analysis alone (`rasd bench`). Default true. */
  forStore?: boolean;
}

export interface SourceResult {
  items: SourceItem[];
  times: SourceTimes;
}

/** What is stored for a document that is not Arabic: its text and metadata, no entities or events. */
function unanalysed(a: Analysis): Analysis {
  return { ...a, entities: [], events: [], quotes: [] };
}

/** One document analysed and made ready for the store, or the problem that stops it. */
export function prepareDocument(
  pipeline: Pipeline,
  input: string,
  raw: RawDocument,
  times: SourceTimes = noSourceTimes(),
  forStore = true,
): SourceItem {
  try {
    times.bytes += Buffer.byteLength(raw.text);
    const { analysis, language } = pipeline.analyzeDocument(raw, times);
    if (analysis.document.text.trim() === "")
      return { kind: "error", input: raw.uri ?? input, problem: "holds no article text once cleaned" };
    const stored = language === "ar" ? analysis : unanalysed(analysis);
    return {
      kind: "document",
      input,
      doc: { analysis: stored, language, store: forStore ? prepareForStore(stored, language) : undefined },
    };
  } catch (e) {
    const problem = e instanceof InputError ? e.problem : `could not be analysed (${(e as Error).message})`;
    return { kind: "error", input: raw.uri ?? input, problem };
  }
}

/** Loads the lexicons once; the returned function analyses one source per call. */
export function createAnalyzer(options: AnalyzerOptions = {}): (source: Source) => Promise<SourceResult> {
  const pipeline = createPipeline(options.pipeline);

  return async (source) => {
    const times = noSourceTimes();
    const items: SourceItem[] = [];
    const forStore = (options.forStore ?? true) && source.forStore !== false;
    const prepare = (input: string, raw: RawDocument, times: SourceTimes) =>
      prepareDocument(pipeline, input, raw, times, forStore);
    if (source.kind === "raw") {
      items.push(prepare(source.input, source.doc, times));
      return { items, times };
    }
    let t = performance.now();
    for await (const got of acquire([source.path], options.acquire)) {
      times.acquire += performance.now() - t;
      if (got.kind !== "document") items.push(got);
      else items.push(prepare(got.input, source.copy ? copyOf(got.doc, source.copy) : got.doc, times));
      t = performance.now();
    }
    times.acquire += performance.now() - t;
    return { items, times };
  };
}

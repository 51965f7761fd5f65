// acquire: inputs (paths, directories, `-`, URLs, feeds) → RawDocuments, lazily. Files and
// stdin are streamed: a TREC file, a feed or JSON Lines yields each record as soon as it has
// been read. A problem with one input or one record is yielded, not thrown, so a batch goes on.
import { closeSync, constants, createReadStream, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import iconv from "iconv-lite";
import { InputError } from "../pipeline/errors.ts";
import type { RawDocument } from "../pipeline/types.ts";
import { decodeBytes, detectEncoding, looksBinary } from "./decode.ts";
import { isGzip, listInputs, readProblem, recordsFromBytes, sizeProblem } from "./file.ts";
import {
  type Parsed,
  type RecordReader,
  recordReader,
  STREAMED_FORMATS,
  sniffFormat,
  wholeDocuments,
} from "./formats.ts";
import { HTTP_URL } from "./regexes.ts";
import { formatBytes } from "./split.ts";
import { type FetchOptions, fetchUrl } from "./url.ts";

export { DEFAULT_MAX_BYTES, documentsFromBytes, listInputs, readDocuments } from "./file.ts";

export interface AcquireOptions extends FetchOptions {
  /** Fetch the page each feed item links to and use it instead of the item's summary. */
  follow: boolean;
  /** Standard input, for `-` (tests pass their own). */
  stdin?: AsyncIterable<Uint8Array>;
}

export const DEFAULT_ACQUIRE_OPTIONS: AcquireOptions = {
  maxBytes: 32 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 5,
  allowPrivate: false,
  follow: false,
  userAgent: "Rasd/0.1 (Arabic news event coder; one request per article)",
};

export type Acquired =
  /** An input (a file, a URL, stdin) is about to be read. */
  | { kind: "input"; input: string }
  | { kind: "document"; input: string; doc: RawDocument }
  | { kind: "error"; input: string; problem: string };

/** How many bytes are read before the format and encoding of a stream are decided. */
const HEAD_BYTES = 64 * 1024;

export async function* acquire(
  inputs: readonly string[],
  partial: Partial<AcquireOptions> = {},
): AsyncGenerator<Acquired> {
  const options = { ...DEFAULT_ACQUIRE_OPTIONS, ...partial };
  for (const input of inputs) {
    if (input === "-")
      yield* fromSource(
        input,
        () => capped(options.stdin ?? process.stdin, options.maxBytes, input),
        options,
      );
    else if (HTTP_URL.test(input)) yield* fromUrl(input, options);
    else {
      // A single article file (each source of the analysis pool) is read with one open and no
      // stat of its path: listing it first looked the path up once more per article.
      const whole = smallFile(input, options.maxBytes);
      if (whole && whole.length < HEAD_BYTES && !options.follow && !isGzip(whole)) {
        // Read as recordsFromChunks reads one chunk shorter than its head, without its async
        // generators: fromSource, recordsFromChunks, its `rest` and `oneChunk`, and `emit` for
        // each record cost some 20-30 µs an article in promises and their jobs.
        yield { kind: "input", input };
        yield* wholeRecords(whole, input, options);
        continue;
      }
      if (whole) {
        yield* fromSource(input, () => oneChunk(whole), options);
        continue;
      }
      let files: string[];
      try {
        files = listInputs(input);
      } catch (e) {
        yield problem(input, e);
        continue;
      }
      for (const file of files) yield* fromSource(file, () => fileChunks(file, options.maxBytes), options);
    }
  }
}

function problem(input: string, e: unknown): Acquired {
  if (!(e instanceof InputError)) throw e;
  return { kind: "error", input: e.input ?? input, problem: e.problem };
}

async function* fromSource(
  input: string,
  open: () => AsyncIterable<Uint8Array>,
  options: AcquireOptions,
): AsyncGenerator<Acquired> {
  yield { kind: "input", input };
  try {
    for await (const record of recordsFromChunks(open(), input, options)) yield* emit(record, input, options);
  } catch (e) {
    yield problem(input, e);
  }
}

async function* fromUrl(url: string, options: AcquireOptions): AsyncGenerator<Acquired> {
  yield { kind: "input", input: url };
  try {
    const page = await fetchUrl(url, options);
    const body = (async function* () {
      yield page.body;
    })();
    const hints = { contentType: page.contentType, charset: page.charset };
    for await (const record of recordsFromChunks(body, page.url, options, hints))
      yield* emit(record, url, options);
  } catch (e) {
    yield problem(url, e);
  }
}

async function* emit(record: Parsed, input: string, options: AcquireOptions): AsyncGenerator<Acquired> {
  if (record instanceof InputError) {
    yield problem(input, record);
    return;
  }
  if (options.follow && record.format === "feed-item" && record.meta.url) yield await follow(record, options);
  else yield { kind: "document", input, doc: record };
}

/** The page a feed item links to, with the item's metadata kept as the fallback. */
async function follow(item: RawDocument, options: AcquireOptions): Promise<Acquired> {
  const url = item.meta.url as string;
  try {
    const page = await fetchUrl(url, options);
    const [first] = recordsFromBytes(page.body, page.url, {
      maxBytes: options.maxBytes,
      contentType: page.contentType,
      charset: page.charset,
    });
    if (first === undefined || first instanceof InputError)
      throw first ?? new InputError(url, "the page is empty");
    return {
      kind: "document",
      input: url,
      doc: { ...first, uri: page.url, meta: { ...item.meta, ...first.meta } },
    };
  } catch (e) {
    return problem(url, e);
  }
}

/** A file's bytes in chunks; its size is checked against the cap before anything is read. */
async function* fileChunks(path: string, maxBytes: number): AsyncGenerator<Uint8Array> {
  // Opened once and its size read from the descriptor: `statSync(path)` then `readFileSync(path)`
  // looked the path up twice for every article (a stat, then open, fstat, read, close).
  let whole: Buffer | null = null;
  try {
    const fd = openSync(path, "r");
    try {
      const size = fstatSync(fd).size;
      if (size > maxBytes) throw new InputError(path, sizeProblem(size, maxBytes));
      // A file that fits in the head is read in one call: a stream costs five trips through
      // libuv's thread pool per file, more than reading a 6 kB article (ingest speed).
      if (size <= HEAD_BYTES) whole = readWhole(fd, size);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw readProblem(path, e);
  }
  if (whole) {
    yield whole;
    return;
  }
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: HEAD_BYTES })) yield chunk as Buffer;
  } catch (e) {
    throw readProblem(path, e);
  }
}

/**
 * The bytes of `path` when it is a regular file of some bytes that fit in the head (and the cap);
 * null for anything else (missing, a folder, a pipe, larger, unreadable), which `listInputs` and
 * `fileChunks` then read as before, with their messages.
 */
function smallFile(path: string, maxBytes: number): Buffer | null {
  let fd: number;
  try {
    // Non-blocking, so that opening a named pipe does not wait for a writer (it is no article).
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    const stat = fstatSync(fd);
    const size = stat.size;
    if (!stat.isFile() || size === 0 || size > HEAD_BYTES || size > maxBytes) return null;
    return readWhole(fd, size);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

async function* oneChunk(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** The bytes of an open file of `size` bytes, to its end, as `readFileSync` reads them. */
function readWhole(fd: number, size: number): Buffer {
  // A size of 0 may be a file whose size is not known ahead (/proc): read until the end.
  if (size === 0) return readFileSync(fd);
  const bytes = Buffer.allocUnsafe(size);
  let length = 0;
  while (length < size) {
    const n = readSync(fd, bytes, length, size - length, null);
    if (n === 0) break;
    length += n;
  }
  return length < size ? bytes.subarray(0, length) : bytes;
}

/** Passes chunks on until more than `maxBytes` have come, then stops with a clear problem. */
async function* capped(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
  input: string,
): AsyncGenerator<Uint8Array> {
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > maxBytes)
      throw new InputError(
        input,
        `is larger than the ${formatBytes(maxBytes)} cap; raise it with --max-bytes`,
      );
    yield chunk;
  }
}

async function* gunzipped(chunks: AsyncIterable<Uint8Array>, input: string): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of Readable.from(chunks).pipe(createGunzip())) yield chunk as Buffer;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(input, "is not a valid gzip file; it may be truncated");
  }
}

/** The chunks as one buffer: a file read whole is one chunk, used as it is rather than copied. */
function joined(chunks: Uint8Array[]): Buffer {
  const [only] = chunks;
  return chunks.length === 1 && Buffer.isBuffer(only) ? only : Buffer.concat(chunks);
}

/**
 * What `fromSource(input, () => oneChunk(bytes))` yields after its first item, for fewer bytes than
 * HEAD_BYTES that are not gzip, with no feed item followed: recordsFromChunks' steps for a head that
 * is the whole input, in the same order, each record as `emit` makes it and a problem thrown as
 * `fromSource` turns it.
 */
function* wholeRecords(bytes: Buffer, input: string, options: AcquireOptions): Generator<Acquired> {
  let records: Parsed[];
  let reader: RecordReader | null = null;
  try {
    if (bytes.length === 0) throw new InputError(input, "the file is empty; give a file with article text");
    const encoding = looksBinary(bytes)
      ? null
      : detectEncoding(bytes, { declared: undefined, partial: false });
    const headText = encoding ? iconv.decode(bytes, encoding) : "";
    const format = sniffFormat(headText, input, null);
    if (encoding === null || !STREAMED_FORMATS.has(format)) {
      const { text } = decodeBytes(bytes, input, undefined);
      records = wholeDocuments(text, sniffFormat(text.slice(0, 8192), input, null), input);
    } else {
      reader = recordReader(format, input, options.maxBytes, headText);
      records = reader.push(headText);
    }
  } catch (e) {
    yield problem(input, e);
    return;
  }
  for (const record of records) yield emitted(record, input);
  if (reader === null) return;
  try {
    records = reader.end();
  } catch (e) {
    yield problem(input, e);
    return;
  }
  for (const record of records) yield emitted(record, input);
}

/** `emit`'s item for a record when no feed item is followed. */
function emitted(record: Parsed, input: string): Acquired {
  return record instanceof InputError ? problem(input, record) : { kind: "document", input, doc: record };
}

/** The records of a byte stream: containers record by record, anything else read whole. */
async function* recordsFromChunks(
  chunks: AsyncIterable<Uint8Array>,
  input: string,
  options: AcquireOptions,
  hints: { contentType?: string | null; charset?: string | null } = {},
): AsyncGenerator<Parsed> {
  const it = chunks[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < HEAD_BYTES) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    parts.push(r.value);
    length += r.value.length;
  }
  const head = joined(parts);
  const rest = (async function* () {
    yield head;
    if (done) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  })();
  if (isGzip(head)) {
    const name = input.replace(/\.gz$/iu, "");
    yield* recordsFromChunks(capped(gunzipped(rest, input), options.maxBytes, input), name, options, hints);
    return;
  }
  if (head.length === 0) throw new InputError(input, "the file is empty; give a file with article text");
  const encoding = looksBinary(head)
    ? null
    : detectEncoding(head, { declared: hints.charset, partial: !done });
  const headText = encoding ? iconv.decode(head, encoding) : "";
  const type = hints.contentType ?? null;
  const format = sniffFormat(headText, input, type);
  if (encoding === null || !STREAMED_FORMATS.has(format)) {
    const all: Uint8Array[] = [];
    for await (const chunk of rest) all.push(chunk);
    const { text } = decodeBytes(joined(all), input, hints.charset);
    yield* wholeDocuments(text, sniffFormat(text.slice(0, 8192), input, type), input);
    return;
  }
  const reader = recordReader(format, input, options.maxBytes, headText);
  if (done) {
    // The head is the whole input, and headText already its text.
    yield* reader.push(headText);
    yield* reader.end();
    return;
  }
  const decoder = iconv.getDecoder(encoding);
  for await (const chunk of rest) yield* reader.push(decoder.write(Buffer.from(chunk)));
  yield* reader.push(decoder.end() ?? "");
  yield* reader.end();
}

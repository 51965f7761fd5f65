// What kind of input the bytes hold, and how each kind becomes documents. Containers that hold
// many records (TREC, feeds, JSON Lines) are read by a RecordReader fed piece by piece, so the
// same code serves a whole file read at once and a stream.
import { InputError } from "../pipeline/errors.ts";
import type { RawDocument } from "../pipeline/types.ts";
import { type FeedHeader, feedHeader, feedItemDocument, feedItemTag } from "./feed.ts";
import { jsonArrayDocuments, jsonLineDocument } from "./jsonl.ts";
import {
  FEED_ROOT,
  HTML_START,
  JSON_ARRAY_START,
  JSON_RECORD_START,
  JSONL_FILE,
  TREC_START,
} from "./regexes.ts";
import { ElementSplitter, LineSplitter } from "./split.ts";
import { trecDocument } from "./trec.ts";

export type InputFormat = "text" | "html" | "trec" | "feed" | "jsonl" | "json";

/** Formats read record by record. */
export const STREAMED_FORMATS: ReadonlySet<InputFormat> = new Set(["trec", "feed", "jsonl"]);

/** A document, or the problem with one record of a container (the other records go on). */
export type Parsed = RawDocument | InputError;

/** The format of an input from its first characters, its name and the server's content type. */
export function sniffFormat(head: string, name: string, contentType: string | null = null): InputFormat {
  const start = head.replace(/^\uFEFF/u, "");
  if (TREC_START.test(start)) return "trec";
  const type = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  const xmlish = /^\s*</u.test(start);
  if (xmlish && FEED_ROOT.test(start.slice(0, 4096)) && !HTML_START.test(start)) return "feed";
  if (HTML_START.test(start) || type === "text/html" || type === "application/xhtml+xml") return "html";
  if (JSONL_FILE.test(name) || type === "application/x-ndjson" || type === "application/jsonl")
    return "jsonl";
  if (JSON_ARRAY_START.test(start) && (/\.json(?:\.gz)?$/iu.test(name) || type === "application/json"))
    return "json";
  if (JSON_RECORD_START.test(start) && (/\.json(?:\.gz)?$/iu.test(name) || type === "application/json"))
    return "jsonl";
  return "text";
}

export interface RecordReader {
  push(chunk: string): Parsed[];
  end(): Parsed[];
}

/** A reader for a container; `head` is its first characters (they tell RSS from Atom). */
export function recordReader(format: InputFormat, uri: string, maxChars: number, head: string): RecordReader {
  if (format === "trec") return trecReader(uri, maxChars);
  if (format === "feed") return feedReader(uri, maxChars, feedItemTag(head));
  if (format === "jsonl") return jsonlReader(uri, maxChars);
  throw new Error(`internal error: ${format} is not read record by record`);
}

/** Turns InputErrors thrown by one record into values, so the container goes on. */
function guarded<T>(f: () => T | null): T | InputError | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
}

function trecReader(uri: string, maxChars: number): RecordReader {
  const splitter = new ElementSplitter("DOC", maxChars, uri);
  let count = 0;
  return {
    push: (chunk) =>
      splitter.push(chunk).map((block) => {
        count++;
        return trecDocument(block, uri);
      }),
    end: () => {
      const { truncated } = splitter.end();
      if (truncated) return [new InputError(uri, "ends inside a <DOC> element; the file looks truncated")];
      if (count === 0)
        return [new InputError(uri, "looks like TREC XML but holds no complete <DOC> element")];
      return [];
    },
  };
}

function feedReader(uri: string, maxChars: number, tag: "item" | "entry"): RecordReader {
  const splitter = new ElementSplitter(tag, maxChars, uri);
  let header: FeedHeader | null = null;
  let index = 0;
  return {
    push: (chunk) =>
      splitter.push(chunk).map((block) => {
        header ??= feedHeader(splitter.header ?? "");
        const n = ++index;
        return guarded(() => feedItemDocument(block, header as FeedHeader, uri, n)) as Parsed;
      }),
    end: () => {
      const { truncated } = splitter.end();
      if (truncated)
        return [new InputError(uri, `the feed ends inside item ${index + 1}; it looks truncated`)];
      if (index === 0) return [new InputError(uri, "the feed holds no items")];
      return [];
    },
  };
}

function jsonlReader(uri: string, maxChars: number): RecordReader {
  const splitter = new LineSplitter(maxChars, uri);
  let lineNo = 0;
  const records = (lines: string[]) =>
    lines
      .map((line) => {
        lineNo++;
        const n = lineNo;
        return guarded(() => jsonLineDocument(line, uri, n));
      })
      .filter((r): r is Parsed => r !== null);
  return {
    push: (chunk) => records(splitter.push(chunk)),
    end: () => {
      const out = records(splitter.end());
      if (lineNo === 0) out.push(new InputError(uri, "holds no JSON Lines records"));
      return out;
    },
  };
}

/** The documents of an input read whole: one page or text, or a JSON array. */
export function wholeDocuments(text: string, format: InputFormat, uri: string): Parsed[] {
  if (text.trim() === "")
    return [new InputError(uri, "the file holds only whitespace; give a file with article text")];
  if (format === "json") return jsonArrayDocuments(text, uri);
  if (format === "html") return [{ uri, format: "html", text, meta: {} }];
  return [{ uri, format: "text", text, meta: {} }];
}

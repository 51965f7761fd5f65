// Files and directories: listing article files, and reading one file whole (rasd eval and
// tests read this way; `acquire` streams instead).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { InputError } from "../pipeline/errors.ts";
import type { RawDocument } from "../pipeline/types.ts";
import { decodeBytes } from "./decode.ts";
import { type Parsed, recordReader, STREAMED_FORMATS, sniffFormat, wholeDocuments } from "./formats.ts";
import { ARTICLE_FILE } from "./regexes.ts";
import { formatBytes } from "./split.ts";

/** Largest input read, in bytes, unless --max-bytes says otherwise. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** Every article file under a path: the file itself, or a directory's files recursively, sorted. */
export function listInputs(path: string): string[] {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError(path, "no such file or directory; check the path");
  }
  if (stat.isFile()) return [path];
  if (!stat.isDirectory()) throw new InputError(path, "not a regular file or directory");
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && ARTICLE_FILE.test(entry.name)) out.push(p);
    }
  };
  walk(path);
  if (out.length === 0)
    throw new InputError(
      path,
      "the directory holds no article files (.txt, .xml, .html, .rss, .atom, .json, .jsonl, or .gz of them)",
    );
  return out;
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function sizeProblem(size: number, maxBytes: number): string {
  return `is ${formatBytes(size)}, above the ${formatBytes(maxBytes)} cap; raise it with --max-bytes or split the input`;
}

/**
 * Every record of bytes read whole from `uri`: documents, and the problems of single records.
 * Throws an InputError when the input as a whole is unusable.
 */
export function recordsFromBytes(
  bytes: Uint8Array,
  uri: string,
  options: { maxBytes?: number; contentType?: string | null; charset?: string | null } = {},
): Parsed[] {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (isGzip(bytes)) {
    let inflated: Buffer;
    try {
      inflated = gunzipSync(bytes, { maxOutputLength: maxBytes });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ERR_BUFFER_TOO_LARGE")
        throw new InputError(
          uri,
          `unpacks to more than the ${formatBytes(maxBytes)} cap; raise it with --max-bytes`,
        );
      throw new InputError(uri, "is not a valid gzip file; it may be truncated");
    }
    return recordsFromBytes(inflated, uri.replace(/\.gz$/iu, ""), options);
  }
  if (bytes.length > maxBytes) throw new InputError(uri, sizeProblem(bytes.length, maxBytes));
  const { text } = decodeBytes(bytes, uri, options.charset);
  const format = sniffFormat(text.slice(0, 8192), uri, options.contentType ?? null);
  if (!STREAMED_FORMATS.has(format)) return wholeDocuments(text, format, uri);
  const reader = recordReader(format, uri, maxBytes, text.slice(0, 8192));
  return [...reader.push(text), ...reader.end()];
}

/** The documents in bytes read from `uri`; the first problem is thrown when there are none. */
export function documentsFromBytes(
  bytes: Uint8Array,
  uri: string,
  options: { maxBytes?: number } = {},
): RawDocument[] {
  const records = recordsFromBytes(bytes, uri, options);
  const docs = records.filter((r): r is RawDocument => !(r instanceof InputError));
  const problem = records.find((r): r is InputError => r instanceof InputError);
  if (docs.length === 0 && problem) throw problem;
  return docs;
}

export function readProblem(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new InputError(path, "no such file; check the path");
  if (code === "EISDIR")
    return new InputError(path, "is a directory; pass it to `rasd ingest`, which reads folders");
  if (code === "EACCES") return new InputError(path, "permission denied; check the file's permissions");
  return new InputError(path, `cannot be read (${code ?? "unknown error"})`);
}

/** Reads one file whole into documents (the size cap is checked before reading). */
export function readDocuments(path: string, options: { maxBytes?: number } = {}): RawDocument[] {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > maxBytes) throw new InputError(path, sizeProblem(size, maxBytes));
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw readProblem(path, e);
  }
  return documentsFromBytes(bytes, path, { maxBytes });
}

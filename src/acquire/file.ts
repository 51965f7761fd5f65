// Files, directories and stdin to RawDocuments.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../pipeline/errors.ts";
import type { RawDocument } from "../pipeline/types.ts";
import { decodeText } from "./decode.ts";
import { isTrec, parseTrec } from "./trec.ts";

/** File names taken from a directory; others (images, archives) are passed over. */
const ARTICLE_FILE = /\.(txt|text|xml|trec|md)$/iu;

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
    throw new InputError(path, "the directory holds no article files (.txt, .xml, .trec)");
  return out;
}

/** Decodes bytes read from `uri` into documents (a TREC file may hold several). */
export function documentsFromBytes(bytes: Uint8Array, uri: string): RawDocument[] {
  const text = decodeText(bytes, uri);
  if (text.trim() === "")
    throw new InputError(uri, "the file holds only whitespace; give a file with article text");
  if (isTrec(text)) {
    const docs = parseTrec(text, uri);
    if (docs.length === 0)
      throw new InputError(uri, "looks like TREC XML but holds no complete <DOC> element");
    return docs;
  }
  return [{ uri, format: "text", text, meta: {} }];
}

export function readDocuments(path: string): RawDocument[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(path, "no such file; check the path");
    if (code === "EISDIR")
      throw new InputError(path, "is a directory; pass it to `rasd ingest`, which reads folders");
    if (code === "EACCES") throw new InputError(path, "permission denied; check the file's permissions");
    throw new InputError(path, `cannot be read (${code ?? "unknown error"})`);
  }
  return documentsFromBytes(bytes, path);
}

// JSON exports: JSON Lines (one `{text, title, url, published, outlet}` object per line) or a
// JSON array of such objects. A record may carry `html` instead of `text`.
import { InputError } from "../pipeline/errors.ts";
import type { RawDocument, RawMeta } from "../pipeline/types.ts";

/** Record fields copied into RawMeta as they are (strings only). */
const STRING_FIELDS = ["title", "published", "outlet", "url", "lang"] as const;

/** Names exports commonly use for the same fields. */
const ALIASES: Record<string, (typeof STRING_FIELDS)[number]> = {
  headline: "title",
  date: "published",
  datePublished: "published",
  published_at: "published",
  source: "outlet",
  link: "url",
  language: "lang",
};

/** The document of one parsed record; `where` names it in messages (`file.jsonl line 3`). */
export function jsonRecordDocument(value: unknown, where: string): RawDocument {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(
      where,
      "is not a JSON object; each record must be {text, title, url, published, outlet}",
    );
  }
  const record = value as Record<string, unknown>;
  const meta: RawMeta = {};
  for (const [key, v] of Object.entries(record)) {
    const field = (STRING_FIELDS as readonly string[]).includes(key) ? (key as keyof RawMeta) : ALIASES[key];
    if (field && field !== "keywords" && typeof v === "string" && v.trim() !== "") meta[field] = v.trim();
  }
  if (Array.isArray(record.keywords)) {
    const keywords = record.keywords.filter((k): k is string => typeof k === "string" && k.trim() !== "");
    if (keywords.length > 0) meta.keywords = keywords;
  }
  const html = typeof record.html === "string" ? record.html : null;
  const text =
    typeof record.text === "string" ? record.text : typeof record.body === "string" ? record.body : null;
  if ((text ?? html ?? "").trim() === "") {
    throw new InputError(where, "has no `text` (or `html`) field with article text");
  }
  return {
    uri: meta.url ?? where,
    format: html !== null && text === null ? "html" : "jsonl",
    text: (text ?? html) as string,
    meta,
  };
}

/** One JSON Lines line; blank lines give null. */
export function jsonLineDocument(line: string, uri: string, lineNo: number): RawDocument | null {
  if (line.trim() === "") return null;
  const where = `${uri} line ${lineNo}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new InputError(where, `is not valid JSON (${(e as Error).message})`);
  }
  return jsonRecordDocument(value, where);
}

/** Every record of a JSON array of records, in order. */
export function jsonArrayDocuments(text: string, uri: string): Array<RawDocument | InputError> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError(uri, `is not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(value)) throw new InputError(uri, "is JSON but not an array of article records");
  return value.map((v, i) => {
    try {
      return jsonRecordDocument(v, `${uri} record ${i + 1}`);
    } catch (e) {
      if (e instanceof InputError) return e;
      throw e;
    }
  });
}

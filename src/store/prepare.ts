// What the writer needs of a document that depends on the document alone: its row as JSON (UTF-8) and
// its three large columns apart (the text, the stored analysis, the full-text index's lexemes as a
// tsvector literal; UTF-8 each), and its MinHash signatures and band hashes. Made by
// `prepareForStore` in the analysis worker threads while the writer is the slower side; the writer
// makes it on the spot for a document that comes without it (ingest leaves it to the writer while
// the writer waits for the workers; tests, the API).
import {
  bandHashes,
  keyWords,
  MINHASH,
  type MinHashOptions,
  signature,
  wordShingles,
} from "../link/duplicates.ts";
import { keyOf } from "../arabic/normalize.ts";
import { storySignatureOfWords } from "../link/stories.ts";
import type { Analysis } from "../pipeline/types.ts";
import { bytesArray } from "./binary-params.ts";
import { searchVector } from "./search-terms.ts";

export interface StorePrep {
  /**
   * The document's small columns and its child rows as one JSON object (`INSERT_DOCUMENTS`),
   * already encoded as UTF-8: the writer joins the bytes and sends them as they are
   * (`documentParams`), so it never walks or encodes the strings itself.
   */
  row: Uint8Array;
  /**
   * The three large columns, UTF-8 each, sent as elements of binary `text[]`/`json[]` parameters
   * beside the rows' JSON (`documentParams`): inside it, the database lexed them with the whole
   * batch's JSON, unescaped the text and lexemes, and validated the analysis a second time.
   */
  text: Uint8Array;
  /** The analysis as the `analysis` column keeps it (`storedAnalysis`), as JSON. */
  analysis: Uint8Array;
  /** The full-text index of the title and text, a tsvector literal (`searchIndex`). */
  search: Uint8Array;
  /** MinHash signature of each part (main text, then appended articles); empty for a part without words. */
  signatures: number[][];
  /** Band hashes of each signature. */
  bands: number[][];
  /** The settings the signatures were made with. */
  minhash: MinHashOptions;
  /** The link stage's word signature of the text, for stories (`storySignature`). */
  storySignature: number[];
}

/** The full-text index of a document: its title and body as a tsvector literal (`searchVector`). */
export function searchIndex(a: Analysis): string {
  return searchVector(`${a.document.title ?? ""}\n${a.document.text}`);
}

/** Distinct countries of an event's parties. */
function countries(ps: readonly { country: string | null }[]): string[] {
  return [...new Set(ps.map((p) => p.country).filter((c): c is string => c !== null))];
}

/**
 * The analysis as the `analysis` column keeps it: without `document.text`, which is the `text`
 * column already (`withText` puts it back on read).
 */
function storedAnalysis(
  a: Analysis,
): Omit<Analysis, "document"> & { document: Omit<Analysis["document"], "text"> } {
  const { text: _, ...document } = a.document;
  return { ...a, document };
}

/** An analysis read from the `analysis` column, with its text from the `text` column. */
export function withText(stored: Analysis, text: string): Analysis {
  return { ...stored, document: { ...stored.document, text } };
}

/**
 * A document's row and child rows as one JSON object, unpacked by json_to_recordset: every column
 * but the three large ones, which go apart (`StorePrep.text`, `.analysis`, `.search`).
 */
export function documentRow(a: Analysis, language: string | null): string {
  const d = a.document;
  return JSON.stringify({
    id: d.id,
    uri: d.uri,
    title: d.title,
    published: d.published,
    outlet: d.outlet,
    cited: d.cited,
    keywords: d.keywords,
    appended: d.appended,
    language,
    entities: a.entities.map((e) => ({
      local_id: e.id,
      type: e.type,
      name: e.name,
      name_key: keyOf(e.name),
      name_en: e.name_en,
      country: e.country,
      sector: e.sector,
      role: e.role,
    })),
    mentions: a.entities.flatMap((e) =>
      e.mentions.map((m) => ({ entity_id: e.id, start_at: m.start, end_at: m.end, text: m.text })),
    ),
    events: a.events.map((e) => ({
      local_id: e.id,
      type: e.type,
      mode: e.mode,
      actor_countries: countries(e.actor),
      recipient_countries: countries(e.recipient),
      date: e.date,
      negated: e.negated,
      modality: e.modality,
      evidence: e.evidence.text,
      record: e,
    })),
    quotes: a.quotes.map((q, n) => ({
      n,
      speaker: q.speaker,
      text: q.text,
      start_at: q.start,
      end_at: q.end,
    })),
  });
}

const UTF8 = new TextEncoder();

/**
 * The parameters of `INSERT_DOCUMENTS` for several documents, in order: their rows as one JSON
 * array (`documentRows`), then their texts (`text[]`), analyses (`json[]`) and lexemes (`text[]`),
 * each a binary array of the worker's UTF-8.
 */
export function documentParams(
  preps: readonly Pick<StorePrep, "row" | "text" | "analysis" | "search">[],
): Uint8Array[] {
  return [
    documentRows(preps.map((p) => p.row)),
    bytesArray(
      preps.map((p) => p.text),
      "text",
    ),
    bytesArray(
      preps.map((p) => p.analysis),
      "json",
    ),
    bytesArray(
      preps.map((p) => p.search),
      "text",
    ),
  ];
}

/** The JSON array of several documents' rows (`StorePrep.row`), as UTF-8: `[row,row,…]`. */
export function documentRows(rows: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(rows.reduce((n, r) => n + r.length + 1, 1));
  out[0] = 0x5b; // [
  let at = 1;
  rows.forEach((r, i) => {
    if (i > 0) out[at++] = 0x2c; // ,
    out.set(r, at);
    at += r.length;
  });
  out[at] = 0x5d; // ]
  return out;
}

/** MinHash signatures and band hashes of a document's parts: its text, then its appended articles. */
export function minhashParts(
  parts: readonly string[],
  options: MinHashOptions = MINHASH,
): { signatures: number[][]; bands: number[][] } {
  return minhashPartWords(parts.map(keyWords), options);
}

/** `minhashParts` of the parts' `keyWords`. */
function minhashPartWords(
  parts: readonly (readonly string[])[],
  options: MinHashOptions,
): { signatures: number[][]; bands: number[][] } {
  const signatures = parts.map((words) => signature(wordShingles(words, options.shingleSize), options));
  return { signatures, bands: signatures.map((s) => (s.length === 0 ? [] : bandHashes(s, options))) };
}

/** Everything the writer needs of one document that the document alone decides. */
export function prepareForStore(
  a: Analysis,
  language: string | null,
  minhash: MinHashOptions = MINHASH,
): StorePrep {
  // The main text's words are read once, for its MinHash shingles and for its story signature.
  const words = keyWords(a.document.text);
  const parts = [words, ...a.document.appended.map((x) => keyWords(x.text))];
  return {
    row: UTF8.encode(documentRow(a, language)),
    text: UTF8.encode(a.document.text),
    analysis: UTF8.encode(JSON.stringify(storedAnalysis(a))),
    search: UTF8.encode(searchIndex(a)),
    ...minhashPartWords(parts, minhash),
    minhash,
    storySignature: storySignatureOfWords(words),
  };
}

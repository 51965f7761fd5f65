// Near-duplicate documents: MinHash signatures over word shingles, and LSH banding so that a new
// document meets only the stored documents that share a band with it. The band hashes live in the
// database (minhash_bands), so ingest stays incremental and the work per document is constant:
// time grows linearly with the corpus. Appended articles are indexed as parts of their document,
// so an article ingested on its own is recognised as the one appended to another page.
import { keyOf } from "../arabic/normalize.ts";
import type { Queryable } from "../store/db.ts";

export interface MinHashOptions {
  /** Words per shingle. */
  shingleSize: number;
  /** Hash functions in a signature; bands × rows. */
  permutations: number;
  bands: number;
  seed: number;
}

/** Fixed for a database: stored band hashes are only comparable under the same settings. */
export const MINHASH: MinHashOptions = { shingleSize: 3, permutations: 128, bands: 32, seed: 0x52617364 };

export interface DuplicateOptions {
  /** Estimated Jaccard similarity from which a document is a near-duplicate. */
  threshold: number;
  /** Most candidates compared for one part; a bucket shared by thousands is boilerplate. */
  maxCandidates: number;
  minhash: MinHashOptions;
}

export const DEFAULT_DUPLICATES: DuplicateOptions = { threshold: 0.8, maxCandidates: 200, minhash: MINHASH };

/** A word of the matching key text: letters and digits (`الصين`, `2024`). */
const KEY_WORD = /[\p{L}\p{N}]+/gu;

/** 32-bit FNV-1a of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finalizer: a fast, well-mixed permutation of 32-bit integers. */
function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One seed per hash function, from splitmix32 so they are spread and reproducible. */
function seeds(options: MinHashOptions): Uint32Array {
  const out = new Uint32Array(options.permutations);
  let state = options.seed >>> 0;
  for (let i = 0; i < out.length; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    out[i] = fmix32(state);
  }
  return out;
}

/** Hashes of the word shingles of `text`, on matching keys (alef, ى/ي, ة/ه, harakat folded). */
export function shingles(text: string, size: number): Set<number> {
  const words = keyOf(text).match(KEY_WORD) ?? [];
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length < size) out.add(fnv1a(words.join(" ")));
  for (let i = 0; i + size <= words.length; i++) out.add(fnv1a(words.slice(i, i + size).join(" ")));
  return out;
}

/** The MinHash signature of a shingle set (empty for an empty set). */
export function signature(hashes: ReadonlySet<number>, options: MinHashOptions = MINHASH): number[] {
  if (hashes.size === 0) return [];
  const s = seeds(options);
  const mins = new Uint32Array(options.permutations).fill(0xffffffff);
  for (const h of hashes) {
    for (let i = 0; i < s.length; i++) {
      const v = fmix32((h ^ (s[i] as number)) >>> 0);
      if (v < (mins[i] as number)) mins[i] = v;
    }
  }
  // Stored as PostgreSQL integers, which are signed.
  return Array.from(mins, (v) => v | 0);
}

/** One hash per band of rows, as signed 32-bit integers. */
export function bandHashes(sig: readonly number[], options: MinHashOptions = MINHASH): number[] {
  const rows = options.permutations / options.bands;
  const out: number[] = [];
  for (let b = 0; b < options.bands; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) {
      h ^= sig[b * rows + r] as number;
      h = fmix32(Math.imul(h, 0x01000193) >>> 0);
    }
    out.push(h | 0);
  }
  return out;
}

/** Estimated Jaccard similarity: the share of signature positions that agree. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Exact Jaccard similarity of two shingle sets (for tests and calibration). */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

export interface DuplicateMatch {
  part: number;
  duplicateOf: string;
  duplicatePart: number;
  similarity: number;
}

async function candidates(
  tx: Queryable,
  id: string,
  bands: readonly number[],
  options: DuplicateOptions,
): Promise<Array<{ document_id: string; part: number; signature: number[] }>> {
  return tx.query(
    `SELECT s.document_id, s.part, s.signature
       FROM minhash_signatures s
       JOIN (SELECT DISTINCT b.document_id, b.part
               FROM minhash_bands b
               JOIN unnest($1::smallint[], $2::integer[]) AS q(band, hash) ON b.band = q.band AND b.hash = q.hash
              WHERE b.document_id <> $3
              LIMIT $4) c ON c.document_id = s.document_id AND c.part = s.part`,
    [bands.map((_, i) => i), bands, id, options.maxCandidates],
  );
}

/**
 * Indexes a stored document's parts (its text, then its appended articles) and records, for each
 * part, the most similar stored part at or above the threshold. The main text's match is also
 * written to documents.duplicate_of. Runs inside the document's own transaction.
 */
export async function recordDuplicates(
  tx: Queryable,
  id: string,
  parts: readonly string[],
  options: DuplicateOptions = DEFAULT_DUPLICATES,
): Promise<DuplicateMatch[]> {
  const matches: DuplicateMatch[] = [];
  for (const [part, text] of parts.entries()) {
    const sig = signature(shingles(text, options.minhash.shingleSize), options.minhash);
    if (sig.length === 0) continue;
    const bands = bandHashes(sig, options.minhash);
    let best: DuplicateMatch | null = null;
    for (const c of await candidates(tx, id, bands, options)) {
      const s = similarity(sig, c.signature.map(Number));
      if (s >= options.threshold && (best === null || s > best.similarity))
        best = { part, duplicateOf: c.document_id, duplicatePart: Number(c.part), similarity: s };
    }
    await tx.query(`INSERT INTO minhash_signatures (document_id, part, signature) VALUES ($1, $2, $3)`, [
      id,
      part,
      sig,
    ]);
    await tx.query(
      `INSERT INTO minhash_bands (band, hash, document_id, part)
       SELECT q.band, q.hash, $3, $4 FROM unnest($1::smallint[], $2::integer[]) AS q(band, hash)
       ON CONFLICT DO NOTHING`,
      [bands.map((_, i) => i), bands, id, part],
    );
    if (best === null) continue;
    matches.push(best);
    await tx.query(
      `INSERT INTO near_duplicates (document_id, part, duplicate_of, duplicate_part, similarity) VALUES ($1, $2, $3, $4, $5)`,
      [id, part, best.duplicateOf, best.duplicatePart, best.similarity],
    );
    if (part === 0) {
      // Point at the first stored copy, so chains of copies share one original.
      await tx.query(
        `UPDATE documents d
            SET duplicate_of = CASE WHEN $3::smallint = 0 THEN coalesce(o.duplicate_of, o.id) ELSE o.id END,
                duplicate_part = CASE WHEN $3::smallint = 0 AND o.duplicate_of IS NOT NULL THEN o.duplicate_part ELSE $3::smallint END,
                duplicate_similarity = $4
           FROM documents o
          WHERE d.id = $1 AND o.id = $2`,
        [id, best.duplicateOf, best.duplicatePart, best.similarity],
      );
    }
  }
  return matches;
}

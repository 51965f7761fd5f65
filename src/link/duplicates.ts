// Near-duplicate documents: each part's MinHash signature (minhash.ts) is indexed under its LSH band
// hashes, so a new document meets only the stored documents that share a band with it, and the most
// similar earlier part at or above the threshold is recorded. The band hashes live in the database
// (minhash_signatures.bands, one integer[] a part under a GIN index; the SQL is in duplicate-rows.ts),
// so ingest stays incremental and the work per document is constant: time grows linearly with the
// corpus. Appended articles are indexed as parts of their document, so an article ingested on its
// own is recognised as the one appended to another page.
import type { Queryable } from "../store/db.ts";
import { candidates, type Candidate, writeDuplicates } from "./duplicate-rows.ts";
import { bandHashes, MINHASH, type MinHashOptions, shingles, signature, similarity } from "./minhash.ts";
import { bandKey, type StoredBands } from "./stored-bands.ts";

// The store imports the MinHash from here.
export {
  bandHashes,
  keyWords,
  MINHASH,
  type MinHashOptions,
  sameMinHash,
  signature,
  wordShingles,
} from "./minhash.ts";

export interface DuplicateOptions {
  /** Estimated Jaccard similarity from which a document is a near-duplicate. */
  threshold: number;
  /** Most candidates compared for one part; a bucket shared by thousands is boilerplate. */
  maxCandidates: number;
  minhash: MinHashOptions;
}

export const DEFAULT_DUPLICATES: DuplicateOptions = { threshold: 0.8, maxCandidates: 200, minhash: MINHASH };

export interface DuplicateMatch {
  part: number;
  duplicateOf: string;
  duplicatePart: number;
  similarity: number;
}

/** One document to index: its id and the signatures and band hashes of its parts (`minhashParts`). */
export interface DuplicateInput {
  id: string;
  signatures: readonly (readonly number[])[];
  bands: readonly (readonly number[])[];
}

/**
 * Indexes stored documents' parts (their text, then their appended articles) and records, for each
 * part, the most similar part stored before it at or above the threshold; the main text's match is
 * also written to documents.duplicate_of. The documents are taken as stored one after the other in
 * the order given (a document meets the ones before it in the list as well as those in the
 * database), inside the caller's transaction: one read and one write for the whole list. With
 * `memory` (the stored parts held by an ingest that is the database's only writer) the stored
 * parts are looked up there instead of read, and this transaction's parts are staged in it: the
 * caller commits or discards them with the transaction.
 */
export async function indexDuplicates(
  tx: Queryable,
  docs: readonly DuplicateInput[],
  options: DuplicateOptions = DEFAULT_DUPLICATES,
  memory?: StoredBands,
): Promise<DuplicateMatch[][]> {
  const queries = docs.flatMap((d, doc) =>
    d.signatures.map((sig, part) => ({ doc, part, sig, bands: d.bands[part] ?? [] })),
  );
  const stored = memory
    ? memory.candidates(queries, options.maxCandidates)
    : await candidates(tx, queries, options);
  const byQuery = new Map<number, Candidate[]>();
  for (const c of stored) {
    const list = byQuery.get(c.query) ?? [];
    list.push(c);
    byQuery.set(c.query, list);
  }
  // Parts of the documents before in the list, by band and hash: what the database would hold by now.
  // Keyed by one number (band × 2³² + the hash as unsigned), each part one object in all its bands'
  // lists (so `seen` holds the objects): no string made per band and look-up (the writer's thread).
  const earlier = new Map<number, Array<{ doc: number; part: number; sig: readonly number[] }>>();
  const matches: DuplicateMatch[][] = docs.map(() => []);
  // A document's parts are consecutive in `queries`, from first[doc] on.
  const first: number[] = [];
  for (let i = queries.length - 1; i >= 0; i--) first[(queries[i] as (typeof queries)[number]).doc] = i;
  for (const [doc, d] of docs.entries()) {
    const from = first[doc] ?? queries.length;
    const to = from + d.signatures.length;
    for (let i = from; i < to; i++) {
      const x = queries[i] as (typeof queries)[number];
      if (x.sig.length === 0) continue;
      let best: DuplicateMatch | null = null;
      const consider = (duplicateOf: string, duplicatePart: number, sig: readonly number[]) => {
        const s = similarity(x.sig, sig);
        if (s >= options.threshold && (best === null || s > best.similarity))
          best = { part: x.part, duplicateOf, duplicatePart, similarity: s };
      };
      for (const c of byQuery.get(i) ?? [])
        if (c.document_id !== d.id) consider(c.document_id, c.part, c.signature);
      const seen = new Set<object>();
      for (const [b, h] of x.bands.entries())
        for (const e of earlier.get(bandKey(b, h)) ?? []) {
          if (seen.has(e)) continue;
          seen.add(e);
          consider((docs[e.doc] as DuplicateInput).id, e.part, e.sig);
        }
      if (best !== null) (matches[doc] as DuplicateMatch[]).push(best);
    }
    for (let i = from; i < to; i++) {
      const x = queries[i] as (typeof queries)[number];
      const entry = { doc, part: x.part, sig: x.sig };
      for (const [b, h] of x.bands.entries()) {
        const key = bandKey(b, h);
        const list = earlier.get(key);
        if (list) list.push(entry);
        else earlier.set(key, [entry]);
      }
    }
  }
  await writeDuplicates(tx, docs, matches);
  memory?.stage(docs);
  return matches;
}

/**
 * Indexes one stored document's parts (its text, then its appended articles) and records, for each
 * part, the most similar stored part at or above the threshold (`indexDuplicates` for one document).
 */
export async function recordDuplicates(
  tx: Queryable,
  id: string,
  parts: readonly string[],
  options: DuplicateOptions = DEFAULT_DUPLICATES,
): Promise<DuplicateMatch[]> {
  const signatures = parts.map((text) =>
    signature(shingles(text, options.minhash.shingleSize), options.minhash),
  );
  const bands = signatures.map((sig) => (sig.length === 0 ? [] : bandHashes(sig, options.minhash)));
  const [matches] = await indexDuplicates(tx, [{ id, signatures, bands }], options);
  return matches ?? [];
}

// The near-duplicate index's SQL: stored parts that share a band with parts being indexed, and the
// writes of signatures, matches and documents.duplicate_of.
import type { Queryable } from "../store/db.ts";
import type { DuplicateInput, DuplicateMatch, DuplicateOptions } from "./duplicates.ts";

/** A stored part that shares a band hash with a part being indexed. */
export interface Candidate {
  /** Which part being indexed it was found for (its place in the flattened list). */
  query: number;
  document_id: string;
  part: number;
  signature: number[];
}

/**
 * Stored parts that share a band with any of the given parts, at most `maxCandidates` per part:
 * one query for a whole batch of documents. The GIN index on `bands` finds the parts sharing any
 * hash (`&&`); of those, only parts sharing a hash at the same band are candidates.
 */
export async function candidates(
  tx: Queryable,
  queries: ReadonlyArray<{ bands: readonly number[] }>,
  options: DuplicateOptions,
): Promise<Candidate[]> {
  const asked = queries.flatMap((x, i) => (x.bands.length === 0 ? [] : [{ i, bands: x.bands }]));
  if (asked.length === 0) return [];
  const rows = await tx.query<Candidate>(
    `WITH c AS (
       SELECT q.i, s.document_id, s.part, s.signature, row_number() OVER (PARTITION BY q.i) AS n
         FROM json_to_recordset($1::json) AS q(i integer, bands integer[])
         JOIN minhash_signatures s ON s.bands && q.bands
        WHERE EXISTS (SELECT 1 FROM unnest(s.bands, q.bands) AS u(stored, asked) WHERE u.stored = u.asked))
     SELECT c.i AS query, c.document_id, c.part, c.signature FROM c WHERE c.n <= $2`,
    [JSON.stringify(asked), options.maxCandidates],
  );
  return rows.map((r) => ({
    ...r,
    query: Number(r.query),
    part: Number(r.part),
    signature: r.signature.map(Number),
  }));
}

/** The signatures and band hashes of the documents' parts (one row a part), and their matches, in one statement; then duplicate_of. */
export async function writeDuplicates(
  tx: Queryable,
  docs: readonly DuplicateInput[],
  matches: readonly DuplicateMatch[][],
): Promise<void> {
  const sigs: Array<{
    document_id: string;
    part: number;
    signature: readonly number[];
    bands: readonly number[];
  }> = [];
  for (const d of docs)
    d.signatures.forEach((sig, part) => {
      if (sig.length === 0) return;
      sigs.push({ document_id: d.id, part, signature: sig, bands: d.bands[part] ?? [] });
    });
  if (sigs.length === 0) return;
  const near = docs.flatMap((d, i) =>
    (matches[i] ?? []).map((m) => ({
      document_id: d.id,
      part: m.part,
      duplicate_of: m.duplicateOf,
      duplicate_part: m.duplicatePart,
      similarity: m.similarity,
    })),
  );
  await tx.query(
    `WITH s AS (
       INSERT INTO minhash_signatures (document_id, part, signature, bands)
       SELECT x.document_id, x.part, x.signature, x.bands
         FROM json_to_recordset($1::json)
           AS x(document_id text, part smallint, signature integer[], bands integer[])
     ), n AS (
       INSERT INTO near_duplicates (document_id, part, duplicate_of, duplicate_part, similarity)
       SELECT x.document_id, x.part, x.duplicate_of, x.duplicate_part, x.similarity
         FROM json_to_recordset($2::json)
           AS x(document_id text, part smallint, duplicate_of text, duplicate_part smallint, similarity real)
     )
     SELECT 1`,
    [JSON.stringify(sigs), JSON.stringify(near)],
  );
  // Rare (a near-duplicate main text), and each may point through the one before: one at a time.
  for (const [i, d] of docs.entries())
    for (const best of matches[i] ?? [])
      if (best.part === 0)
        // Point at the first stored copy, so chains of copies share one original.
        await tx.query(
          `UPDATE documents d
              SET duplicate_of = CASE WHEN $3::smallint = 0 THEN coalesce(o.duplicate_of, o.id) ELSE o.id END,
                  duplicate_part = CASE WHEN $3::smallint = 0 AND o.duplicate_of IS NOT NULL THEN o.duplicate_part ELSE $3::smallint END,
                  duplicate_similarity = $4
             FROM documents o
            WHERE d.id = $1 AND o.id = $2`,
          [d.id, best.duplicateOf, best.duplicatePart, best.similarity],
        );
}

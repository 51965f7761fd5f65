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

/**
 * The signatures and band hashes of the documents' parts (one row a part), and their matches, in
 * one statement; then duplicate_of. The signatures and bands go as two flat `int4[]` parameters
 * (binary on PGlite's prepared path, binary-params.ts), each part's row a slice of them: as JSON
 * the writer made 160 numbers' text a part and the database parsed them back one by one (`int4in`).
 */
export async function writeDuplicates(
  tx: Queryable,
  docs: readonly DuplicateInput[],
  matches: readonly DuplicateMatch[][],
): Promise<void> {
  const ids: string[] = [];
  const parts: number[] = [];
  // Each part's slice of `signatures` and of `bands`: 1-based, first and last element.
  const sigFrom: number[] = [];
  const sigTo: number[] = [];
  const bandFrom: number[] = [];
  const bandTo: number[] = [];
  const signatures: number[] = [];
  const bands: number[] = [];
  for (const d of docs)
    d.signatures.forEach((sig, part) => {
      if (sig.length === 0) return;
      const b = d.bands[part] ?? [];
      ids.push(d.id);
      parts.push(part);
      sigFrom.push(signatures.length + 1);
      for (const v of sig) signatures.push(v);
      sigTo.push(signatures.length);
      bandFrom.push(bands.length + 1);
      for (const v of b) bands.push(v);
      bandTo.push(bands.length);
    });
  if (ids.length === 0) return;
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
       SELECT x.document_id, x.part, ($7::int4[])[x.sig_from:x.sig_to], ($8::int4[])[x.band_from:x.band_to]
         FROM unnest($1::text[], $2::int4[], $3::int4[], $4::int4[], $5::int4[], $6::int4[])
           AS x(document_id, part, sig_from, sig_to, band_from, band_to)
     ), n AS (
       INSERT INTO near_duplicates (document_id, part, duplicate_of, duplicate_part, similarity)
       SELECT x.document_id, x.part, x.duplicate_of, x.duplicate_part, x.similarity
         FROM json_to_recordset($9::json)
           AS x(document_id text, part smallint, duplicate_of text, duplicate_part smallint, similarity real)
     )
     SELECT 1`,
    [ids, parts, sigFrom, sigTo, bandFrom, bandTo, signatures, bands, JSON.stringify(near)],
  );
  await pointDuplicates(tx, docs, matches);
}

/**
 * documents.duplicate_of of the documents whose main text matched: one read of the documents they
 * match (whether those point at an original already) and one update for all of them, as if they
 * were updated one after the other — a document may match one earlier in the same list, whose
 * pointer is then the one decided here.
 */
async function pointDuplicates(
  tx: Queryable,
  docs: readonly DuplicateInput[],
  matches: readonly DuplicateMatch[][],
): Promise<void> {
  const pointers = docs.flatMap((d, i) =>
    (matches[i] ?? []).flatMap((m) => (m.part === 0 ? [{ id: d.id, m }] : [])),
  );
  if (pointers.length === 0) return;
  const targets = [...new Set(pointers.map((p) => p.m.duplicateOf))];
  const rows = await tx.query<{ id: string; duplicate_of: string | null; duplicate_part: number | null }>(
    `SELECT id, duplicate_of, duplicate_part FROM documents WHERE id = ANY ($1::text[])`,
    [targets],
  );
  const pointer = new Map(rows.map((r) => [r.id, { of: r.duplicate_of, part: r.duplicate_part }]));
  const set = new Map<string, { of: string; part: number; similarity: number }>();
  for (const { id, m } of pointers) {
    const o = pointer.get(m.duplicateOf);
    if (!o) continue;
    // Point at the first stored copy, so chains of copies share one original.
    const to =
      m.duplicatePart === 0 && o.of !== null
        ? { of: o.of, part: Number(o.part) }
        : { of: m.duplicateOf, part: m.duplicatePart };
    set.set(id, { ...to, similarity: m.similarity });
    if (pointer.has(id)) pointer.set(id, to);
  }
  const ids = [...set.keys()];
  const value = (id: string) => set.get(id) as { of: string; part: number; similarity: number };
  await tx.query(
    `UPDATE documents d
        SET duplicate_of = u.duplicate_of, duplicate_part = u.duplicate_part, duplicate_similarity = u.similarity
       FROM unnest($1::text[], $2::text[], $3::smallint[], $4::real[]) AS u(id, duplicate_of, duplicate_part, similarity)
      WHERE d.id = u.id`,
    [
      ids,
      ids.map((id) => value(id).of),
      ids.map((id) => value(id).part),
      ids.map((id) => value(id).similarity),
    ],
  );
}

// The near-duplicate index's stored parts held in memory for one ingest, when that ingest is the
// database's only writer (a first ingest into a PGlite directory: its lock keeps other processes
// out, and the bands' GIN index is put off with the documents' own indexes, `deferIndexes`). The
// candidates' read (`candidates` in duplicate-rows.ts: GIN look-ups of every band hash of every
// new part, about 0.8 CPU s of the writer for the ANT corpus) becomes a look-up in a map, and the
// signatures' write no longer inserts each hash into the GIN index. The database stays the truth:
// the parts are loaded from it once, and a transaction's parts are added only once it committed.
import type { Queryable } from "../store/db.ts";
import type { Candidate } from "./duplicate-rows.ts";
import type { DuplicateInput } from "./duplicates.ts";

/** A stored part: its document, its place among the document's parts, its MinHash signature. */
interface StoredPart {
  documentId: string;
  part: number;
  signature: readonly number[];
}

/** One number for a band and its hash (band × 2³² + the hash as unsigned): no string per look-up. */
export const bandKey = (band: number, hash: number): number => band * 4294967296 + (hash >>> 0);

export class StoredBands {
  /** The stored parts in the order they were written (the table's physical order). */
  private readonly parts: StoredPart[] = [];
  /** Each band key's parts, as places in `parts`, ascending. */
  private readonly byBand = new Map<number, number[]>();
  /** Parts written by the transaction under way, added on `commit`. */
  private pending: Array<{ part: StoredPart; bands: readonly number[] }> = [];

  /** The parts a database holds, in the table's physical order (`ctid`): one read per ingest. */
  static async load(db: Queryable): Promise<StoredBands> {
    const stored = new StoredBands();
    const rows = await db.query<{ document_id: string; part: number; signature: number[]; bands: number[] }>(
      "SELECT document_id, part, signature, bands FROM minhash_signatures ORDER BY ctid",
    );
    for (const r of rows)
      stored.add(
        { documentId: r.document_id, part: Number(r.part), signature: r.signature.map(Number) },
        r.bands.map(Number),
      );
    return stored;
  }

  /**
   * What `candidates` reads from the database: for each part asked (its place in the list), the
   * stored parts sharing a hash at the same band, at most `maxCandidates`, in the order they were
   * stored, which is the order of the GIN index's bitmap scan (the heap's order).
   */
  candidates(queries: ReadonlyArray<{ bands: readonly number[] }>, maxCandidates: number): Candidate[] {
    const out: Candidate[] = [];
    queries.forEach((q, query) => {
      const found = this.sharing(q.bands);
      for (const at of found.slice(0, maxCandidates)) {
        const p = this.parts[at] as StoredPart;
        out.push({ query, document_id: p.documentId, part: p.part, signature: p.signature as number[] });
      }
    });
    return out;
  }

  /** The documents' parts that `writeDuplicates` stores (those with a signature), once committed. */
  stage(docs: readonly DuplicateInput[]): void {
    for (const d of docs)
      d.signatures.forEach((signature, part) => {
        if (signature.length === 0) return;
        this.pending.push({ part: { documentId: d.id, part, signature }, bands: d.bands[part] ?? [] });
      });
  }

  /** The transaction committed: its parts are stored. */
  commit(): void {
    for (const { part, bands } of this.pending) this.add(part, bands);
    this.pending = [];
  }

  /** The transaction rolled back: its parts are not stored. */
  discard(): void {
    this.pending = [];
  }

  private add(part: StoredPart, bands: readonly number[]): void {
    const at = this.parts.length;
    this.parts.push(part);
    bands.forEach((hash, band) => {
      const key = bandKey(band, hash);
      const list = this.byBand.get(key);
      if (list === undefined) this.byBand.set(key, [at]);
      else if (list[list.length - 1] !== at) list.push(at);
    });
  }

  /** Places in `parts` of the stored parts sharing a hash at the same band, ascending, each once. */
  private sharing(bands: readonly number[]): number[] {
    let found: number[] = [];
    let lists = 0;
    for (const [band, hash] of bands.entries()) {
      const list = this.byBand.get(bandKey(band, hash));
      if (list === undefined) continue;
      found = lists === 0 ? list : found.concat(list);
      lists++;
    }
    if (lists <= 1) return found;
    return [...new Set(found)].sort((a, b) => a - b);
  }
}

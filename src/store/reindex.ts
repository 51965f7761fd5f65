// Re-makes the full-text index of stored documents in JavaScript (`searchVector`), page by page,
// when their `search` column holds lexemes another reading of words made (before schema 9,
// PostgreSQL's `arabic` configuration; later, another SEARCH_VERSION or lexicons/search.tsv),
// which `searchQuery` would not find.
import type { Queryable } from "./db.ts";
import { searchFingerprint, searchVector } from "./search-terms.ts";

/** Documents read and written per statement. */
export const REINDEX_PAGE = 256;

export type ReindexProgress = (done: number, total: number) => void;

/** Writes `re-indexing … n/N` lines to standard error, one a page; nothing for an empty database. */
export const stderrProgress: ReindexProgress = (done, total) => {
  process.stderr.write(
    `re-indexing the full-text search for this Rasd version: ${done}/${total} documents${done === total ? ", done\n" : "\r"}`,
  );
};

/**
 * Inside the caller's transaction (the migration's): if the `search_index` row does not name the
 * running reading of words, re-makes every document's `search` — without the GIN index, built
 * again afterwards as migration 004 made it — and records the reading. One read when it does.
 */
export async function ensureSearchIndex(
  tx: Queryable,
  progress: ReindexProgress = stderrProgress,
): Promise<number> {
  const fingerprint = searchFingerprint();
  const [row] = await tx.query<{ fingerprint: string }>("SELECT fingerprint FROM search_index");
  if (row?.fingerprint === fingerprint) return 0;
  const [count] = await tx.query<{ n: string | number }>("SELECT count(*) AS n FROM documents");
  let done = 0;
  if (Number(count?.n ?? 0) > 0) {
    await tx.query("DROP INDEX IF EXISTS documents_search");
    done = await reindexSearch(tx, progress);
    await tx.query(CREATE_SEARCH_INDEX);
  }
  await tx.query("DELETE FROM search_index");
  await tx.query("INSERT INTO search_index (fingerprint) VALUES ($1)", [fingerprint]);
  return done;
}

/** The full-text index as migration 004 made it: the one statement that builds it. */
export const CREATE_SEARCH_INDEX =
  "CREATE INDEX IF NOT EXISTS documents_search ON documents USING gin (search)";

/**
 * Before the first ingest into a new PGlite database: drops the full-text index, so the documents'
 * statement does not insert each document's lexemes into it one batch at a time (about a seventh of
 * the writer's CPU); `buildSearchIndex` makes it in one pass at the end, which costs less. True when
 * it was dropped. Only on PGlite with no document stored: no other process can read the directory
 * meanwhile (its lock), and the build costs no more than the ingest stores. A server's database, or
 * one with documents, keeps its index. If the ingest is cut off (`kill -9`), the next command that
 * opens the database builds it (`migrate`, `CREATE_SEARCH_INDEX`).
 */
export async function deferSearchIndex(db: { kind: string } & Queryable): Promise<boolean> {
  if (db.kind !== "pglite") return false;
  const [row] = await db.query<{ stored: boolean }>("SELECT EXISTS (SELECT 1 FROM documents) AS stored");
  if (row?.stored !== false) return false;
  await db.query("DROP INDEX IF EXISTS documents_search");
  return true;
}

/**
 * Builds the full-text index if it is missing (after `deferSearchIndex`, or an ingest cut off). The
 * catalog is read first: `CREATE INDEX IF NOT EXISTS` would lock the documents table on a server
 * even when the index is there. True when it was built.
 */
export async function buildSearchIndex(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ missing: boolean }>(
    "SELECT to_regclass('documents_search') IS NULL AS missing",
  );
  if (!row?.missing) return false;
  await db.query(CREATE_SEARCH_INDEX);
  return true;
}

/** Recomputes `documents.search` for every document, inside the caller's transaction, then `ANALYZE`s it. */
export async function reindexSearch(
  tx: Queryable,
  progress: ReindexProgress = stderrProgress,
  page: number = REINDEX_PAGE,
): Promise<number> {
  const [row] = await tx.query<{ n: string | number }>("SELECT count(*) AS n FROM documents");
  const total = Number(row?.n ?? 0);
  let done = 0;
  let after = "";
  while (done < total) {
    const docs = await tx.query<{ id: string; title: string | null; text: string }>(
      "SELECT id, title, text FROM documents WHERE id > $1 ORDER BY id LIMIT $2",
      [after, page],
    );
    if (docs.length === 0) break;
    const rows = docs.map((d) => ({ id: d.id, search: searchVector(`${d.title ?? ""}\n${d.text}`) }));
    await tx.query(
      `UPDATE documents d SET search = x.search::tsvector
         FROM json_to_recordset($1::json) AS x(id text, search text) WHERE d.id = x.id`,
      [JSON.stringify(rows)],
    );
    done += docs.length;
    after = (docs[docs.length - 1] as { id: string }).id;
    progress(done, total);
  }
  // Fresh planner statistics for the rewritten rows (not on a new database: statistics of an
  // empty table would steer the planner away from the indexes).
  if (done > 0) await tx.query("ANALYZE documents");
  return done;
}

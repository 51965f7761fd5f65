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
 * The tables whose secondary indexes a first ingest may put off: a document's own rows, the
 * near-duplicates' bands, and the link tables' indexes that only the CLI's, API's and UI's listings
 * read. No statement of the ingest reads through them: the documents' statement uses the primary
 * key only, the near-duplicates look their stored parts up in memory (`StoredBands`, which the
 * ingest keeps when it put these off), the link stage primary keys and the two event indexes in
 * `READ_BY_INGEST`.
 */
const DEFERRABLE = [
  "documents",
  "entities",
  "mentions",
  "events",
  "quotes",
  "minhash_signatures",
  "link_entities",
  "link_entity_documents",
  "link_events",
  "link_event_mentions",
  "link_story_documents",
  "link_variants",
];

/** Secondary indexes of a deferrable table that the ingest reads through: the event candidates. */
const READ_BY_INGEST = ["link_events_block", "link_events_type_day"];

/**
 * Before the first ingest into a new PGlite database: drops the secondary indexes of a document's
 * own rows (the full-text GIN index, the listings' and filters' B-trees; not primary keys or unique
 * indexes) and the link tables' listing indexes (`DEFERRABLE`), recording each one's definition in
 * `deferred_indexes`, so the documents' statement and the link write do not insert every row into
 * each of them batch by batch; `buildDeferredIndexes` makes them in one
 * pass at the end, which costs less. True when it dropped them. Only on PGlite with no document
 * stored: no other process can read the directory meanwhile (its lock), and the build costs no more
 * than the ingest stores. A server's database, or one with documents, keeps its indexes. If the
 * ingest is cut off (`kill -9`), the next command that opens the database builds them (`migrate`).
 */
export async function deferIndexes(db: { kind: string } & Queryable): Promise<boolean> {
  if (db.kind !== "pglite") return false;
  const [row] = await db.query<{ stored: boolean }>("SELECT EXISTS (SELECT 1 FROM documents) AS stored");
  if (row?.stored !== false) return false;
  await db.query(
    `INSERT INTO deferred_indexes (name, definition)
     SELECT c.relname, pg_get_indexdef(i.indexrelid)
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relname = ANY ($1::text[]) AND t.relnamespace = current_schema()::regnamespace
        AND NOT i.indisunique AND NOT i.indisprimary AND c.relname <> ALL ($2::text[])
     ON CONFLICT (name) DO NOTHING`,
    [DEFERRABLE, READ_BY_INGEST],
  );
  const names = await db.query<{ name: string }>("SELECT name FROM deferred_indexes ORDER BY name");
  // One statement for all of them, not one each: each statement is a transaction of its own, and
  // its commit (WAL, catalog invalidations) cost more than the drop itself (0.3 against 0.6 CPU s
  // for the 30 indexes, on the writer's path before its first batch).
  if (names.length > 0)
    await db.query(
      `DROP INDEX IF EXISTS ${names.map(({ name }) => `"${name.replace(/"/gu, '""')}"`).join(", ")}`,
    );
  return names.length > 0;
}

/**
 * Builds the indexes `deferIndexes` put off (after the ingest, or when the database is opened after
 * an ingest cut off), each with its recorded definition, and forgets them. On a database without
 * any, one read. Returns how many it built.
 */
export async function buildDeferredIndexes(db: Queryable): Promise<number> {
  const rows = await db.query<{ name: string; definition: string }>(
    "SELECT name, definition FROM deferred_indexes ORDER BY name",
  );
  for (const { name, definition } of rows) {
    // IF NOT EXISTS: `ensureSearchIndex` may have built the full-text index again meanwhile.
    await db.query(definition.replace(/^CREATE INDEX /u, "CREATE INDEX IF NOT EXISTS "));
    await db.query("DELETE FROM deferred_indexes WHERE name = $1", [name]);
  }
  return rows.length;
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

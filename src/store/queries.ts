// Every SQL statement the CLI runs, with parameters only.
import { keyOf } from "../arabic/normalize.ts";
import { type DuplicateOptions, indexDuplicates, sameMinHash } from "../link/duplicates.ts";
import { createLinker, type Linker, linkDocuments } from "../link/index.ts";
import type { StoredBands } from "../link/stored-bands.ts";
import type { Analysis } from "../pipeline/types.ts";
import type { Db, Queryable } from "./db.ts";
import { searchQuery } from "./search-terms.ts";
import { documentParams, minhashParts, prepareForStore, type StorePrep } from "./prepare.ts";
import { snippet } from "./snippet.ts";

export { searchIndex } from "./prepare.ts";

export interface StoreExtras {
  /** ISO 639-1 code of the body's language (`ar`, `en`). */
  language?: string | null;
  /** The document's row and MinHash signatures, when a worker made them already (`prepareForStore`). */
  prep?: StorePrep;
  /** Index the document's near-duplicates (and find its own) with these settings; not done when absent. */
  duplicates?: DuplicateOptions;
  /** The link stage's compiled lexicons (`createLinker()`), built once per ingest. */
  link?: Linker;
  /**
   * The near-duplicate index's stored parts in memory, when the ingest is the database's only
   * writer and has put off the bands' index (`deferIndexes`); `storeBatch` keeps it in step with
   * its commits. Read from the database when absent.
   */
  storedBands?: StoredBands;
}

/** One document for `storeBatch`. */
export interface StoreItem extends StoreExtras {
  analysis: Analysis;
}

/** The writer's transactions: a few statements, run for every document, kept prepared. */
const WRITER = { prepared: true };

/** Stores one analysed document in one transaction; false when it was already stored. */
export async function storeAnalysis(db: Db, a: Analysis, extras: StoreExtras = {}): Promise<boolean> {
  return db.transaction((tx) => writeDocument(tx, { ...extras, analysis: a }), WRITER);
}

export type BatchResult =
  | { status: "added"; /** Its main text is a near-duplicate of a stored one. */ near: boolean }
  | { status: "unchanged" }
  | { status: "failed"; error: unknown };

/**
 * Stores several documents in one transaction, a few statements for all of them: the batch commits
 * whole. If any document fails, the batch is rolled back and each document gets its own
 * transaction, so one bad document costs only itself. Errors that concern the database rather
 * than a document (connection lost, disk full) are thrown.
 */
export async function storeBatch(
  db: Db,
  items: readonly StoreItem[],
  isFatal: (e: unknown) => boolean = () => false,
): Promise<BatchResult[]> {
  try {
    return await committed(db, items);
  } catch (e) {
    if (isFatal(e)) throw e;
    if (items.length === 1) return [{ status: "failed", error: e }];
  }
  const out: BatchResult[] = [];
  for (const item of items) {
    try {
      out.push(...(await committed(db, [item])));
    } catch (e) {
      if (isFatal(e)) throw e;
      out.push({ status: "failed", error: e });
    }
  }
  return out;
}

/** `writeDocuments` in a transaction of its own; the stored parts in memory follow its outcome. */
async function committed(db: Db, items: readonly StoreItem[]): Promise<BatchResult[]> {
  const memory = items.find((item) => item.storedBands)?.storedBands;
  try {
    const results = await db.transaction((tx) => writeDocuments(tx, items), WRITER);
    memory?.commit();
    return results;
  } finally {
    memory?.discard();
  }
}

/**
 * Documents and all their rows in one statement (one round trip however many documents), from a
 * JSON array of `documentRow`s ($1) zipped with the documents' texts ($2), analyses ($3) and
 * full-text lexemes ($4), binary arrays in the same order (`documentParams`): a document whose id
 * is already stored is skipped whole. Foreign keys between the parts are checked at the
 * statement's end.
 */
export const INSERT_DOCUMENTS = `
WITH input AS (
  SELECT * FROM ROWS FROM (
    json_to_recordset($1::json)
      AS (id text, uri text, title text, published date, outlet text, cited jsonb, keywords jsonb,
          appended jsonb, language text, entities json, mentions json, events json, quotes json),
    unnest($2::text[]), unnest($3::json[]), unnest($4::text[])
  ) AS x(id, uri, title, published, outlet, cited, keywords, appended, language, entities, mentions, events,
         quotes, text, analysis, search)
), doc AS (
  INSERT INTO documents (id, uri, title, published, outlet, cited, keywords, text, appended, analysis, language, search)
  SELECT id, uri, title, published, outlet, cited, keywords, text, appended, analysis, language,
         search::tsvector
    FROM input
  ON CONFLICT (id) DO NOTHING RETURNING id
), rows AS (
  -- Only what the child rows need: the text, analysis and lexemes are not copied again.
  SELECT input.id, input.entities, input.mentions, input.events, input.quotes FROM input JOIN doc ON doc.id = input.id
), ent AS (
  INSERT INTO entities (document_id, local_id, type, name, name_key, name_en, country, sector, role)
  SELECT rows.id, x.local_id, x.type, x.name, x.name_key, x.name_en, x.country, x.sector, x.role
    FROM rows, json_to_recordset(rows.entities)
      AS x(local_id text, type text, name text, name_key text, name_en text, country text, sector text, role text)
), men AS (
  INSERT INTO mentions (document_id, entity_id, start_at, end_at, text)
  SELECT rows.id, x.entity_id, x.start_at, x.end_at, x.text
    FROM rows, json_to_recordset(rows.mentions) AS x(entity_id text, start_at integer, end_at integer, text text)
), ev AS (
  INSERT INTO events (document_id, local_id, type, mode, actor_countries, recipient_countries, date, negated, modality, evidence, record)
  SELECT rows.id, x.local_id, x.type, x.mode, x.actor_countries, x.recipient_countries, x.date, x.negated, x.modality, x.evidence, x.record
    FROM rows, json_to_recordset(rows.events)
      AS x(local_id text, type text, mode text, actor_countries text[], recipient_countries text[], date text,
           negated boolean, modality text, evidence text, record jsonb)
), quo AS (
  INSERT INTO quotes (document_id, n, speaker, text, start_at, end_at)
  SELECT rows.id, x.n, x.speaker, x.text, x.start_at, x.end_at
    FROM rows, json_to_recordset(rows.quotes) AS x(n integer, speaker text, text text, start_at integer, end_at integer)
)
SELECT id FROM doc`;

/**
 * Serializes the steps that read what other documents wrote (near-duplicates, linking) between
 * processes writing one PostgreSQL database: held to the end of the transaction, so a second
 * `rasd ingest` links its documents after the first one's are committed and finds its new entities
 * instead of creating them again. Taken after the documents' own rows are in, so the costly part
 * of a batch still runs side by side. (On PGlite, one process per directory, it costs one query.)
 */
export const LINK_LOCK_KEY = 0x5261736c;

/**
 * Writes analysed documents inside the caller's transaction, as if one after the other: their
 * rows, entities, mentions, events and quotes in one statement, then the steps that index each new
 * document against the ones stored before it (near-duplicates, then the link stage), in order. A
 * document already stored (or earlier in the list) is left as it is: "unchanged". This is the one
 * place documents are written; cross-document steps belong after the rows are in.
 */
export async function writeDocuments(tx: Queryable, items: readonly StoreItem[]): Promise<BatchResult[]> {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    if (!first.has(item.analysis.document.id)) first.set(item.analysis.document.id, i);
  });
  const unique = [...first.values()].map((i) => items[i] as StoreItem);
  const preps = unique.map((item) => prepOf(item));
  const inserted = new Set(
    (await tx.query<{ id: string }>(INSERT_DOCUMENTS, documentParams(preps))).map((r) => r.id),
  );
  const added = unique.flatMap((item, i) =>
    inserted.has(item.analysis.document.id) ? [{ item, prep: preps[i] as StorePrep }] : [],
  );
  const near = new Set<string>();
  if (added.length > 0) await tx.query("SELECT pg_advisory_xact_lock($1)", [LINK_LOCK_KEY]);
  const indexed = added.filter(({ item }) => item.duplicates);
  // Settings differ only in tests; the signatures made in the workers use the stored defaults.
  // (Compared by value: a worker's settings arrive as a copy.)
  for (const group of groupBy(indexed, ({ item }) => item.duplicates as DuplicateOptions)) {
    const options = group[0]?.item.duplicates as DuplicateOptions;
    const docs = group.map(({ item, prep }) =>
      sameMinHash(prep.minhash, options.minhash)
        ? { id: item.analysis.document.id, ...prep }
        : signaturesOf(item, options),
    );
    const matches = await indexDuplicates(tx, docs, options, group[0]?.item.storedBands);
    group.forEach(({ item }, i) => {
      if ((matches[i] ?? []).some((m) => m.part === 0)) near.add(item.analysis.document.id);
    });
  }
  // Documents linked with one linker go as one batch, in order (only tests mix linkers).
  for (const run of consecutive(added, ({ item }) => item.link)) {
    const linker = run[0]?.item.link ?? createLinker();
    await linkDocuments(
      tx,
      run.map(({ item, prep }) => ({ analysis: item.analysis, prepared: prep })),
      linker,
    );
  }
  return items.map((item, i) => {
    const id = item.analysis.document.id;
    return first.get(id) === i && inserted.has(id)
      ? { status: "added", near: near.has(id) }
      : { status: "unchanged" };
  });
}

/** Writes one analysed document inside the caller's transaction; false when it was already stored. */
export async function writeDocument(tx: Queryable, item: StoreItem): Promise<boolean> {
  const [r] = await writeDocuments(tx, [item]);
  return r?.status === "added";
}

function prepOf(item: StoreItem): StorePrep {
  return item.prep ?? prepareForStore(item.analysis, item.language ?? null);
}

function signaturesOf(item: StoreItem, options: DuplicateOptions) {
  const d = item.analysis.document;
  return { id: d.id, ...minhashParts([d.text, ...d.appended.map((x) => x.text)], options.minhash) };
}

/** Items cut into runs of consecutive items with the same key. */
function consecutive<T, K>(items: readonly T[], key: (t: T) => K): T[][] {
  const runs: T[][] = [];
  items.forEach((t, i) => {
    if (i > 0 && key(items[i - 1] as T) === key(t)) (runs[runs.length - 1] as T[]).push(t);
    else runs.push([t]);
  });
  return runs;
}

/** Items grouped by a key, groups in the order their first item came. */
function groupBy<T, K>(items: readonly T[], key: (t: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const t of items) {
    const k = key(t);
    const g = groups.get(k) ?? [];
    g.push(t);
    groups.set(k, g);
  }
  return [...groups.values()];
}

/**
 * After an ingest: merges the full-text index's pending list (inserts go there first; every search
 * reads all of it until it is merged) and, after many documents, refreshes the planner's
 * statistics. PGlite has no autovacuum to do either; a PostgreSQL server's does it too, later.
 */
export async function maintainAfterIngest(db: Db, added: number): Promise<void> {
  if (added === 0) return;
  await db.query("SELECT gin_clean_pending_list('documents_search'::regclass)");
  if (added >= ANALYZE_AFTER)
    await db.transaction(async (tx) => {
      // A tenth of the default sample (3,000 rows a table instead of 30,000): enough for the
      // planner's choices between an index and a scan, at a quarter of the CPU time (0.5 of 2 s
      // for the ANT corpus). A server's autovacuum analyses again later with its own settings.
      await tx.query(`SET LOCAL default_statistics_target = ${STATISTICS_TARGET}`);
      // Rasd's own tables, not the system catalogs as a bare ANALYZE does too (initdb analysed
      // those; an ingest changes them little): about a fifth of the ingest's ANALYZE, after the
      // last batch, when the writer's thread alone works.
      const tables = await tx.query<{ name: string }>(
        `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
          WHERE schemaname = current_schema() ORDER BY tablename`,
      );
      if (tables.length > 0) await tx.query(`ANALYZE ${tables.map((t) => t.name).join(", ")}`);
    });
}

/** Sample size of the ingest's ANALYZE: `default_statistics_target`, PostgreSQL's default is 100. */
const STATISTICS_TARGET = 10;

/** Documents added from which an ingest refreshes the planner's statistics. */
const ANALYZE_AFTER = 200;

export async function counts(
  db: Queryable,
): Promise<{ documents: number; entities: number; events: number }> {
  const [r] = await db.query<{ documents: string; entities: string; events: string }>(
    `SELECT (SELECT count(*) FROM documents) AS documents,
            (SELECT count(DISTINCT (type, name_key, country)) FROM entities) AS entities,
            (SELECT count(*) FROM events) AS events`,
  );
  return {
    documents: Number(r?.documents ?? 0),
    entities: Number(r?.entities ?? 0),
    events: Number(r?.events ?? 0),
  };
}

export interface SearchFilter {
  /** Words as a user types them; `"…"` for a phrase, `-word` to exclude, `or` between alternatives. */
  query: string;
  /** Only documents of this outlet (any letter case). */
  outlet?: string;
  /** Published on or after / on or before, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  /** Only documents that name this entity (its Arabic name in any spelling, or its English name). */
  entity?: string;
  limit: number;
  /** Hits to skip, in rank order (0 when absent). */
  offset?: number;
}

export type SearchHit = {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  uri: string | null;
  rank: number;
  /** Words around the best match, matched words between « ». */
  snippet: string;
};

/**
 * Full-text search over titles and bodies. The query is read by `searchQuery`, which stems its
 * words as the index was made (src/store/search-terms.ts), so `الأمريكية` finds `الأمريكي` and
 * `الامريكية`. Hits are ranked on ids alone; only the returned rows are read whole, for their snippets.
 */
export async function searchDocuments(db: Db, f: SearchFilter): Promise<SearchHit[]> {
  const query = searchQuery(f.query);
  if (query === null) return [];
  const rows = await db.transaction(async (tx) => {
    // The planner does not count the cost of reading each article's tsvector back from TOAST, and
    // scans the table for a common word: 85 ms for سوريا on the ANT corpus, 3 ms through the index.
    await tx.query("SET LOCAL enable_seqscan = off");
    return tx.query<Omit<SearchHit, "snippet"> & { rank: number | string; text: string }>(
      `WITH q AS (SELECT $1::tsquery AS q),
     hits AS (
       SELECT d.id, ts_rank(d.search, q.q) AS rank, d.published
         FROM documents d, q
        WHERE d.search @@ q.q
          AND ($2::text IS NULL OR lower(d.outlet) = lower($2))
          AND ($3::date IS NULL OR d.published >= $3::date)
          AND ($4::date IS NULL OR d.published <= $4::date)
          AND ($5::text IS NULL OR EXISTS (
                SELECT 1 FROM entities e
                 WHERE e.document_id = d.id AND (e.name_key = $5 OR lower(e.name_en) = lower($6))))
        ORDER BY rank DESC, d.published DESC NULLS LAST, d.id
        LIMIT $7 OFFSET $8)
     SELECT d.id, d.title, d.outlet, d.published::text AS published, d.uri, h.rank, d.text
       FROM hits h JOIN documents d ON d.id = h.id
      ORDER BY h.rank DESC, h.published DESC NULLS LAST, h.id`,
      [
        query.tsquery,
        f.outlet ?? null,
        f.from ?? null,
        f.to ?? null,
        f.entity ? keyOf(f.entity) : null,
        f.entity ?? null,
        f.limit,
        f.offset ?? 0,
      ],
    );
  });
  return rows.map(({ text, ...r }) => ({ ...r, rank: Number(r.rank), snippet: snippet(text, query.stems) }));
}

// Every SQL statement the CLI runs, with parameters only.
import { DISPLAY_STEPS, keyOf, normalize } from "../arabic/normalize.ts";
import { type Linker, linkDocument } from "../link/index.ts";
import type { Analysis } from "../pipeline/types.ts";
import type { Db, Queryable } from "./db.ts";
import { snippet } from "./snippet.ts";

export interface StoreExtras {
  /** ISO 639-1 code of the body's language (`ar`, `en`). */
  language?: string | null;
  /**
   * Title and body as the full-text index reads them (`searchKeys`), when a worker made them
   * already; null when that is the title and body as they are (most articles: nothing to send twice).
   */
  searchText?: string | null;
  /** Runs in the document's transaction once its rows are in (the near-duplicate index). */
  afterInsert?: (tx: Queryable) => Promise<void>;
  /** The link stage's compiled lexicons (`createLinker()`), built once per ingest. */
  link?: Linker;
}

/** One document for `storeBatch`. */
export interface StoreItem extends StoreExtras {
  analysis: Analysis;
}

/**
 * What the full-text index and queries read: text with harakat, tatweel, invisibles, Persian
 * letters and presentation forms normalized, but letters not folded: the `arabic` stemmer folds
 * alef forms itself and needs ة to strip it (`الأمريكية` and `الأمريكي` both → `امريك`; folded
 * to `الامريكيه` it would stay `امريكيه`).
 */
export function searchText(text: string): string {
  return normalize(text, DISPLAY_STEPS).text;
}

/** What the full-text index reads of a document: its title and body; null when they need no change. */
export function searchKeys(a: Analysis): string | null {
  const raw = `${a.document.title ?? ""}\n${a.document.text}`;
  const normalized = searchText(raw);
  return normalized === raw ? null : normalized;
}

/** Stores one analysed document in one transaction; false when it was already stored. */
export async function storeAnalysis(db: Db, a: Analysis, extras: StoreExtras = {}): Promise<boolean> {
  return db.transaction((tx) => writeDocument(tx, { ...extras, analysis: a }));
}

export type BatchResult =
  { status: "added" } | { status: "unchanged" } | { status: "failed"; error: unknown };

/**
 * Stores several documents in one transaction, one round trip per document: the batch commits
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
    return await db.transaction(async (tx) => {
      const out: BatchResult[] = [];
      for (const item of items) out.push({ status: (await writeDocument(tx, item)) ? "added" : "unchanged" });
      return out;
    });
  } catch (e) {
    if (isFatal(e)) throw e;
  }
  const out: BatchResult[] = [];
  for (const item of items) {
    try {
      out.push({ status: (await db.transaction((tx) => writeDocument(tx, item))) ? "added" : "unchanged" });
    } catch (e) {
      if (isFatal(e)) throw e;
      out.push({ status: "failed", error: e });
    }
  }
  return out;
}

/** Distinct countries of an event's parties. */
function countries(ps: readonly { country: string | null }[]): string[] {
  return [...new Set(ps.map((p) => p.country).filter((c): c is string => c !== null))];
}

/** A document's child rows as one JSON value, unpacked by jsonb_to_recordset in one statement. */
function childRows(a: Analysis): string {
  return JSON.stringify({
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

/**
 * A document and all its rows in one statement (one round trip): nothing of it is written when
 * its id is already stored. Foreign keys between the parts are checked at the statement's end.
 */
const INSERT_DOCUMENT = `
WITH doc AS (
  INSERT INTO documents (id, uri, title, published, outlet, cited, keywords, text, appended, analysis, language, search)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, to_tsvector('arabic', coalesce($12, coalesce($3, '') || E'\n' || $8)))
  ON CONFLICT (id) DO NOTHING RETURNING id
), rows AS (SELECT $13::jsonb AS r), ent AS (
  INSERT INTO entities (document_id, local_id, type, name, name_key, name_en, country, sector, role)
  SELECT doc.id, x.local_id, x.type, x.name, x.name_key, x.name_en, x.country, x.sector, x.role
    FROM doc, rows, jsonb_to_recordset(rows.r -> 'entities')
      AS x(local_id text, type text, name text, name_key text, name_en text, country text, sector text, role text)
), men AS (
  INSERT INTO mentions (document_id, entity_id, start_at, end_at, text)
  SELECT doc.id, x.entity_id, x.start_at, x.end_at, x.text
    FROM doc, rows, jsonb_to_recordset(rows.r -> 'mentions') AS x(entity_id text, start_at integer, end_at integer, text text)
), ev AS (
  INSERT INTO events (document_id, local_id, type, mode, actor_countries, recipient_countries, date, negated, modality, evidence, record)
  SELECT doc.id, x.local_id, x.type, x.mode, x.actor_countries, x.recipient_countries, x.date, x.negated, x.modality, x.evidence, x.record
    FROM doc, rows, jsonb_to_recordset(rows.r -> 'events')
      AS x(local_id text, type text, mode text, actor_countries text[], recipient_countries text[], date text,
           negated boolean, modality text, evidence text, record jsonb)
), quo AS (
  INSERT INTO quotes (document_id, n, speaker, text, start_at, end_at)
  SELECT doc.id, x.n, x.speaker, x.text, x.start_at, x.end_at
    FROM doc, rows, jsonb_to_recordset(rows.r -> 'quotes') AS x(n integer, speaker text, text text, start_at integer, end_at integer)
)
SELECT id FROM doc`;

/**
 * Writes one analysed document inside the caller's transaction: its row, entities, mentions,
 * events and quotes, then the steps that index it against stored documents (`afterInsert`).
 * Returns false, writing nothing, when the document is already stored. This is the one place a
 * document is written; cross-document steps belong after the rows are in.
 */
export async function writeDocument(tx: Queryable, item: StoreItem): Promise<boolean> {
  const a = item.analysis;
  const d = a.document;
  const inserted = await tx.query(INSERT_DOCUMENT, [
    d.id,
    d.uri,
    d.title,
    d.published,
    d.outlet,
    JSON.stringify(d.cited),
    JSON.stringify(d.keywords),
    d.text,
    JSON.stringify(d.appended),
    JSON.stringify(a),
    item.language ?? null,
    item.searchText === undefined ? searchKeys(a) : item.searchText,
    childRows(a),
  ]);
  if (inserted.length === 0) return false;
  await item.afterInsert?.(tx);
  await linkDocument(tx, a, item.link);
  return true;
}

/**
 * After an ingest: merges the full-text index's pending list (inserts go there first; every search
 * reads all of it until it is merged) and, after many documents, refreshes the planner's
 * statistics. PGlite has no autovacuum to do either; a PostgreSQL server's does it too, later.
 */
export async function maintainAfterIngest(db: Db, added: number): Promise<void> {
  if (added === 0) return;
  await db.query("SELECT gin_clean_pending_list('documents_search'::regclass)");
  if (added >= ANALYZE_AFTER) await db.query("ANALYZE");
}

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
 * Full-text search over titles and bodies. The query is normalized like the index (`searchText`),
 * then read by PostgreSQL's `arabic` configuration, so `الأمريكية` finds `الأمريكي` and `الامريكية`.
 * Hits are ranked on ids alone; only the returned rows are read whole, for their snippets.
 */
export async function searchDocuments(db: Db, f: SearchFilter): Promise<SearchHit[]> {
  const query = searchText(f.query);
  const rows = await db.transaction(async (tx) => {
    // The planner does not count the cost of reading each article's tsvector back from TOAST, and
    // scans the table for a common word: 85 ms for سوريا on the ANT corpus, 3 ms through the index.
    await tx.query("SET LOCAL enable_seqscan = off");
    return tx.query<Omit<SearchHit, "snippet"> & { rank: number | string; text: string; stems: string[] }>(
      `WITH q AS (SELECT websearch_to_tsquery('arabic', $1) AS q, tsvector_to_array(to_tsvector('arabic', $1)) AS stems),
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
     SELECT d.id, d.title, d.outlet, d.published::text AS published, d.uri, h.rank, d.text, q.stems
       FROM hits h JOIN documents d ON d.id = h.id, q
      ORDER BY h.rank DESC, h.published DESC NULLS LAST, h.id`,
      [
        query,
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
  return rows.map(({ text, stems, ...r }) => ({ ...r, rank: Number(r.rank), snippet: snippet(text, stems) }));
}

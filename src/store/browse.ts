// The read queries of `rasd serve` and `rasd export` over documents, and the paging every listing
// shares. Entities are in browse-entities.ts, events and happenings in browse-events.ts.
// Parameters only; every filter meets an index (documents by words go through the full-text index
// of 004).
import type { DocumentOut, Event } from "../pipeline/types.ts";
import type { Db, Queryable } from "./db.ts";
import { type SearchHit, searchDocuments } from "./queries.ts";

export interface Page {
  limit: number;
  offset: number;
}

/** A page of rows and where the next one starts (null on the last page). */
export interface Paged<T> {
  items: T[];
  limit: number;
  offset: number;
  next_offset: number | null;
}

/** Fetches one row more than asked to learn whether a next page exists. */
export async function paged<T>(
  page: Page,
  fetch: (limit: number, offset: number) => Promise<T[]>,
): Promise<Paged<T>> {
  const rows = await fetch(page.limit + 1, page.offset);
  const more = rows.length > page.limit;
  return {
    items: more ? rows.slice(0, page.limit) : rows,
    limit: page.limit,
    offset: page.offset,
    next_offset: more ? page.offset + page.limit : null,
  };
}

/** Escapes LIKE wildcards so a query matches literally. */
export function likeLiteral(s: string): string {
  return s.replace(/[\\%_]/gu, (c) => `\\${c}`);
}

/** SQL folding a column's letters like `keyOf` does, for matching a key with ILIKE. */
export function fold(col: string): string {
  return `translate(regexp_replace(${col}, '[\u064B-\u0652\u0640]', '', 'g'), 'أإآٱىة', 'اااايه')`;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  uri: string | null;
  language: string | null;
  duplicate_of: string | null;
  entities: number;
  events: number;
}

export const DOCUMENT_SUMMARY = `d.id, d.title, to_char(d.published, 'YYYY-MM-DD') AS published, d.outlet, d.uri, d.language, d.duplicate_of,
  (SELECT count(*) FROM entities e WHERE e.document_id = d.id)::int AS entities,
  (SELECT count(*) FROM events ev WHERE ev.document_id = d.id)::int AS events`;

export function listDocuments(db: Queryable, page: Page): Promise<Paged<DocumentSummary>> {
  return paged(page, (limit, offset) =>
    db.query<DocumentSummary>(
      `SELECT ${DOCUMENT_SUMMARY} FROM documents d
        ORDER BY d.published DESC NULLS LAST, d.ingested_at DESC, d.id LIMIT $1 OFFSET $2`,
      [limit, offset],
    ),
  );
}

/**
 * A page of full-text search hits (`searchDocuments`: Arabic stemming, best rank first, a snippet
 * with the matched words between « »).
 */
export function searchDocumentPage(db: Db, words: string, page: Page): Promise<Paged<SearchHit>> {
  return paged(page, (limit, offset) => searchDocuments(db, { query: words, limit, offset }));
}

/** A stored document: the contract's document fields, its language and near-duplicate link. */
export interface StoredDocument extends DocumentOut {
  language: string | null;
  duplicate_of: string | null;
}

export interface StoredMention {
  entity: string;
  start: number;
  end: number;
  text: string;
  type: string;
  name: string;
  country: string | null;
  /** The link stage's corpus entity (its entity page); null when the document was not linked. */
  entity_id: string | null;
}

export interface DocumentDetail {
  document: StoredDocument;
  mentions: StoredMention[];
  events: Event[];
  /** The happening (the link stage's corpus event) of each event, and its sources. */
  happenings: Array<{ event: string; happening: string; sources: number }>;
}

export async function getDocument(db: Queryable, id: string): Promise<DocumentDetail | null> {
  const [document] = await db.query<StoredDocument>(
    `SELECT id, uri, title, to_char(published, 'YYYY-MM-DD') AS published, outlet, cited, keywords, text, appended,
            language, duplicate_of
       FROM documents WHERE id = $1`,
    [id],
  );
  if (!document) return null;
  const mentions = await db.query<StoredMention>(
    `SELECT m.entity_id AS entity, m.start_at AS start, m.end_at AS "end", m.text, e.type, e.name, e.country,
            led.entity_id
       FROM mentions m JOIN entities e ON e.document_id = m.document_id AND e.local_id = m.entity_id
       LEFT JOIN link_entity_documents led ON led.document_id = m.document_id AND led.local_id = m.entity_id
      WHERE m.document_id = $1 ORDER BY m.start_at`,
    [id],
  );
  const events = await db.query<{ record: Event }>(
    `SELECT record FROM events WHERE document_id = $1 ORDER BY local_id`,
    [id],
  );
  const happenings = await db.query<DocumentDetail["happenings"][number]>(
    `SELECT lem.local_id AS event, lem.event_id AS happening, le.sources
       FROM link_event_mentions lem JOIN link_events le ON le.id = lem.event_id
      WHERE lem.document_id = $1 ORDER BY lem.local_id`,
    [id],
  );
  return {
    document,
    mentions,
    events: events.map((r) => r.record),
    happenings: happenings.map((h) => ({ ...h, sources: Number(h.sources) })),
  };
}

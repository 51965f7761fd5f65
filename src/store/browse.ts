// The read queries of `rasd serve` and `rasd export`: documents, entities, events, dyads.
// Parameters only; every filter meets an index of 001 or 005 (documents by words go through the
// full-text index of 004; the events' evidence filter is still a scan).
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
async function paged<T>(
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

/** An entity across documents: same type, name key and country. */
export interface EntityKey {
  type: string;
  name_key: string;
  country: string | null;
}

/** Opaque URL-safe id of an entity across documents. */
export function entityId(k: EntityKey): string {
  return Buffer.from(JSON.stringify([k.type, k.name_key, k.country]), "utf8").toString("base64url");
}

/** The key behind an entity id; null when the id is not one. */
export function parseEntityId(id: string): EntityKey | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(id, "base64url").toString("utf8"));
    if (!Array.isArray(v) || v.length !== 3) return null;
    const [type, key, country] = v as unknown[];
    if (typeof type !== "string" || typeof key !== "string") return null;
    if (country !== null && typeof country !== "string") return null;
    return { type, name_key: key, country };
  } catch {
    return null;
  }
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

const DOCUMENT_SUMMARY = `d.id, d.title, to_char(d.published, 'YYYY-MM-DD') AS published, d.outlet, d.uri, d.language, d.duplicate_of,
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

/** Escapes LIKE wildcards so a query matches literally. */
function likeLiteral(s: string): string {
  return s.replace(/[\\%_]/gu, (c) => `\\${c}`);
}

/** SQL folding a column's letters like `keyOf` does, for matching a key with ILIKE. */
function fold(col: string): string {
  return `translate(regexp_replace(${col}, '[\u064B-\u0652\u0640]', '', 'g'), 'أإآٱىة', 'اااايه')`;
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
  entity_id: string;
}

export interface DocumentDetail {
  document: StoredDocument;
  mentions: StoredMention[];
  events: Event[];
}

export async function getDocument(db: Queryable, id: string): Promise<DocumentDetail | null> {
  const [document] = await db.query<StoredDocument>(
    `SELECT id, uri, title, to_char(published, 'YYYY-MM-DD') AS published, outlet, cited, keywords, text, appended,
            language, duplicate_of
       FROM documents WHERE id = $1`,
    [id],
  );
  if (!document) return null;
  const mentions = await db.query<Omit<StoredMention, "entity_id"> & EntityKey>(
    `SELECT m.entity_id AS entity, m.start_at AS start, m.end_at AS "end", m.text, e.type, e.name, e.name_key, e.country
       FROM mentions m JOIN entities e ON e.document_id = m.document_id AND e.local_id = m.entity_id
      WHERE m.document_id = $1 ORDER BY m.start_at`,
    [id],
  );
  const events = await db.query<{ record: Event }>(
    `SELECT record FROM events WHERE document_id = $1 ORDER BY local_id`,
    [id],
  );
  return {
    document,
    mentions: mentions.map(({ name_key, ...m }) => ({ ...m, entity_id: entityId({ ...m, name_key }) })),
    events: events.map((r) => r.record),
  };
}

export interface EntitySummary extends EntityKey {
  id: string;
  name: string;
  name_en: string | null;
  sector: string | null;
  documents: number;
}

/** Entities whose name key starts with `key` or has `key` as a whole word; most documents first. */
export async function searchEntities(
  db: Queryable,
  filter: { key: string | null; type: string | null; country: string | null },
  page: Page,
): Promise<Paged<EntitySummary>> {
  const out = await paged(page, (limit, offset) =>
    db.query<Omit<EntitySummary, "id">>(
      `SELECT e.type, e.name_key, e.country, min(e.name) AS name, min(e.name_en) AS name_en, min(e.sector) AS sector,
              count(DISTINCT e.document_id)::int AS documents
         FROM entities e
        WHERE ($1::text IS NULL OR e.name_key LIKE $2 || '%' OR string_to_array(e.name_key, ' ') @> ARRAY[$1::text])
          AND ($3::text IS NULL OR e.type = $3) AND ($4::text IS NULL OR e.country = $4)
        GROUP BY e.type, e.name_key, e.country
        ORDER BY count(DISTINCT e.document_id) DESC, min(e.name), e.type, e.name_key
        LIMIT $5 OFFSET $6`,
      [
        filter.key,
        filter.key === null ? null : likeLiteral(filter.key),
        filter.type,
        filter.country,
        limit,
        offset,
      ],
    ),
  );
  return { ...out, items: out.items.map((e) => ({ ...e, id: entityId(e) })) };
}

export interface EntityDetail extends EntitySummary {
  variants: { text: string; mentions: number }[];
  roles: { role: string; first: string | null; last: string | null; documents: number }[];
  documents_list: DocumentSummary[];
  cooccurring: (EntitySummary & { shared: number })[];
}

const IDENTITY = `e.type = $1 AND e.name_key = $2 AND e.country IS NOT DISTINCT FROM $3`;

export async function getEntity(db: Queryable, k: EntityKey): Promise<EntityDetail | null> {
  const p = [k.type, k.name_key, k.country];
  const [head] = await db.query<Omit<EntitySummary, "id">>(
    `SELECT e.type, e.name_key, e.country, min(e.name) AS name, min(e.name_en) AS name_en, min(e.sector) AS sector,
            count(DISTINCT e.document_id)::int AS documents
       FROM entities e WHERE ${IDENTITY} GROUP BY e.type, e.name_key, e.country`,
    p,
  );
  if (!head) return null;
  const variants = await db.query<{ text: string; mentions: number }>(
    `SELECT m.text, count(*)::int AS mentions
       FROM entities e JOIN mentions m ON m.document_id = e.document_id AND m.entity_id = e.local_id
      WHERE ${IDENTITY} GROUP BY m.text ORDER BY count(*) DESC, m.text`,
    p,
  );
  const roles = await db.query<EntityDetail["roles"][number]>(
    `SELECT e.role, to_char(min(d.published), 'YYYY-MM-DD') AS first, to_char(max(d.published), 'YYYY-MM-DD') AS last,
            count(DISTINCT e.document_id)::int AS documents
       FROM entities e JOIN documents d ON d.id = e.document_id
      WHERE ${IDENTITY} AND e.role IS NOT NULL GROUP BY e.role ORDER BY min(d.published) NULLS LAST, e.role`,
    p,
  );
  const documents = await db.query<DocumentSummary>(
    `SELECT ${DOCUMENT_SUMMARY} FROM documents d
      WHERE d.id IN (SELECT e.document_id FROM entities e WHERE ${IDENTITY})
      ORDER BY d.published DESC NULLS LAST, d.id LIMIT 200`,
    p,
  );
  const cooccurring = await db.query<Omit<EntitySummary, "id"> & { shared: number }>(
    `SELECT o.type, o.name_key, o.country, min(o.name) AS name, min(o.name_en) AS name_en, min(o.sector) AS sector,
            count(DISTINCT o.document_id)::int AS documents, count(DISTINCT o.document_id)::int AS shared
       FROM entities e JOIN entities o ON o.document_id = e.document_id
      WHERE ${IDENTITY} AND NOT (o.type = e.type AND o.name_key = e.name_key AND o.country IS NOT DISTINCT FROM e.country)
      GROUP BY o.type, o.name_key, o.country ORDER BY count(DISTINCT o.document_id) DESC, min(o.name) LIMIT 30`,
    p,
  );
  return {
    ...head,
    id: entityId(head),
    variants,
    roles,
    documents_list: documents,
    cooccurring: cooccurring.map((c) => ({ ...c, id: entityId(c) })),
  };
}

/** An event as stored, with the document it came from. */
export interface EventItem {
  document: string;
  title: string | null;
  outlet: string | null;
  uri: string | null;
  published: string | null;
  event: Event;
  /** The link stage's event (a happening across articles) this report belongs to. */
  happening: string | null;
  /** How many outlets reported the happening (a document without an outlet counts as its own). */
  sources: number | null;
}

/** The columns of an EventItem, over `ev` (events) joined by EVENT_ITEM_JOINS. */
const EVENT_ITEM = `ev.document_id AS document, d.title, d.outlet, d.uri, to_char(d.published, 'YYYY-MM-DD') AS published,
              ev.record AS event, lem.event_id AS happening, le.sources`;

/** The document, and the happening of the link stage through both primary keys. */
const EVENT_ITEM_JOINS = `JOIN documents d ON d.id = ev.document_id
         LEFT JOIN link_event_mentions lem ON lem.document_id = ev.document_id AND lem.local_id = ev.local_id
         LEFT JOIN link_events le ON le.id = lem.event_id`;

export type EventSort = "date" | "-date" | "type";

export interface EventFilter {
  actor: string | null;
  recipient: string | null;
  /** Either side. */
  country: string | null;
  type: string | null;
  /** Inclusive lower bound, a (partial) date. */
  from: string | null;
  /** Exclusive upper bound, a (partial) date. */
  before: string | null;
  /** Words the evidence sentence holds, as a key (`keyOf`): letters are folded on both sides. */
  text: string | null;
  /** The channel the event is about (its `mechanism`). */
  mechanism: MechanismRef | null;
  sort: EventSort;
}

/**
 * A channel as a user names it: `id` is matched against the link stage's entity ids and English
 * names, `key` against the name keys (`keyOf`) of the documents' MECHANISM entities.
 */
export interface MechanismRef {
  id: string;
  key: string;
}

/**
 * SQL for the (document, local entity id) pairs of a channel: the link stage's corpus entity with
 * that id or English name, or holding a mention with that name key, and the mentions with that key
 * (for documents the link stage has not seen). `id` and `key` are placeholders such as `$10`.
 */
function mechanismPairs(id: string, key: string): string {
  return `
  SELECT led.document_id, led.local_id FROM link_entity_documents led
   WHERE led.entity_id IN (
     SELECT le.id FROM link_entities le
      WHERE le.type = 'MECHANISM' AND (le.id = ${id} OR lower(le.name_en) = lower(${id}))
     UNION
     SELECT ml.entity_id FROM entities me
       JOIN link_entity_documents ml ON ml.document_id = me.document_id AND ml.local_id = me.local_id
      WHERE me.type = 'MECHANISM' AND me.name_key = ${key})
  UNION
  SELECT me.document_id, me.local_id FROM entities me WHERE me.type = 'MECHANISM' AND me.name_key = ${key}`;
}

const EVENT_ORDER: Record<EventSort, string> = {
  date: "ev.date NULLS LAST, ev.document_id, ev.local_id",
  "-date": "ev.date DESC NULLS LAST, ev.document_id, ev.local_id",
  type: "ev.type, ev.date NULLS LAST, ev.document_id, ev.local_id",
};

export function listEventItems(db: Queryable, f: EventFilter, page: Page): Promise<Paged<EventItem>> {
  return paged(page, (limit, offset) =>
    db.query<EventItem>(
      `SELECT ${EVENT_ITEM}
         FROM events ev ${EVENT_ITEM_JOINS}
        WHERE ($1::text IS NULL OR ev.actor_countries @> ARRAY[$1::text])
          AND ($2::text IS NULL OR ev.recipient_countries @> ARRAY[$2::text])
          AND ($3::text IS NULL OR ev.actor_countries @> ARRAY[$3::text] OR ev.recipient_countries @> ARRAY[$3::text])
          AND ($4::text IS NULL OR ev.type = $4)
          AND ($5::text IS NULL OR ev.date >= $5)
          AND ($6::text IS NULL OR ev.date < $6)
          AND ($7::text IS NULL OR ${fold("ev.evidence")} ILIKE '%' || $7 || '%')
          ${f.mechanism ? `AND (ev.document_id, ev.record->>'mechanism') IN (${mechanismPairs("$10", "$11")})` : ""}
        ORDER BY ${EVENT_ORDER[f.sort]}
        LIMIT $8 OFFSET $9`,
      [
        f.actor,
        f.recipient,
        f.country,
        f.type,
        f.from,
        f.before,
        f.text === null ? null : likeLiteral(f.text),
        limit,
        offset,
        // Only when set: a plain AND lets the planner join through events_mechanism.
        ...(f.mechanism ? [f.mechanism.id, f.mechanism.key] : []),
      ],
    ),
  );
}

export interface Mechanism {
  id: string;
  name: string;
  name_en: string | null;
}

/** The channels the link stage knows, most reported first (the events page's filter). */
export function listMechanisms(db: Queryable, limit: number): Promise<Mechanism[]> {
  return db.query<Mechanism>(
    `SELECT id, name, name_en FROM link_entities WHERE type = 'MECHANISM'
      ORDER BY documents DESC, name, id LIMIT $1`,
    [limit],
  );
}

/** The events between two countries, either one acting, in date order. */
export function dyadEvents(db: Queryable, a: string, b: string, page: Page): Promise<Paged<EventItem>> {
  return paged(page, (limit, offset) =>
    db.query<EventItem>(
      `SELECT ${EVENT_ITEM}
         FROM events ev ${EVENT_ITEM_JOINS}
        WHERE (ev.actor_countries @> ARRAY[$1::text] AND ev.recipient_countries @> ARRAY[$2::text])
           OR (ev.actor_countries @> ARRAY[$2::text] AND ev.recipient_countries @> ARRAY[$1::text])
        ORDER BY ev.date NULLS LAST, ev.document_id, ev.local_id
        LIMIT $3 OFFSET $4`,
      [a, b, limit, offset],
    ),
  );
}

export interface Dyad {
  a: string;
  b: string;
  events: number;
  cooperation: number;
  conflict: number;
}

/** Country pairs with the most events between them (an aggregate over all events). */
export function topDyads(db: Queryable, limit: number): Promise<Dyad[]> {
  return db.query<Dyad>(
    `SELECT least(a, r) AS a, greatest(a, r) AS b, count(DISTINCT (ev.document_id, ev.local_id))::int AS events,
            count(DISTINCT (ev.document_id, ev.local_id)) FILTER (WHERE (ev.record->>'quad')::int <= 2)::int AS cooperation,
            count(DISTINCT (ev.document_id, ev.local_id)) FILTER (WHERE (ev.record->>'quad')::int >= 3)::int AS conflict
       FROM events ev, unnest(ev.actor_countries) a, unnest(ev.recipient_countries) r
      WHERE a <> r
      GROUP BY least(a, r), greatest(a, r)
      ORDER BY count(DISTINCT (ev.document_id, ev.local_id)) DESC, least(a, r), greatest(a, r)
      LIMIT $1`,
    [limit],
  );
}

/** Events of one cross-document entity: it is an actor or recipient in the event's party list. */
export function entityEvents(
  db: Queryable,
  k: EntityKey,
  page: Page,
): Promise<Paged<EventItem & { role: string }>> {
  return paged(page, (limit, offset) =>
    db.query<EventItem & { role: string }>(
      `SELECT ${EVENT_ITEM},
              CASE WHEN ev.record->'actor' @> jsonb_build_array(jsonb_build_object('entity', e.local_id))
                   THEN 'actor' ELSE 'recipient' END AS role
         FROM entities e
         JOIN events ev ON ev.document_id = e.document_id
         ${EVENT_ITEM_JOINS}
        WHERE ${IDENTITY}
          AND (ev.record->'actor' @> jsonb_build_array(jsonb_build_object('entity', e.local_id))
            OR ev.record->'recipient' @> jsonb_build_array(jsonb_build_object('entity', e.local_id)))
        ORDER BY ev.date NULLS LAST, ev.document_id, ev.local_id
        LIMIT $4 OFFSET $5`,
      [k.type, k.name_key, k.country, limit, offset],
    ),
  );
}

// Events for `rasd serve` and `rasd export`, report by report: one row per event a document
// states, with the happening (the link stage's corpus event) it was clustered into. The lists a
// user reads (one row per happening) are in browse-happenings.ts. Parameters only; every filter
// meets an index of 001, 005 or 006 (the evidence filter is a scan).
import type { Event } from "../pipeline/types.ts";
import { fold, likeLiteral, type Page, type Paged, paged } from "./browse.ts";
import type { Queryable } from "./db.ts";

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
export function mechanismPairs(id: string, key: string): string {
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

/**
 * The reports of events between two countries (both among the parties, on either side or acting
 * together), in date order: the web timeline's points per report.
 */
export function dyadEvents(db: Queryable, a: string, b: string, page: Page): Promise<Paged<EventItem>> {
  return paged(page, (limit, offset) =>
    db.query<EventItem>(
      `SELECT ${EVENT_ITEM}
         FROM events ev ${EVENT_ITEM_JOINS}
        WHERE (ev.actor_countries @> ARRAY[$1::text] OR ev.recipient_countries @> ARRAY[$1::text])
          AND (ev.actor_countries @> ARRAY[$2::text] OR ev.recipient_countries @> ARRAY[$2::text])
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

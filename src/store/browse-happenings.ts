// Happenings for `rasd serve`: the link stage's corpus events (link_events), one row however many
// articles report it, with every report (its document, outlet and evidence sentence) and the
// number of outlets. The same rows as `rasd events` and `rasd timeline A B`.
import { corpusEventId } from "../link/events.ts";
import type { Event } from "../pipeline/types.ts";
import { fold, likeLiteral, type Page, type Paged, paged } from "./browse.ts";
import { type EventFilter, type EventItem, mechanismPairs } from "./browse-events.ts";
import type { Queryable } from "./db.ts";

/** One report of a happening: the document that told it, and its sentence. */
export interface HappeningReport {
  document: string;
  /** The event's id within the document (`v1`): `/documents/{document}#event-{event}`. */
  event: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  uri: string | null;
  evidence: string;
}

/**
 * A happening: the event as its first report coded it (parties carry corpus entity ids; the
 * evidence offsets are in `document`, the first report's), how many outlets and documents
 * reported it, and every report, earliest published first.
 */
export interface HappeningItem extends EventItem {
  happening: string;
  sources: number;
  documents: number;
  mentions: HappeningReport[];
}

/** What a list of happenings keeps, besides the events page's filters. */
export interface HappeningFilter extends EventFilter {
  /** Countries that must all be among the parties (a dyad's timeline). */
  among?: readonly string[];
}

interface Row {
  happening: string;
  event: Event;
  sources: number;
  documents: number;
  mentions: HappeningReport[] | null;
}

const COLUMNS = `e.id AS happening, e.record AS event, e.sources, e.documents,
  (SELECT json_agg(json_build_object('document', m.document_id, 'event', m.local_id, 'title', d.title, 'outlet', m.outlet,
                                     'published', to_char(d.published, 'YYYY-MM-DD'), 'uri', d.uri, 'evidence', m.evidence)
                   ORDER BY d.published NULLS LAST, m.document_id, m.local_id)
     FROM link_event_mentions m JOIN documents d ON d.id = m.document_id
    WHERE m.event_id = e.id) AS mentions`;

const DATE = `(e.record->>'date')`;

const ORDER: Record<EventFilter["sort"], string> = {
  date: `${DATE} NULLS LAST, e.id`,
  "-date": `${DATE} DESC NULLS LAST, e.id`,
  type: `e.type, ${DATE} NULLS LAST, e.id`,
};

/** The item of a row: the first report (the one that started the happening) gives the document. */
function toItem(r: Row): HappeningItem {
  const mentions = r.mentions ?? [];
  const first =
    mentions.find((m) => corpusEventId(m.document, m.event) === r.happening) ??
    mentions.find((m) => m.event === r.event.id) ??
    mentions[0];
  return {
    document: first?.document ?? "",
    title: first?.title ?? null,
    outlet: first?.outlet ?? null,
    uri: first?.uri ?? null,
    published: first?.published ?? null,
    event: r.event,
    happening: r.happening,
    sources: Number(r.sources),
    documents: Number(r.documents),
    mentions,
  };
}

/** SQL conditions over `e` (link_events) and their parameters, numbered from `$1`. */
function conditions(f: HappeningFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const out: string[] = [];
  // A side: the country is among the parties (GIN index), and on that side of the first report.
  for (const side of ["actor", "recipient"] as const) {
    const c = f[side];
    if (c === null) continue;
    const at = p(c);
    out.push(
      `e.countries @> ARRAY[${at}::text] AND e.record->'${side}' @> jsonb_build_array(jsonb_build_object('country', ${at}::text))`,
    );
  }
  const among = [...(f.country ? [f.country] : []), ...(f.among ?? [])];
  if (among.length > 0) out.push(`e.countries @> ${p(among)}::text[]`);
  if (f.type !== null) out.push(`e.type = ${p(f.type)}`);
  if (f.from !== null) out.push(`${DATE} >= ${p(f.from)}`);
  if (f.before !== null) out.push(`${DATE} < ${p(f.before)}`);
  if (f.text !== null)
    out.push(
      `EXISTS (SELECT 1 FROM link_event_mentions t WHERE t.event_id = e.id AND ${fold("t.evidence")} ILIKE '%' || ${p(likeLiteral(f.text))} || '%')`,
    );
  if (f.mechanism)
    out.push(`e.id IN (SELECT r.event_id FROM events ev
        JOIN link_event_mentions r ON r.document_id = ev.document_id AND r.local_id = ev.local_id
       WHERE (ev.document_id, ev.record->>'mechanism') IN (${mechanismPairs(p(f.mechanism.id), p(f.mechanism.key))}))`);
  return { where: out.length ? `WHERE ${out.join("\n AND ")}` : "", params };
}

/**
 * Happenings matching the events page's filters, in the order asked: type, countries and dates are
 * the happening's (every report of one shares its type and its parties' countries); `actor` and
 * `recipient` are the sides of its first report; `text` and `mechanism` match when one report does.
 */
export function listHappenings(db: Queryable, f: HappeningFilter, page: Page): Promise<Paged<HappeningItem>> {
  const { where, params } = conditions(f);
  const n = params.length;
  return paged(page, async (limit, offset) => {
    const rows = await db.query<Row>(
      `SELECT ${COLUMNS} FROM link_events e ${where}
        ORDER BY ${ORDER[f.sort]} LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...params, limit, offset],
    );
    return rows.map(toItem);
  });
}

/** No filter, oldest first. */
export const ALL_HAPPENINGS: HappeningFilter = {
  actor: null,
  recipient: null,
  country: null,
  type: null,
  from: null,
  before: null,
  text: null,
  mechanism: null,
  sort: "date",
};

/** The happenings between two countries (both among the parties), in date order. */
export function dyadHappenings(
  db: Queryable,
  a: string,
  b: string,
  page: Page,
): Promise<Paged<HappeningItem>> {
  return listHappenings(db, { ...ALL_HAPPENINGS, among: [a, b] }, page);
}

/**
 * The happenings a corpus entity takes part in (actor or recipient in one of the reports), in date
 * order; `role` is actor when it acts in any report.
 */
export function entityHappenings(
  db: Queryable,
  entity: string,
  page: Page,
): Promise<Paged<HappeningItem & { role: string }>> {
  return paged(page, async (limit, offset) => {
    const rows = await db.query<Row & { role: string }>(
      `SELECT ${COLUMNS}, CASE WHEN p.acts THEN 'actor' ELSE 'recipient' END AS role
         FROM (SELECT r.event_id,
                      bool_or(ev.record->'actor' @> jsonb_build_array(jsonb_build_object('entity', led.local_id))) AS acts
                 FROM link_entity_documents led
                 JOIN events ev ON ev.document_id = led.document_id
                 JOIN link_event_mentions r ON r.document_id = ev.document_id AND r.local_id = ev.local_id
                WHERE led.entity_id = $1
                  AND (ev.record->'actor' @> jsonb_build_array(jsonb_build_object('entity', led.local_id))
                    OR ev.record->'recipient' @> jsonb_build_array(jsonb_build_object('entity', led.local_id)))
                GROUP BY r.event_id) p
         JOIN link_events e ON e.id = p.event_id
        ORDER BY ${ORDER.date}
        LIMIT $2 OFFSET $3`,
      [entity, limit, offset],
    );
    return rows.map((r) => ({ ...toItem(r), role: r.role }));
  });
}

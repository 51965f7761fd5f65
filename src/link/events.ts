// Events across articles: a report joins a stored event of the same type and polarity, between the
// same parties, dated within a window, whose evidence shares enough words; otherwise it starts one.
// One indexed read and three batched writes per document.
import { createHash } from "node:crypto";
import { lightStem } from "../arabic/clitics.ts";
import { keyOf } from "../arabic/normalize.ts";
import type { Analysis, Event, Party } from "../pipeline/types.ts";
import type { Queryable } from "../store/db.ts";
import type { WriteBatch } from "./batch.ts";
import { NAME_WORD } from "./regexes.ts";

export interface EventLinkContext {
  /** Days either side of a report's date within which a stored event can be the same one. */
  windowDays: number;
  /** Least Jaccard similarity of evidence terms for reports dated on different days. */
  minEvidence: number;
  /** Least Jaccard similarity of evidence terms for reports dated on the same day. */
  minEvidenceSameDay: number;
  /** Least Jaccard similarity of evidence terms for reports dated by month or year only. */
  minEvidenceUndated: number;
  /** Words that say nothing about which event is meant (`في`, `التي`), as keys. */
  stopwords: ReadonlySet<string>;
  maxCandidates: number;
}

export const DEFAULT_EVENT_LINK: Omit<EventLinkContext, "stopwords"> = {
  windowDays: 3,
  minEvidence: 0.15,
  minEvidenceSameDay: 0.08,
  minEvidenceUndated: 0.25,
  maxCandidates: 200,
};

/** A report's place in the blocking index. */
export interface EventBlock {
  /** Type, polarity and parties; with the date when it is not a day (`2024-05`). */
  block: string;
  /** The day, when the date is one. */
  day: string | null;
  countries: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** Where a report is filed: null when it names no party, so nothing can confirm a match. */
export function eventBlock(e: Event, entityIds: ReadonlyMap<string, string>): EventBlock | null {
  const parties = [...e.actor, ...e.recipient];
  const countries = [...new Set(parties.map((p) => p.country).filter((c): c is string => c !== null))].sort();
  const who =
    countries.length > 0
      ? countries
      : [
          ...new Set(
            parties.map((p) => (p.entity ? entityIds.get(p.entity) : null)).filter((x): x is string => !!x),
          ),
        ].sort();
  if (who.length === 0) return null;
  const day = e.date && DAY.test(e.date) ? e.date : null;
  const base = `${e.type}|${e.negated ? "not" : "is"}|${who.join("+")}`;
  return { block: day ? base : `${base}|${e.date ?? "undated"}`, day, countries };
}

/** The stems of the evidence's words, function words left out. */
export function evidenceTerms(text: string, stopwords: ReadonlySet<string>): string[] {
  const words = (keyOf(text).match(NAME_WORD) ?? []).filter((w) => w.length > 2 && !stopwords.has(w));
  return [...new Set(words.map((w) => lightStem(w)))].sort();
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 0;
  const sb = new Set(b);
  const inter = a.filter((x) => sb.has(x)).length;
  return inter / (a.length + b.length - inter);
}

export interface StoredEvent {
  id: string;
  block: string;
  day: string | null;
  terms: string[];
  /** Its first report's parties' countries, sorted. */
  countries: string[];
}

export interface Report {
  event: Event;
  at: EventBlock | null;
  terms: string[];
}

/** `TYPE|is` of a block: what two reports must share to be one event. */
function kindOf(block: string): string {
  return block.split("|", 2).join("|");
}

/**
 * Whether two party sets can name one event: equal, or one holds the other and they share at least
 * two countries (`IRN+TUR` in one report, `IRN+RUS+TUR` in another: Lavrov meeting his Turkish and
 * Iranian counterparts). One shared country is not enough: `RUS+USA` and `SYR+USA` are other events.
 */
export function compatibleParties(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length < 2) return small.length === large.length && small.every((c, i) => c === large[i]);
  const set = new Set(large);
  return small.every((c) => set.has(c));
}

function dayDistance(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/**
 * The stored event a report is another mention of, if any: same type and polarity, compatible
 * parties (`compatibleParties`; equal when dated by month or year only, or named without a
 * country), a day within the window, similar evidence; the most similar evidence wins.
 */
export function choose(r: Report, stored: readonly StoredEvent[], ctx: EventLinkContext): StoredEvent | null {
  if (!r.at) return null;
  let best: { s: StoredEvent; score: number } | null = null;
  for (const s of stored) {
    const nested =
      r.at.day !== null &&
      r.at.countries.length > 0 &&
      kindOf(s.block) === kindOf(r.at.block) &&
      compatibleParties(r.at.countries, s.countries);
    if (s.block !== r.at.block && !nested) continue;
    if (r.at.day && (!s.day || dayDistance(s.day, r.at.day) > ctx.windowDays)) continue;
    const sim = jaccard(r.terms, s.terms);
    const sameDay = r.at.day !== null && s.day === r.at.day;
    const least = !r.at.day ? ctx.minEvidenceUndated : sameDay ? ctx.minEvidenceSameDay : ctx.minEvidence;
    if (sim < least) continue;
    if (best === null || sim > best.score) best = { s, score: sim };
  }
  return best?.s ?? null;
}

async function readCandidates(tx: Queryable, reports: readonly Report[], ctx: EventLinkContext) {
  const filed = reports.filter((r) => r.at !== null).map((r) => r.at as EventBlock);
  if (filed.length === 0) return [];
  // By block and day; and, for a day-dated report with two countries or more, by type and day with
  // nested countries (`choose` checks polarity and `compatibleParties`).
  const nested = filed.filter((f) => f.day !== null && f.countries.length >= 2);
  const rows = await tx.query<StoredEvent>(
    `SELECT e.id, e.block, e.day::text AS day, e.terms, e.countries
       FROM link_events e
       JOIN unnest($1::text[], $2::date[]) AS q(block, day)
         ON e.block = q.block
        AND ((q.day IS NULL AND e.day IS NULL) OR e.day BETWEEN q.day - $3::int AND q.day + $3::int)
     UNION
     SELECT e.id, e.block, e.day::text AS day, e.terms, e.countries
       FROM link_events e
       JOIN unnest($5::text[], $6::date[], $7::text[]) AS q(type, day, countries)
         ON e.type = q.type AND e.day BETWEEN q.day - $3::int AND q.day + $3::int
        AND (e.countries @> string_to_array(q.countries, '|') OR e.countries <@ string_to_array(q.countries, '|'))
      LIMIT $4`,
    [
      filed.map((f) => f.block),
      filed.map((f) => f.day),
      ctx.windowDays,
      ctx.maxCandidates,
      nested.map((f) => f.block.split("|", 1)[0] as string),
      nested.map((f) => f.day),
      nested.map((f) => f.countries.join("|")),
    ],
  );
  return rows;
}

function mapParty(p: Party, ids: ReadonlyMap<string, string>): Party {
  return { ...p, entity: p.entity ? (ids.get(p.entity) ?? null) : null };
}

/** The event with corpus entity ids in place of the document's. */
export function corpusRecord(e: Event, ids: ReadonlyMap<string, string>): Event {
  const id = (x: string | null) => (x ? (ids.get(x) ?? null) : null);
  return {
    ...e,
    actor: e.actor.map((p) => mapParty(p, ids)),
    recipient: e.recipient.map((p) => mapParty(p, ids)),
    location: id(e.location),
    mechanism: id(e.mechanism),
    source: id(e.source),
  };
}

/** The id of the corpus event a report starts: so its first report can be told from the others. */
export function corpusEventId(documentId: string, eventId: string): string {
  return `v${createHash("sha1").update(`${documentId}\u0000${eventId}`).digest("hex").slice(0, 12)}`;
}

/**
 * Links a stored document's events to corpus events: reads now, adds its writes to `batch`;
 * returns document event id → corpus event id.
 */
export async function linkEvents(
  tx: Queryable,
  a: Analysis,
  entityIds: ReadonlyMap<string, string>,
  ctx: EventLinkContext,
  batch: WriteBatch,
): Promise<Map<string, string>> {
  const reports: Report[] = a.events.map((event) => ({
    event,
    at: eventBlock(event, entityIds),
    terms: evidenceTerms(event.evidence.text, ctx.stopwords),
  }));
  const stored = await readCandidates(tx, reports, ctx);
  const links = new Map<string, string>();
  const fresh: Array<{ id: string; r: Report }> = [];
  for (const r of reports) {
    const match = choose(r, stored, ctx);
    const id = match?.id ?? corpusEventId(a.document.id, r.event.id);
    if (!match) {
      fresh.push({ id, r });
      if (r.at)
        stored.push({ id, block: r.at.block, day: r.at.day, terms: r.terms, countries: r.at.countries });
    }
    links.set(r.event.id, id);
  }
  writeEvents(batch, a, links, fresh, entityIds);
  return links;
}

function writeEvents(
  batch: WriteBatch,
  a: Analysis,
  links: ReadonlyMap<string, string>,
  fresh: ReadonlyArray<{ id: string; r: Report }>,
  entityIds: ReadonlyMap<string, string>,
): void {
  if (links.size === 0) return;
  const perEvent = new Map<string, number>();
  for (const id of links.values()) perEvent.set(id, (perEvent.get(id) ?? 0) + 1);
  const isNew = new Map(fresh.map((f) => [f.id, f.r]));
  const ids = [...perEvent.keys()];
  const r = (id: string) => isNew.get(id);
  const source = a.document.outlet ?? `doc:${a.document.id}`;
  batch.add(
    `INSERT INTO link_events (id, type, block, day, countries, terms, record, outlets, mentions, documents, sources)
     SELECT id, type, block, day, coalesce(string_to_array(nullif(countries, ''), '|'), '{}'),
            coalesce(string_to_array(nullif(terms, ''), '|'), '{}'), record, ARRAY[$9::text], mentions, 1, 1
       FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::text[], $6::text[], $7::jsonb[], $8::int[])
            AS u(id, type, block, day, countries, terms, record, mentions)
     ON CONFLICT (id) DO UPDATE SET
       mentions = link_events.mentions + EXCLUDED.mentions,
       documents = link_events.documents + 1,
       outlets = CASE WHEN $9::text = ANY (link_events.outlets) THEN link_events.outlets ELSE link_events.outlets || $9::text END,
       sources = link_events.sources + CASE WHEN $9::text = ANY (link_events.outlets) THEN 0 ELSE 1 END`,
    [
      ids,
      ids.map((id) => r(id)?.event.type ?? ""),
      ids.map((id) => r(id)?.at?.block ?? `unfiled|${id}`),
      ids.map((id) => r(id)?.at?.day ?? null),
      // Arrays of arrays must be rectangular: countries and terms travel as `|`-joined text.
      ids.map((id) => (r(id)?.at?.countries ?? []).join("|")),
      ids.map((id) => (r(id)?.terms ?? []).join("|")),
      ids.map((id) => {
        const rep = r(id);
        return rep ? JSON.stringify(corpusRecord(rep.event, entityIds)) : "{}";
      }),
      ids.map((id) => perEvent.get(id) ?? 0),
      source,
    ],
  );
  batch.add(
    `INSERT INTO link_event_mentions (document_id, local_id, event_id, outlet, evidence)
     SELECT $1, local_id, event_id, $2, evidence FROM unnest($3::text[], $4::text[], $5::text[]) AS u(local_id, event_id, evidence)`,
    [
      a.document.id,
      a.document.outlet,
      a.events.map((e) => e.id),
      a.events.map((e) => links.get(e.id)),
      a.events.map((e) => e.evidence.text),
    ],
  );
}

/** A corpus event: the first report's fields with corpus entity ids, and every report of it. */
export type CorpusEvent = Event & {
  mentions: Array<{ document: string; outlet: string | null; evidence: string }>;
  sources: number;
  documents: number;
};

interface EventRowOut {
  id: string;
  record: Event;
  mentions: number;
  documents: number;
  sources: number;
  reports: CorpusEvent["mentions"] | null;
}

function toCorpusEvent(r: EventRowOut): CorpusEvent {
  return {
    ...r.record,
    id: r.id,
    mentions: r.reports ?? [],
    sources: Number(r.sources),
    documents: Number(r.documents),
  };
}

const EVENT_COLUMNS = `e.id, e.record, e.mentions, e.documents, e.sources,
  (SELECT json_agg(json_build_object('document', m.document_id, 'outlet', m.outlet, 'evidence', m.evidence)
                   ORDER BY m.document_id, m.local_id)
     FROM link_event_mentions m WHERE m.event_id = e.id) AS reports`;

/** Corpus events in date order (undated last), filtered by type and by a country among the parties. */
export async function listCorpusEvents(
  db: Queryable,
  filter: { type?: string; country?: string; limit: number },
): Promise<CorpusEvent[]> {
  const rows = await db.query<EventRowOut>(
    `SELECT ${EVENT_COLUMNS}
       FROM link_events e
      WHERE ($1::text IS NULL OR e.type = $1) AND ($2::text IS NULL OR $2 = ANY (e.countries))
      ORDER BY e.record->>'date' NULLS LAST, e.id
      LIMIT $3`,
    [filter.type ?? null, filter.country ?? null, filter.limit],
  );
  return rows.map(toCorpusEvent);
}

/** The events between two countries (either may act), in date order. */
export async function timeline(
  db: Queryable,
  filter: { a: string; b: string; type?: string; limit: number },
): Promise<CorpusEvent[]> {
  const rows = await db.query<EventRowOut>(
    `SELECT ${EVENT_COLUMNS}
       FROM link_events e
      WHERE e.countries @> ARRAY[$1::text, $2::text] AND ($3::text IS NULL OR e.type = $3)
      ORDER BY e.record->>'date' NULLS LAST, e.id
      LIMIT $4`,
    [filter.a, filter.b, filter.type ?? null, filter.limit],
  );
  return rows.map(toCorpusEvent);
}

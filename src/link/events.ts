// Events across articles: a report joins a stored event of the same type and polarity, between the
// same parties, dated within a window, whose evidence shares enough words; otherwise it starts one.
// One indexed read and two writes per batch of documents.
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

/** A corpus event's reports counted by date: dated by their own text (explicit) or by their article. */
export type DateTally = Record<string, { explicit: number; published: number; text: string | null }>;

/** Counts one report's date in a tally (an undated report counts nowhere). */
export function tallyDate(tally: DateTally, e: Event): void {
  if (!e.date) return;
  const t = (tally[e.date] ??= { explicit: 0, published: 0, text: null });
  if (e.date_text) {
    t.explicit++;
    t.text ??= e.date_text;
  } else t.published++;
}

/**
 * The date its reports support best: a date some report's text gives over a publication date, then
 * the one most reports give, then the earliest. Null when no report is dated.
 */
export function bestDate(tally: DateTally): { date: string; text: string | null } | null {
  const all = Object.entries(tally);
  const explicit = all.filter(([, t]) => t.explicit > 0);
  const pool = explicit.length > 0 ? explicit : all;
  const count = ([, t]: (typeof all)[number]) => (explicit.length > 0 ? t.explicit : t.published);
  const best = pool.sort((a, b) => count(b) - count(a) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0];
  return best ? { date: best[0], text: explicit.length > 0 ? best[1].text : null } : null;
}

export interface StoredEvent {
  id: string;
  /** Its reports by date, shared with the batch's view so each report that joins counts. */
  dates?: DateTally;
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

/** A stored event as the batch's candidate look-up reads it: with its type, for the nested rule. */
interface ViewEvent extends StoredEvent {
  type: string;
}

/**
 * The stored events a batch of documents can meet, by block and by type: read once for the batch,
 * then grown with the events its documents start, so each document sees the ones before it.
 */
export interface EventView {
  byBlock: Map<string, ViewEvent[]>;
  byType: Map<string, ViewEvent[]>;
}

function addEvent(view: EventView, e: ViewEvent): void {
  for (const [map, key] of [
    [view.byBlock, e.block],
    [view.byType, e.type],
  ] as const) {
    const list = map.get(key) ?? [];
    list.push(e);
    map.set(key, list);
  }
}

/** The reports of a document, filed (`eventBlock`) and with their evidence terms. */
export function eventReports(
  a: Analysis,
  entityIds: ReadonlyMap<string, string>,
  ctx: EventLinkContext,
): Report[] {
  return a.events.map((event) => ({
    event,
    at: eventBlock(event, entityIds),
    terms: evidenceTerms(event.evidence.text, ctx.stopwords),
  }));
}

/** A report's type, from its block, for the look-up among nested party sets. */
const typeOf = (at: EventBlock) => at.block.split("|", 1)[0] as string;

/** Whether a report looks up nested party sets too: dated to the day, with two countries or more. */
const looksNested = (at: EventBlock) => at.day !== null && at.countries.length >= 2;

/** One read for a batch: every stored event that any of its reports may meet, however many. */
export async function readEventView(
  tx: Queryable,
  reports: readonly Report[],
  ctx: EventLinkContext,
): Promise<EventView> {
  const view: EventView = { byBlock: new Map(), byType: new Map() };
  const filed = reports.filter((r) => r.at !== null).map((r) => r.at as EventBlock);
  if (filed.length === 0) return view;
  // By block and day; and, for a day-dated report with two countries or more, by type and day with
  // nested countries (`choose` checks polarity and `compatibleParties`).
  const nested = filed.filter(looksNested);
  const rows = await tx.query<ViewEvent>(
    `SELECT e.id, e.type, e.block, e.day::text AS day, e.terms, e.countries, e.dates
       FROM link_events e
       JOIN unnest($1::text[], $2::date[]) AS q(block, day)
         ON e.block = q.block
        AND ((q.day IS NULL AND e.day IS NULL) OR e.day BETWEEN q.day - $3::int AND q.day + $3::int)
     UNION
     SELECT e.id, e.type, e.block, e.day::text AS day, e.terms, e.countries, e.dates
       FROM link_events e
       JOIN unnest($4::text[], $5::date[], $6::text[]) AS q(type, day, countries)
         ON e.type = q.type AND e.day BETWEEN q.day - $3::int AND q.day + $3::int
        AND (e.countries @> string_to_array(q.countries, '|') OR e.countries <@ string_to_array(q.countries, '|'))`,
    [
      filed.map((f) => f.block),
      filed.map((f) => f.day),
      ctx.windowDays,
      nested.map(typeOf),
      nested.map((f) => f.day),
      nested.map((f) => f.countries.join("|")),
    ],
  );
  for (const r of rows) addEvent(view, r);
  return view;
}

const within = (a: string | null, b: string, days: number) => a !== null && dayDistance(a, b) <= days;

/**
 * The stored events a document's reports read from `view`, as its look-up in the tables would find
 * them: by block and day, or by type, day and nested countries; by id, at most `maxCandidates`.
 */
function candidatesOf(view: EventView, reports: readonly Report[], ctx: EventLinkContext): StoredEvent[] {
  const found = new Map<string, ViewEvent>();
  for (const r of reports) {
    const q = r.at;
    if (!q) continue;
    for (const e of view.byBlock.get(q.block) ?? [])
      if (q.day === null ? e.day === null : within(e.day, q.day, ctx.windowDays)) found.set(e.id, e);
    if (!looksNested(q)) continue;
    const qs = new Set(q.countries);
    for (const e of view.byType.get(typeOf(q)) ?? []) {
      if (found.has(e.id) || !within(e.day, q.day as string, ctx.windowDays)) continue;
      const holds = q.countries.every((c) => e.countries.includes(c));
      if (holds || e.countries.every((c) => qs.has(c))) found.set(e.id, e);
    }
  }
  return [...found.values()]
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .slice(0, ctx.maxCandidates)
    .map(({ id, block, day, terms, countries, dates }) => ({ id, block, day, terms, countries, dates }));
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
 * Links a stored document's events to corpus events against `view`, which it then grows by the
 * events it starts; adds its writes to `writes`. Returns document event id → corpus event id.
 */
export function linkEvents(
  view: EventView,
  a: Analysis,
  reports: readonly Report[],
  entityIds: ReadonlyMap<string, string>,
  ctx: EventLinkContext,
  writes: EventWrites,
): Map<string, string> {
  const stored = candidatesOf(view, reports, ctx);
  const links = new Map<string, string>();
  const fresh: Array<{ id: string; r: Report; dates: DateTally }> = [];
  const tallies = new Map<string, DateTally>();
  for (const r of reports) {
    const match = choose(r, stored, ctx);
    const id = match?.id ?? corpusEventId(a.document.id, r.event.id);
    let dates = match ? (match.dates ??= {}) : tallies.get(id);
    if (!dates) {
      dates = {};
      fresh.push({ id, r, dates });
      if (r.at)
        stored.push({
          id,
          block: r.at.block,
          day: r.at.day,
          terms: r.terms,
          countries: r.at.countries,
          dates,
        });
    }
    // The view's tally itself: a later document of the batch that joins this event counts on.
    tallyDate(dates, r.event);
    tallies.set(id, dates);
    links.set(r.event.id, id);
  }
  for (const { id, r, dates } of fresh)
    if (r.at)
      addEvent(view, {
        id,
        type: r.event.type,
        block: r.at.block,
        day: r.at.day,
        terms: r.terms,
        countries: r.at.countries,
        dates,
      });
  writes.add(a, links, fresh, entityIds, tallies);
  return links;
}

/** A corpus event's row as a batch of documents leaves it. */
interface EventRow {
  id: string;
  /** The report that started it, when a document of the batch did. */
  first?: { report: Report; record: string };
  mentions: number;
  documents: number;
  /** The sources of the batch's reports, each once, in the order they came. */
  outlets: string[];
  /** All its reports by date, those stored before the batch included. */
  dates: DateTally;
}

/** The link stage's event writes for a batch: one row per corpus event, however many documents. */
export class EventWrites {
  readonly rows = new Map<string, EventRow>();
  readonly mentions: Array<{
    document: string;
    local: string;
    event: string;
    outlet: string | null;
    evidence: string;
  }> = [];

  add(
    a: Analysis,
    links: ReadonlyMap<string, string>,
    fresh: ReadonlyArray<{ id: string; r: Report }>,
    entityIds: ReadonlyMap<string, string>,
    tallies: ReadonlyMap<string, DateTally>,
  ): void {
    if (links.size === 0) return;
    const isNew = new Map(fresh.map((f) => [f.id, f.r]));
    const source = a.document.outlet ?? `doc:${a.document.id}`;
    const seen = new Set<string>();
    for (const id of links.values()) {
      let row = this.rows.get(id);
      if (!row) {
        const report = isNew.get(id);
        row = { id, mentions: 0, documents: 0, outlets: [], dates: tallies.get(id) ?? {} };
        if (report) row.first = { report, record: JSON.stringify(corpusRecord(report.event, entityIds)) };
        this.rows.set(id, row);
      }
      row.mentions++;
      if (seen.has(id)) continue;
      seen.add(id);
      row.documents++;
      if (!row.outlets.includes(source)) row.outlets.push(source);
    }
    for (const e of a.events)
      this.mentions.push({
        document: a.document.id,
        local: e.id,
        event: links.get(e.id) as string,
        outlet: a.document.outlet,
        evidence: e.evidence.text,
      });
  }

  write(batch: WriteBatch): void {
    const rows = [...this.rows.values()];
    if (rows.length === 0) return;
    const r = (row: EventRow) => row.first?.report;
    batch.add(
      `INSERT INTO link_events (id, type, block, day, countries, terms, record, outlets, mentions, documents, sources, dates)
     SELECT id, type, block, day, coalesce(string_to_array(nullif(countries, ''), '|'), '{}'),
            coalesce(string_to_array(nullif(terms, ''), '|'), '{}'),
            CASE WHEN best IS NULL THEN record ELSE record || best END,
            ARRAY(SELECT o FROM json_array_elements_text(outlets) WITH ORDINALITY AS x(o, n) ORDER BY n), mentions, documents, json_array_length(outlets), dates
       FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::text[], $6::text[], $7::jsonb[], $8::json[], $9::int[], $10::int[], $11::jsonb[], $12::jsonb[])
            AS u(id, type, block, day, countries, terms, record, outlets, mentions, documents, dates, best)
     ON CONFLICT (id) DO UPDATE SET
       dates = EXCLUDED.dates,
       record = CASE WHEN EXCLUDED.dates = '{}'::jsonb THEN link_events.record
                     ELSE link_events.record || jsonb_build_object('date', EXCLUDED.record->'date', 'date_text', EXCLUDED.record->'date_text') END,
       mentions = link_events.mentions + EXCLUDED.mentions,
       documents = link_events.documents + EXCLUDED.documents,
       outlets = link_events.outlets || ARRAY(SELECT o FROM unnest(EXCLUDED.outlets) WITH ORDINALITY AS x(o, n)
                                               WHERE o <> ALL (link_events.outlets) ORDER BY n),
       sources = link_events.sources + (SELECT count(*) FROM unnest(EXCLUDED.outlets) AS o WHERE o <> ALL (link_events.outlets))`,
      [
        rows.map((row) => row.id),
        rows.map((row) => r(row)?.event.type ?? ""),
        rows.map((row) => r(row)?.at?.block ?? `unfiled|${row.id}`),
        rows.map((row) => r(row)?.at?.day ?? null),
        // Arrays of arrays must be rectangular: countries and terms travel as `|`-joined text.
        rows.map((row) => (r(row)?.at?.countries ?? []).join("|")),
        rows.map((row) => (r(row)?.terms ?? []).join("|")),
        rows.map((row) => row.first?.record ?? "{}"),
        rows.map((row) => JSON.stringify(row.outlets)),
        rows.map((row) => row.mentions),
        rows.map((row) => row.documents),
        rows.map((row) => JSON.stringify(row.dates)),
        rows.map((row) => {
          const best = bestDate(row.dates);
          return best ? JSON.stringify({ date: best.date, date_text: best.text }) : null;
        }),
      ],
    );
    const m = this.mentions;
    batch.add(
      `INSERT INTO link_event_mentions (document_id, local_id, event_id, outlet, evidence)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])`,
      [
        m.map((x) => x.document),
        m.map((x) => x.local),
        m.map((x) => x.event),
        m.map((x) => x.outlet),
        m.map((x) => x.evidence),
      ],
    );
  }
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

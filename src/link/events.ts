// Events across articles: a report joins a stored event of the same type and polarity, between the
// same parties, dated within a window, whose evidence shares enough words (`event-match.ts`);
// otherwise it starts one. This file reads a batch's candidates once (the view) and links each
// document against them in order; the writes are `event-writes.ts`.
import type { Analysis } from "../pipeline/types.ts";
import type { Queryable } from "../store/db.ts";
import { type DateTally, tallyDate } from "./event-dates.ts";
import {
  choose,
  dayDistance,
  type EventBlock,
  type EventLinkContext,
  eventBlock,
  evidenceTerms,
  type Report,
  type StoredEvent,
} from "./event-match.ts";
import type { EventWrites } from "./event-writes.ts";
import { hashId } from "./ids.ts";

export { type CorpusEvent, listCorpusEvents, timeline } from "./event-list.ts";

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
  // Each look-up once (the documents of a batch share blocks and days), and each an index look-up of
  // its own (OFFSET 0): joined as sets, the planner scans link_events whole for every batch, which
  // grows with the corpus. The nested countries are checked on the rows of the type and days found.
  const blocks = uniqueBy(filed, (f) => `${f.block}\u0000${f.day}`);
  const nested = uniqueBy(
    filed.filter(looksNested),
    (f) => `${typeOf(f)}\u0000${f.day}\u0000${f.countries.join("|")}`,
  );
  const rows = await tx.query<ViewEvent>(
    `SELECT e.id, e.type, e.block, e.day::text AS day, e.terms, e.countries, e.dates
       FROM unnest($1::text[], $2::date[]) AS q(block, day),
            LATERAL (SELECT e.* FROM link_events e
                      WHERE e.block = q.block
                        AND ((q.day IS NULL AND e.day IS NULL) OR e.day BETWEEN q.day - $3::int AND q.day + $3::int)
                     OFFSET 0) e
     UNION
     SELECT e.id, e.type, e.block, e.day::text AS day, e.terms, e.countries, e.dates
       FROM unnest($4::text[], $5::date[], $6::text[]) AS q(type, day, countries),
            LATERAL (SELECT e.* FROM link_events e
                      WHERE e.type = q.type AND e.day BETWEEN q.day - $3::int AND q.day + $3::int
                     OFFSET 0) e
      WHERE e.countries @> string_to_array(q.countries, '|') OR e.countries <@ string_to_array(q.countries, '|')`,
    [
      blocks.map((f) => f.block),
      blocks.map((f) => f.day),
      ctx.windowDays,
      nested.map(typeOf),
      nested.map((f) => f.day),
      nested.map((f) => f.countries.join("|")),
    ],
  );
  for (const r of rows) addEvent(view, r);
  return view;
}

/** The items with distinct keys, one of each. */
function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  return [...new Map(items.map((t) => [key(t), t] as const)).values()];
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

/** The id of the corpus event a report starts: so its first report can be told from the others. */
export function corpusEventId(documentId: string, eventId: string): string {
  return hashId("v", documentId, eventId);
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

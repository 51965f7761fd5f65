// Events across articles, the batch's writes: one row per corpus event (its first report's record
// with corpus entity ids, counts, outlets and date tally) and one per report, merged over the batch.
import type { Analysis, Event, Party } from "../pipeline/types.ts";
import type { WriteBatch } from "./batch.ts";
import { bestDate, type DateTally } from "./event-dates.ts";
import type { Report } from "./event-match.ts";

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

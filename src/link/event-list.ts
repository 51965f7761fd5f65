// Events across articles, read back as the link stage left them: corpus events with every report,
// by date, type and country, and the timeline of two countries. (`rasd events`, `rasd timeline` and
// the API list happenings through `listHappenings`, src/store/browse-happenings.ts.)
import type { Event } from "../pipeline/types.ts";
import type { Queryable } from "../store/db.ts";

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

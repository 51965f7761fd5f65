// Event exports: PLOVER-style JSON Lines (the manual's "Data Fields" names where one exists),
// a flat CSV for R and pandas, and JSON. Shared by `rasd export` and GET /api/export.
import { csv } from "../cli/format.ts";
import type { Party } from "../pipeline/types.ts";
import type { EventItem } from "../store/browse-events.ts";

export type ExportFormat = "plover-jsonl" | "csv" | "json";

export const CODER = "rasd 0.1.0";

/** PLOVER's entity object: code, sector, entity_text (+ Rasd's per-document entity id). */
function ploverEntity(p: Party): Record<string, unknown> {
  return { code: p.country, sector: p.sector, entity_text: p.text, rasd_entity: p.entity };
}

/** A PLOVER record: `id`, `date`, `enddate`, `actor`, `recipient`, `event`, `mode`, `context`,
 * `quad_code`, `event_scale`, `event_text`, `text_info`, `cite_info`, `coder`; Rasd's own fields
 * (modality, negated, date_text, cameo) keep their Rasd names, and `happening` (the link stage's
 * event this report was clustered into, shared by every report of it) and `sources` (how many
 * outlets reported that happening) let a reader count each happening once. */
export function ploverRecord(item: EventItem, codedDate: string): Record<string, unknown> {
  const e = item.event;
  return {
    id: `rasd-${item.document}-${e.id}`,
    date: e.date,
    enddate: e.end_date,
    actor: e.actor.map(ploverEntity),
    recipient: e.recipient.map(ploverEntity),
    event: [e.type],
    mode: e.mode ? [e.mode] : [],
    context: e.context,
    quad_code: e.quad,
    event_scale: e.intensity,
    event_text: [e.evidence.text],
    text_info: { start: e.evidence.start, end: e.evidence.end },
    cite_info: {
      document: item.document,
      uri: item.uri,
      outlet: item.outlet,
      title: item.title,
      published: item.published,
    },
    coder: CODER,
    coded_date: codedDate,
    modality: e.modality,
    negated: e.negated,
    date_text: e.date_text,
    cameo: e.cameo,
    happening: item.happening,
    sources: item.sources,
  };
}

export const CSV_COLUMNS = [
  "id",
  "date",
  "enddate",
  "event",
  "mode",
  "context",
  "quad_code",
  "event_scale",
  "actor_code",
  "actor_sector",
  "actor_text",
  "recipient_code",
  "recipient_sector",
  "recipient_text",
  "modality",
  "negated",
  "event_text",
  "document",
  "outlet",
  "published",
  "uri",
  "happening",
  "sources",
] as const;

/** Several parties in one cell are joined with `|` (`USA|CHN`), like compound actors in PLOVER. */
function joined(parties: readonly Party[], field: "country" | "sector" | "text"): string {
  return parties.map((p) => p[field] ?? "").join("|");
}

export function csvRow(item: EventItem): Record<(typeof CSV_COLUMNS)[number], unknown> {
  const e = item.event;
  return {
    id: `rasd-${item.document}-${e.id}`,
    date: e.date,
    enddate: e.end_date,
    event: e.type,
    mode: e.mode,
    context: e.context.join("|"),
    quad_code: e.quad,
    event_scale: e.intensity,
    actor_code: joined(e.actor, "country"),
    actor_sector: joined(e.actor, "sector"),
    actor_text: joined(e.actor, "text"),
    recipient_code: joined(e.recipient, "country"),
    recipient_sector: joined(e.recipient, "sector"),
    recipient_text: joined(e.recipient, "text"),
    modality: e.modality,
    negated: e.negated,
    event_text: e.evidence.text,
    document: item.document,
    outlet: item.outlet,
    published: item.published,
    uri: item.uri,
    happening: item.happening,
    sources: item.sources,
  };
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  "plover-jsonl": "application/x-ndjson; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/** The export as text chunks, one page of events at a time, so no export is held in memory. */
export async function* exportChunks(
  format: ExportFormat,
  pages: AsyncIterable<EventItem[]>,
  codedDate = new Date().toISOString().slice(0, 10),
): AsyncGenerator<string, number> {
  let n = 0;
  if (format === "csv") yield `${CSV_COLUMNS.join(",")}\n`;
  if (format === "json") yield "[";
  for await (const items of pages) {
    const out: string[] = [];
    for (const item of items) {
      if (format === "plover-jsonl") out.push(`${JSON.stringify(ploverRecord(item, codedDate))}\n`);
      else if (format === "json")
        out.push(`${n === 0 ? "\n" : ",\n"}${JSON.stringify(ploverRecord(item, codedDate))}`);
      else
        out.push(
          csv([csvRow(item)], CSV_COLUMNS)
            .split("\n")
            .slice(1)
            .join("\n"),
        );
      n++;
    }
    if (out.length) yield out.join("");
  }
  if (format === "json") yield n === 0 ? "]\n" : "\n]\n";
  return n;
}

/** Writes the export through `write`; the number of events written. */
export async function writeExport(
  format: ExportFormat,
  pages: AsyncIterable<EventItem[]>,
  write: (chunk: string) => void | Promise<void>,
): Promise<number> {
  const chunks = exportChunks(format, pages);
  for (;;) {
    const next = await chunks.next();
    if (next.done) return next.value;
    await write(next.value);
  }
}

/** The export as a byte stream for an HTTP response, read as the client reads. */
export function exportStream(
  format: ExportFormat,
  pages: AsyncIterable<EventItem[]>,
): ReadableStream<Uint8Array> {
  const chunks = exportChunks(format, pages);
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(0);
    },
  });
}

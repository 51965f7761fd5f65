// Human-readable output: aligned tables for a terminal, CSV and JSON Lines for pipes.
import type { Analysis } from "../pipeline/types.ts";

export type Format = "table" | "jsonl" | "csv" | "json";

export const FORMATS: readonly Format[] = ["table", "jsonl", "csv", "json"];

function width(s: string): number {
  // Combining marks take no column.
  return [...s.replace(/\p{M}/gu, "")].length;
}

function pad(s: string, n: number): string {
  return s + " ".repeat(Math.max(0, n - width(s)));
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.map(cell).join("|");
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/** Columns as given; long cells are cut so a row fits a terminal line. */
export function table(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
  maxCell = 60,
): string {
  const cells = rows.map((r) => columns.map((c) => truncate(cell(r[c]).replace(/\s+/gu, " "), maxCell)));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((r) => width(r[i] as string))));
  const line = (r: readonly string[]) =>
    r
      .map((v, i) => pad(v, widths[i] as number))
      .join("  ")
      .trimEnd();
  return `${[line(columns), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n")}\n`;
}

/**
 * A cell cut to `n` columns: at the last space that keeps at least half of it, so no word is cut in
 * the middle (`رداً ع…` would read as another word), with `…` where the text goes on.
 */
export function truncate(s: string, n: number): string {
  if (width(s) <= n) return s;
  const all = [...s];
  // Room for " …"; a space right after the room is a word's end too.
  const head = all.slice(0, n - 2);
  const space = all[n - 2] === " " ? head.length : head.lastIndexOf(" ");
  const cut = space >= Math.floor(n / 2) ? head.slice(0, space) : head;
  return `${cut.join("").trimEnd()} …`;
}

function csvCell(v: unknown): string {
  const s = cell(v);
  return /[",\n\r]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

export function csv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  return `${[columns.join(","), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(","))].join("\n")}\n`;
}

export function jsonl(rows: readonly unknown[]): string {
  return rows.map((r) => JSON.stringify(r)).join("\n") + (rows.length ? "\n" : "");
}

export function render(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
  format: Format,
): string {
  switch (format) {
    case "jsonl":
      return jsonl(rows);
    case "csv":
      return csv(rows, columns);
    case "json":
      return `${JSON.stringify(rows, null, 2)}\n`;
    default:
      return rows.length === 0 ? "(none)\n" : table(rows, columns);
  }
}

export function partiesText(parties: readonly { text: string; country: string | null }[]): string {
  return parties.map((p) => `${p.text}${p.country ? ` (${p.country})` : ""}`).join(" + ");
}

/** `rasd analyze` without --json: the document, its entities and its events. */
export function formatAnalysis(a: Analysis): string {
  const d = a.document;
  const head = [
    `title:     ${d.title ?? "-"}`,
    `published: ${d.published ?? "-"}`,
    `outlet:    ${d.outlet ?? "-"}${d.cited.length ? `   cited: ${d.cited.join("، ")}` : ""}`,
    `body:      ${d.text.length} characters${d.appended.length ? `, ${d.appended.length} appended article(s) set apart` : ""}`,
    "",
  ].join("\n");
  const entities = a.entities.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    country: e.country,
    sector: e.sector,
    role: e.role,
    mentions: e.mentions.length,
  }));
  const events = a.events.map((e) => ({
    id: e.id,
    type: e.type,
    actor: partiesText(e.actor),
    recipient: partiesText(e.recipient),
    date: e.date,
    modality: e.negated ? `negated ${e.modality}` : e.modality,
    evidence: e.evidence.text,
  }));
  return `${head}\nEntities\n${render(entities, ["id", "type", "name", "country", "sector", "role", "mentions"], "table")}\nEvents\n${render(events, ["id", "type", "actor", "recipient", "date", "modality", "evidence"], "table")}`;
}

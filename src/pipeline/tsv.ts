// Reads the project's TSV lexicons: `#` lines are the header, then a column line, then rows.
import { readFileSync } from "node:fs";

export type Row = Record<string, string>;

export function parseTsv(source: string, name: string, required: readonly string[] = []): Row[] {
  const lines = source.split(/\r?\n/u).filter((l) => l.trim() !== "" && !l.startsWith("#"));
  const header = lines.shift();
  if (header === undefined) throw new Error(`${name}: no column line`);
  const columns = header.split("\t").map((c) => c.trim());
  for (const c of required) {
    if (!columns.includes(c)) throw new Error(`${name}: missing column "${c}" (has ${columns.join(", ")})`);
  }
  return lines.map((line) => {
    const cells = line.split("\t");
    const row: Row = {};
    columns.forEach((c, i) => {
      row[c] = (cells[i] ?? "").trim();
    });
    return row;
  });
}

export function readTsv(path: string, required: readonly string[] = []): Row[] {
  return parseTsv(readFileSync(path, "utf8"), path, required);
}

/** The values of a `|`-separated cell, empty ones dropped. */
export function list(cell: string | undefined): string[] {
  return (cell ?? "")
    .split("|")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

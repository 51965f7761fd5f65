// CAMEO root, quad category and intensity from the PLOVER table, keyed by type and mode.
import type { Row } from "../pipeline/tsv.ts";
import type { EventType } from "../pipeline/types.ts";

export interface PloverScore {
  cameo: string;
  quad: number;
  intensity: number;
}

export type PloverTable = Map<string, PloverScore>;

export function compilePlover(rows: readonly Row[]): PloverTable {
  const table: PloverTable = new Map();
  for (const r of rows) {
    table.set(`${r.type}|${r.mode ?? ""}`, {
      cameo: r.cameo as string,
      quad: Number(r.quad),
      intensity: Number(r.intensity),
    });
  }
  return table;
}

export function score(table: PloverTable, type: EventType, mode: string | null): PloverScore {
  const s = table.get(`${type}|${mode ?? ""}`) ?? table.get(`${type}|`);
  if (!s) throw new Error(`plover.tsv has no row for ${type}; add one`);
  return s;
}

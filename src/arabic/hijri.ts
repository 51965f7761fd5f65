// Hijri ↔ Gregorian: Umm al-Qura month lengths where lexicons/hijri.tsv has them, the tabular
// (civil) Islamic calendar elsewhere. Days are counted as Julian Day Numbers.
import type { Row } from "../pipeline/tsv.ts";

export interface CivilDate {
  y: number;
  m: number;
  d: number;
}

export interface HijriYear {
  /** Julian Day Number of 1 Muharram. */
  start: number;
  /** Days in each of the twelve months, Muharram first. */
  months: number[];
}

export type HijriTable = ReadonlyMap<number, HijriYear>;

/** Julian Day Number of 1 Muharram 1 AH in the civil (Friday) epoch, 16 July 622 Julian. */
const CIVIL_EPOCH = 1948440;

export function compileHijriTable(rows: readonly Row[]): HijriTable {
  const table = new Map<number, HijriYear>();
  for (const row of rows) {
    const year = Number(row.year);
    const [y, m, d] = (row.start ?? "").split("-").map(Number);
    const months = [...(row.months ?? "")].map((c) => (c === "1" ? 30 : 29));
    if (!Number.isInteger(year) || !y || !m || !d || months.length !== 12) continue;
    table.set(year, { start: gregorianToJdn({ y, m, d }), months });
  }
  return table;
}

/** Days since the Julian Day epoch of a Gregorian date (2000-01-01 → 2451545). */
export function gregorianToJdn({ y, m, d }: CivilDate): number {
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  return (
    d +
    Math.floor((153 * mm + 2) / 5) +
    365 * yy +
    Math.floor(yy / 4) -
    Math.floor(yy / 100) +
    Math.floor(yy / 400) -
    32045
  );
}

export function jdnToGregorian(jdn: number): CivilDate {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    d: e - Math.floor((153 * m + 2) / 5) + 1,
    m: m + 3 - 12 * Math.floor(m / 10),
    y: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/** Tabular Islamic calendar: 30-year cycle with leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29. */
export function tabularToJdn({ y, m, d }: CivilDate): number {
  return d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + CIVIL_EPOCH - 1;
}

function jdnToTabular(jdn: number): CivilDate {
  const y = Math.floor((30 * (jdn - CIVIL_EPOCH) + 10646) / 10631);
  const m = Math.min(12, Math.ceil((jdn - 29 - tabularToJdn({ y, m: 1, d: 1 })) / 29.5) + 1);
  return { y, m, d: jdn - tabularToJdn({ y, m, d: 1 }) + 1 };
}

/** The Gregorian date of a Hijri date (`10 ذو القعدة 1446` → 2025-05-08), or null when it does not exist. */
export function hijriToGregorian(date: CivilDate, table?: HijriTable): CivilDate | null {
  const { y, m, d } = date;
  if (m < 1 || m > 12 || d < 1 || d > 30 || y < 1) return null;
  const known = table?.get(y);
  if (known) {
    if (d > (known.months[m - 1] as number)) return null;
    const before = known.months.slice(0, m - 1).reduce((sum, n) => sum + n, 0);
    return jdnToGregorian(known.start + before + d - 1);
  }
  return jdnToGregorian(tabularToJdn(date));
}

/** The Hijri date of a Gregorian date. */
export function gregorianToHijri(date: CivilDate, table?: HijriTable): CivilDate {
  const jdn = gregorianToJdn(date);
  const guess = jdnToTabular(jdn);
  for (const y of [guess.y, guess.y - 1, guess.y + 1]) {
    const known = table?.get(y);
    if (!known || jdn < known.start) continue;
    let day = jdn - known.start;
    for (let m = 0; m < 12; m++) {
      const len = known.months[m] as number;
      if (day < len) return { y, m: m + 1, d: day + 1 };
      day -= len;
    }
  }
  return guess;
}

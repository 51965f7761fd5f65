// Publication dates from headers and container metadata; never from the body.

import { keyOf } from "../arabic/normalize.ts";
import type { Row } from "../pipeline/tsv.ts";
import { list } from "../pipeline/tsv.ts";
import { DMY_DATE, ENGLISH_DATE, ENGLISH_DATE_MONTH_FIRST, ISO_DATE, UTC_HEADER_TIME } from "./regexes.ts";

const ENGLISH_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function englishMonth(name: string): number {
  return ENGLISH_MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Arabic month names from the calendar lexicon, by key (`نوفمبر` → 11). */
export function arabicMonths(calendar: readonly Row[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of calendar) {
    if (row.kind !== "month") continue;
    for (const form of list(row.forms)) out.set(keyOf(form), Number(row.value));
  }
  return out;
}

/** A header or metadata date as YYYY-MM-DD, or null when it is not one. */
export function parsePublished(raw: string, months: Map<string, number>): string | null {
  const s = raw.trim();
  let m = ISO_DATE.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = ENGLISH_DATE.exec(s);
  if (m && englishMonth(m[2] as string) > 0)
    return iso(Number(m[3]), englishMonth(m[2] as string), Number(m[1]));
  m = ENGLISH_DATE_MONTH_FIRST.exec(s);
  if (m && englishMonth(m[1] as string) > 0)
    return iso(Number(m[3]), englishMonth(m[1] as string), Number(m[2]));
  m = DMY_DATE.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  // Arabic: `12 مارس 2024`, `12 آذار/مارس 2024`.
  const words = keyOf(s).split(/[\s/،,]+/u);
  for (let i = 0; i + 2 < words.length + 1; i++) {
    const day = Number(words[i]);
    const month = months.get(words[i + 1] ?? "");
    const yearWord = words.slice(i + 2).find((w) => /^\d{4}$/u.test(w));
    if (Number.isInteger(day) && month && yearWord) return iso(Number(yearWord), month, day);
  }
  return null;
}

/**
 * `Sun, 15 Apr 2018 05:50:25 GMT`, `Wed, 04 Apr 2018 07:19:04 +0000`: the hour of a header time given in
 * UTC, with its day (`2018-04-15`); null for a time in another zone or with no hour.
 */
export function publishedUtc(raw: string | undefined): { day: string; hour: number } | null {
  const m = UTC_HEADER_TIME.exec(raw?.trim() ?? "");
  if (!m) return null;
  const day = iso(Number(m[3]), englishMonth(m[2] as string), Number(m[1]));
  return day === null ? null : { day, hour: Number(m[4]) };
}

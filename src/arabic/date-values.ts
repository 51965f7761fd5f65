// Date arithmetic for the date recognizer: partial dates, shifts, and resolving a month or a
// relative word against the publication date.
import type { Granularity } from "../pipeline/types.ts";
import { gregorianToHijri, type HijriTable, hijriToGregorian } from "./hijri.ts";
import { ISO_DATE } from "./regexes.ts";

/** A date as precise as the text makes it; null parts are not known. */
export interface Ymd {
  y: number | null;
  m: number | null;
  d: number | null;
}

export type Unit = "day" | "week" | "month" | "year";

/** What fixes the year of a month written without one. */
export type Anchor = "year" | "past" | "next" | "last_year" | "this_year" | "none";

export const UNKNOWN: Ymd = { y: null, m: null, d: null };

const DAY_MS = 86400000;

export function parseIso(s: string): Ymd | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null };
}

export function format(x: Ymd): string | null {
  if (x.y === null) return null;
  const y = String(x.y).padStart(4, "0");
  if (x.m === null) return y;
  const m = String(x.m).padStart(2, "0");
  if (x.d === null) return `${y}-${m}`;
  return `${y}-${m}-${String(x.d).padStart(2, "0")}`;
}

export function granularity(x: Ymd): Granularity {
  return x.d !== null ? "day" : x.m !== null ? "month" : "year";
}

/** True when the day exists in that month (`30 فبراير` does not). */
export function isValidDay(y: number | null, m: number, d: number): boolean {
  const days = new Date(Date.UTC(y ?? 2024, m, 0)).getUTCDate();
  return d >= 1 && d <= days;
}

function toDate(x: Ymd): Date {
  return new Date(Date.UTC(x.y as number, (x.m ?? 1) - 1, x.d ?? 1));
}

function fromDate(d: Date): Ymd {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

/** `x` moved by `n` units, kept at the precision of `x` and of the unit (`قبل 3 أشهر` is a month). */
export function shift(x: Ymd, n: number, unit: Unit): Ymd {
  if (x.y === null) return UNKNOWN;
  if (unit === "year") return { y: x.y + n, m: x.m, d: x.d };
  if (unit === "month") {
    if (x.m === null) return { y: x.y, m: null, d: null };
    const months = x.y * 12 + (x.m - 1) + n;
    const y = Math.floor(months / 12);
    const m = (months % 12) + 1;
    const d = x.d === null ? null : Math.min(x.d, new Date(Date.UTC(y, m, 0)).getUTCDate());
    return { y, m, d };
  }
  if (x.m === null || x.d === null) return { y: x.y, m: x.m, d: null };
  const days = unit === "week" ? 7 * n : n;
  return fromDate(new Date(toDate(x).getTime() + days * DAY_MS));
}

/** A date, or the first and last days of a span the text names only as a whole. */
export interface Resolved {
  ymd: Ymd;
  end: Ymd | null;
}

/** A week back or ahead: its month when the seven days share one, else its first and last days (`الأسبوع الماضي`). */
export function weekOf(pub: Ymd, weeksAgo: number): Resolved {
  const a = shift(pub, -7 * weeksAgo, "day");
  const b = shift(a, 6, "day");
  return a.y === b.y && a.m === b.m ? { ymd: { y: a.y, m: a.m, d: null }, end: null } : { ymd: a, end: b };
}

/** The month `month` (and day) that `anchor` and the publication date fix (`نوفمبر الماضي`). */
export function resolveMonth(
  month: number,
  day: number | null,
  year: number | null,
  anchor: Anchor,
  pub: Ymd | null,
): Ymd {
  if (year !== null) return { y: year, m: month, d: day };
  if (!pub || pub.y === null || pub.m === null) return { y: null, m: month, d: day };
  switch (anchor) {
    case "last_year":
      return { y: pub.y - 1, m: month, d: day };
    case "this_year":
      return { y: pub.y, m: month, d: day };
    case "next":
      // أبريل المقبل: the first such month after publication; `12 يونيو القادم` told on 6 June is six days on,
      // a day still ahead in the month of publication.
      return {
        y:
          month > pub.m || (month === pub.m && day !== null && pub.d !== null && day > pub.d)
            ? pub.y
            : pub.y + 1,
        m: month,
        d: day,
      };
    default: {
      // A bare or "past" month is the latest such month up to publication (نوفمبر الماضي); a bare
      // date later in the month of publication is that month's (يستمر حتى 20 مارس), not last year's.
      const sameMonthOk = anchor !== "past";
      const before = month < pub.m || (month === pub.m && sameMonthOk);
      return { y: before ? pub.y : pub.y - 1, m: month, d: day };
    }
  }
}

/** A Hijri month (and day) as Gregorian: a day, or the first and last days of the month. */
export function resolveHijri(
  month: number,
  day: number | null,
  year: number | null,
  anchor: Anchor,
  pub: Ymd | null,
  table?: HijriTable,
): { start: Ymd; end: Ymd | null } | null {
  let y = year;
  if (y === null) {
    if (!pub || pub.y === null || pub.m === null) return null;
    const h = gregorianToHijri({ y: pub.y, m: pub.m, d: pub.d ?? 1 }, table);
    const resolved = resolveMonth(month, day, null, anchor, { y: h.y, m: h.m, d: h.d });
    y = resolved.y as number;
  }
  if (day !== null) {
    const g = hijriToGregorian({ y, m: month, d: day }, table);
    return g ? { start: g, end: null } : null;
  }
  const first = hijriToGregorian({ y, m: month, d: 1 }, table);
  const next = month === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: month + 1, d: 1 };
  const after = hijriToGregorian(next, table);
  if (!first || !after) return null;
  return { start: first, end: shift(after, -1, "day") };
}

/** The Hijri year whose month `month` begins in Gregorian year `year` (رمضان 2017 → 1438), if just one. */
export function hijriYearOfMonthIn(month: number, year: number, table?: HijriTable): number | null {
  const guess = gregorianToHijri({ y: year, m: 6, d: 1 }, table).y;
  const fits = [guess - 1, guess, guess + 1].filter(
    (h) => hijriToGregorian({ y: h, m: month, d: 1 }, table)?.y === year,
  );
  return fits.length === 1 ? (fits[0] as number) : null;
}

/** The Gregorian days a Hijri year covers (`عام 1446 هـ`). */
export function hijriYear(year: number, table?: HijriTable): { start: Ymd; end: Ymd } | null {
  const first = hijriToGregorian({ y: year, m: 1, d: 1 }, table);
  const next = hijriToGregorian({ y: year + 1, m: 1, d: 1 }, table);
  return first && next ? { start: first, end: shift(next, -1, "day") } : null;
}

/** A relative word from calendar.tsv against the publication date (`أمس`, `الشهر الماضي`). */
export function relative(rel: string, pub: Ymd): Resolved {
  switch (rel) {
    case "last_week":
      return weekOf(pub, 1);
    case "two_weeks_ago":
      return weekOf(pub, 2);
    case "next_week":
      return weekOf(pub, -1);
    default:
      return { ymd: relativeDay(rel, pub), end: null };
  }
}

function relativeDay(rel: string, pub: Ymd): Ymd {
  switch (rel) {
    case "today":
      return shift(pub, 0, "day");
    case "yesterday":
      return shift(pub, -1, "day");
    case "day_before_yesterday":
      return shift(pub, -2, "day");
    case "tomorrow":
      return shift(pub, 1, "day");
    case "this_week":
    case "this_month":
      return { y: pub.y, m: pub.m, d: null };
    case "last_month":
      return shift({ y: pub.y, m: pub.m, d: null }, -1, "month");
    case "next_month":
      return shift({ y: pub.y, m: pub.m, d: null }, 1, "month");
    case "this_year":
      return { y: pub.y, m: null, d: null };
    case "last_year":
      return { y: (pub.y as number) - 1, m: null, d: null };
    case "next_year":
      return { y: (pub.y as number) + 1, m: null, d: null };
    default:
      return UNKNOWN;
  }
}

/** The weekday on or before publication; `past` skips publication day, `next` looks ahead. */
export function weekdayNear(pub: Ymd, weekday: number, anchor: "none" | "past" | "next"): Ymd {
  const base = toDate(pub);
  const today = base.getUTCDay();
  let days: number;
  if (anchor === "next") days = (weekday - today + 7) % 7 || 7;
  else days = -((today - weekday + 7) % 7 || (anchor === "past" ? 7 : 0));
  return fromDate(new Date(base.getTime() + days * DAY_MS));
}

/** The day a weekday names, when a day and month are written: the year among `candidates` that fits. */
export function yearForWeekday(
  m: number,
  d: number,
  weekday: number,
  candidates: readonly number[],
): number[] {
  return candidates.filter((y) => new Date(Date.UTC(y, m - 1, d)).getUTCDay() === weekday);
}

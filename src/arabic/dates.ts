// Date expressions: absolute (15 يناير 2024، سبتمبر من عام 2021، 10 ذو القعدة 1446هـ، 8/1/2024),
// ranges (الثامن والتاسع من يناير), relative to publication (أمس، نوفمبر الماضي، قبل أسبوعين),
// relative to another date (بعد 6 أشهر من يناير 2024) and weekday-fixed (الاثنين الثامن من يناير).

import { sameAsBefore } from "./same-date.ts";
import { list, type Row } from "../pipeline/tsv.ts";
import type { DateMention, Token } from "../pipeline/types.ts";
import { dateAt } from "./date-phrases.ts";
import { type Found, gap, type Reader } from "./date-reader.ts";
import { format, granularity, parseIso, yearForWeekday } from "./date-values.ts";
import type { HijriTable } from "./hijri.ts";
import type { NumberWords } from "./numbers.ts";
import { PhraseIndex, type PhraseMatch } from "./phrases.ts";
import { SENTENCE_BREAK } from "./regexes.ts";

export interface CalendarWord {
  kind:
    | "month"
    | "name_month"
    | "hijri_month"
    | "weekday"
    | "ordinal"
    | "counted_day"
    | "relative"
    | "past"
    | "next"
    | "current"
    | "year"
    | "hijri_era"
    | "gregorian_era"
    | "unit"
    | "unit_plural"
    | "dual_unit"
    | "ago"
    | "approx"
    | "later"
    | "month_word";
  value: string;
}

export type Calendar = PhraseIndex<CalendarWord>;

export function compileCalendar(rows: readonly Row[]): Calendar {
  const index = new PhraseIndex<CalendarWord>();
  for (const row of rows) {
    for (const form of list(row.forms))
      index.add(form, { kind: row.kind as CalendarWord["kind"], value: row.value ?? "" });
  }
  return index;
}

export interface DateOptions {
  /** Umm al-Qura months; the tabular Islamic calendar without it. */
  hijri?: HijriTable;
  /** Number words, for durations written in words (`قبل ثلاثة أيام`). */
  numbers?: NumberWords;
}

/** How many years after the latest year a text mentions a weekday may fix (`Monday 8 January`). */
const WEEKDAY_YEAR_SPAN = 3;
export function findDates(
  text: string,
  tokens: readonly Token[],
  calendar: Calendar,
  published: string | null,
  options: DateOptions = {},
): DateMention[] {
  const pubYmd = published ? parseIso(published) : null;
  const r: Reader = {
    text,
    tokens,
    calendar,
    pub: pubYmd && pubYmd.y !== null && pubYmd.m !== null ? pubYmd : null,
    options,
    // Made at the tokens' size, not grown a token at a time (two arrays a document grown to its
    // last token were about 18 kB of garbage a document, four times their final size).
    words: new Array<PhraseMatch<CalendarWord> | null | undefined>(tokens.length),
    kinds: new Uint32Array(tokens.length),
  };
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const f = dateAt(r, i);
    if (!f) continue;
    found.push(f);
    i = f.end - 1;
  }
  mergeWeekdays(r, found);
  sameAsBefore(r, found);
  return found.filter((f) => f.end > f.first).map((f) => toMention(r, f));
}

function toMention(r: Reader, f: Found): DateMention {
  const start = (r.tokens[f.first] as Token).start;
  const end = (r.tokens[f.end - 1] as Token).end;
  const value = format(f.ymd);
  return {
    start,
    end,
    text: r.text.slice(start, end),
    value,
    endValue: value && f.endYmd ? format(f.endYmd) : null,
    granularity: value ? granularity(f.ymd) : null,
    basis: value ? f.basis : "unresolved",
    calendar: f.calendar,
    ...(value && f.yearless ? { yearless: true } : {}),
    ...(value && f.weekday !== null ? { bareWeekday: true } : {}),
  };
}

/**
 * A weekday right before a day-and-month date fixes its year (`يومي الاثنين والثلاثاء (الثامن
 * والتاسع من يناير)`): near the publication date, else near the latest year the text names.
 */
function mergeWeekdays(r: Reader, all: Found[]): void {
  const years = all.filter((f) => f.basis === "explicit" && f.ymd.y !== null).map((f) => f.ymd.y as number);
  for (let k = 0; k + 1 < all.length; k++) {
    const a = all[k] as Found;
    const b = all[k + 1] as Found;
    if (a.weekday === null || b.parts.d === null || b.parts.m === null || b.calendar !== "gregorian")
      continue;
    if (b.first - a.end > 2 || SENTENCE_BREAK.test(gap(r, a.end - 1, b.first))) continue;
    if (b.basis === "explicit") {
      all.splice(k, 1);
      k--;
      continue;
    }
    const candidates: number[] = [];
    if (r.pub?.y) candidates.push(r.pub.y - 1, r.pub.y);
    else if (years.length > 0) {
      const latest = Math.max(...years);
      for (let y = latest; y <= latest + WEEKDAY_YEAR_SPAN; y++) candidates.push(y);
    }
    const fits = yearForWeekday(b.parts.m, b.parts.d, a.weekday, candidates);
    const pubYear = r.pub?.y ?? null;
    const year =
      fits.length === 1 ? (fits[0] as number) : pubYear !== null && fits.includes(pubYear) ? pubYear : null;
    b.first = a.first;
    b.ymd = { ...b.parts, y: year };
    if (b.endYmd) b.endYmd = { ...b.endYmd, y: year };
    b.basis = year === null ? "unresolved" : "weekday";
    b.yearless = false;
    all.splice(k, 1);
    k--;
  }
}

// Date expressions: absolute (15 يناير 2024، سبتمبر من عام 2021), relative to publication
// (أمس، الشهر الماضي، نوفمبر الماضي) and weekday-fixed (الاثنين الثامن من يناير).

import { list, type Row } from "../pipeline/tsv.ts";
import type { DateMention, Granularity, Token } from "../pipeline/types.ts";
import { PhraseIndex } from "./phrases.ts";

export interface CalendarWord {
  kind: "month" | "weekday" | "ordinal" | "relative" | "past" | "next" | "current" | "year";
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

interface MonthPhrase {
  month: number;
  /** One past its last token. */
  end: number;
  year: number | null;
  /** What fixes the year when no year is written. */
  anchor: "year" | "past" | "next" | "last_year" | "this_year" | "none";
}

interface Ymd {
  y: number | null;
  m: number | null;
  d: number | null;
}

/** How many years after the latest year a text mentions a weekday may fix (`Monday 8 January`). */
const WEEKDAY_YEAR_SPAN = 3;

export function findDates(
  text: string,
  tokens: readonly Token[],
  calendar: Calendar,
  published: string | null,
): DateMention[] {
  const pub = published ? parseIso(published) : null;
  const found: Array<{
    first: number;
    end: number;
    ymd: Ymd;
    endYmd: Ymd | null;
    basis: DateMention["basis"];
    weekday: number | null;
  }> = [];
  const wordAt = (i: number) => calendar.matchAt(tokens, i, { bare: true });
  const yearAt = (i: number): number | null => {
    const t = tokens[i];
    return t && /^\d{4}$/u.test(t.key) && Number(t.key) >= 1900 && Number(t.key) <= 2100
      ? Number(t.key)
      : null;
  };
  /** month [/month | (month)] [من] [عام|العام] [year | الماضي | المقبل | من العام الماضي] starting at i. */
  const monthAt = (i: number): MonthPhrase | null => {
    const w = wordAt(i);
    const v = w?.values.find((x) => x.kind === "month");
    if (!w || !v) return null;
    const month = Number(v.value);
    let end = w.end;
    const alt = wordAt(end);
    const gap = tokens[end] ? text.slice((tokens[end - 1] as Token).end, (tokens[end] as Token).start) : "";
    if (alt?.values.some((x) => x.kind === "month") && /[/(]/u.test(gap)) end = alt.end;
    let j = end;
    if (tokens[j]?.key === "من") j++;
    const yw = wordAt(j);
    if (yw?.values.some((x) => x.kind === "year")) {
      const y = yearAt(yw.end);
      if (y !== null) return { month, end: yw.end + 1, year: y, anchor: "year" };
    }
    const y = yearAt(j);
    if (y !== null) return { month, end: j + 1, year: y, anchor: "year" };
    const rel = wordAt(j)?.values.find((x) => x.kind === "relative");
    const relEnd = wordAt(j)?.end ?? j;
    if (rel?.value === "last_year") return { month, end: relEnd, year: null, anchor: "last_year" };
    if (rel?.value === "this_year") return { month, end: relEnd, year: null, anchor: "this_year" };
    const after = wordAt(end);
    if (after?.values.some((x) => x.kind === "past"))
      return { month, end: after.end, year: null, anchor: "past" };
    if (after?.values.some((x) => x.kind === "next"))
      return { month, end: after.end, year: null, anchor: "next" };
    if (after?.values.some((x) => x.kind === "current"))
      return { month, end: after.end, year: null, anchor: "this_year" };
    return { month, end, year: null, anchor: "none" };
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // 15 يناير 2024 / 15 كانون الثاني/يناير
    if (/^\d{1,2}$/u.test(t.key) && Number(t.key) >= 1 && Number(t.key) <= 31) {
      const m = monthAt(i + 1);
      if (m) {
        found.push({
          first: i,
          end: m.end,
          ymd: resolveMonth(m, Number(t.key), pub),
          endYmd: null,
          basis: basisOf(m),
          weekday: null,
        });
        i = m.end - 1;
        continue;
      }
    }
    const w = wordAt(i);
    if (!w) {
      const y = yearAt(i);
      if (y !== null && isYearContext(tokens, i))
        found.push({
          first: i,
          end: i + 1,
          ymd: { y, m: null, d: null },
          endYmd: null,
          basis: "explicit",
          weekday: null,
        });
      continue;
    }
    const kinds = new Set(w.values.map((v) => v.kind));
    if (kinds.has("ordinal")) {
      // الثامن [والتاسع] من يناير
      const d1 = Number(w.values.find((v) => v.kind === "ordinal")?.value);
      let j = w.end;
      let d2: number | null = null;
      const second = wordAt(j);
      if (second?.values.some((v) => v.kind === "ordinal") && tokens[j]?.key.startsWith("و")) {
        d2 = Number(second.values.find((v) => v.kind === "ordinal")?.value);
        j = second.end;
      }
      if (tokens[j]?.key === "من") j++;
      const m = monthAt(j);
      if (m) {
        const ymd = resolveMonth(m, d1, pub);
        const endYmd = d2 !== null ? { ...ymd, d: d2 } : null;
        found.push({ first: i, end: m.end, ymd, endYmd, basis: basisOf(m), weekday: null });
        i = m.end - 1;
      }
      continue;
    }
    if (kinds.has("month")) {
      const m = monthAt(i);
      if (m) {
        found.push({
          first: i,
          end: m.end,
          ymd: resolveMonth(m, null, pub),
          endYmd: null,
          basis: basisOf(m),
          weekday: null,
        });
        i = m.end - 1;
      }
      continue;
    }
    if (kinds.has("year")) {
      const y = yearAt(w.end);
      if (y !== null) {
        found.push({
          first: i,
          end: w.end + 1,
          ymd: { y, m: null, d: null },
          endYmd: null,
          basis: "explicit",
          weekday: null,
        });
        i = w.end;
      }
      continue;
    }
    if (kinds.has("weekday")) {
      const wd = Number(w.values.find((v) => v.kind === "weekday")?.value);
      let end = w.end;
      const second = wordAt(end);
      if (second?.values.some((v) => v.kind === "weekday") && tokens[end]?.key.startsWith("و"))
        end = second.end;
      found.push({
        first: i,
        end,
        ymd: pub ? lastWeekday(pub, wd) : { y: null, m: null, d: null },
        endYmd: null,
        basis: pub ? "relative" : "unresolved",
        weekday: wd,
      });
      i = end - 1;
      continue;
    }
    if (kinds.has("relative")) {
      const rel = w.values.find((v) => v.kind === "relative")?.value as string;
      // اليوم الخميس: the weekday names the day.
      const next = wordAt(w.end);
      if (rel === "today" && next?.values.some((v) => v.kind === "weekday")) continue;
      found.push({
        first: i,
        end: w.end,
        ymd: pub ? relative(rel, pub) : { y: null, m: null, d: null },
        endYmd: null,
        basis: pub ? "relative" : "unresolved",
        weekday: null,
      });
      i = w.end - 1;
    }
  }
  mergeWeekdays(found, text, tokens, pub);
  return found
    .filter((f) => f.end > f.first)
    .map((f) => {
      const start = (tokens[f.first] as Token).start;
      const end = (tokens[f.end - 1] as Token).end;
      const value = format(f.ymd);
      return {
        start,
        end,
        text: text.slice(start, end),
        value,
        endValue: f.endYmd ? format(f.endYmd) : null,
        granularity: value ? granularity(f.ymd) : null,
        basis: value ? f.basis : "unresolved",
      };
    });
}

type Found = {
  first: number;
  end: number;
  ymd: Ymd;
  endYmd: Ymd | null;
  basis: DateMention["basis"];
  weekday: number | null;
};

/** A weekday right before a day-and-month date fixes its year (`يومي الاثنين والثلاثاء (الثامن والتاسع من يناير)`). */
function mergeWeekdays(found: Found[], text: string, tokens: readonly Token[], pub: Ymd | null): void {
  const years = found.filter((f) => f.basis === "explicit" && f.ymd.y !== null).map((f) => f.ymd.y as number);
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k] as Found;
    const b = found[k + 1] as Found;
    if (a.weekday === null || b.ymd.d === null || b.ymd.m === null) continue;
    if (
      b.first - a.end > 2 ||
      /[.؟!\n]/u.test(text.slice((tokens[a.end - 1] as Token).end, (tokens[b.first] as Token).start))
    )
      continue;
    if (b.basis === "explicit") {
      found.splice(k, 1);
      k--;
      continue;
    }
    const candidates: number[] = [];
    if (pub?.y) candidates.push(pub.y - 1, pub.y);
    else if (years.length > 0) {
      const latest = Math.max(...years);
      for (let y = latest; y <= latest + WEEKDAY_YEAR_SPAN; y++) candidates.push(y);
    }
    const fits = candidates.filter(
      (y) => new Date(Date.UTC(y, (b.ymd.m as number) - 1, b.ymd.d as number)).getUTCDay() === a.weekday,
    );
    const year =
      fits.length === 1
        ? (fits[0] as number)
        : pub && fits.includes(pub.y as number)
          ? (pub.y as number)
          : null;
    b.first = a.first;
    b.ymd = { ...b.ymd, y: year };
    if (b.endYmd) b.endYmd = { ...b.endYmd, y: year };
    b.basis = year === null ? "unresolved" : "weekday";
    found.splice(k, 1);
    k--;
  }
}

function basisOf(m: MonthPhrase): DateMention["basis"] {
  return m.year !== null ? "explicit" : "relative";
}

function resolveMonth(m: MonthPhrase, day: number | null, pub: Ymd | null): Ymd {
  if (m.year !== null) return { y: m.year, m: m.month, d: day };
  if (!pub || pub.y === null || pub.m === null) return { y: null, m: m.month, d: day };
  switch (m.anchor) {
    case "last_year":
      return { y: pub.y - 1, m: m.month, d: day };
    case "this_year":
      return { y: pub.y, m: m.month, d: day };
    case "next":
      // أبريل المقبل: the first such month after publication.
      return { y: m.month > pub.m ? pub.y : pub.y + 1, m: m.month, d: day };
    default: {
      // A bare or "past" month is the latest such month up to publication (نوفمبر الماضي).
      const sameMonthOk = m.anchor !== "past" && (day === null || day <= (pub.d ?? 31));
      const before = m.month < pub.m || (m.month === pub.m && sameMonthOk);
      return { y: before ? pub.y : pub.y - 1, m: m.month, d: day };
    }
  }
}

function isYearContext(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.key;
  return (
    prev === "منذ" ||
    prev === "في" ||
    prev === "عام" ||
    prev === "العام" ||
    prev === "حتي" ||
    prev === "قبل" ||
    prev === "بعد"
  );
}

function relative(rel: string, pub: Ymd): Ymd {
  const base = new Date(Date.UTC(pub.y as number, (pub.m as number) - 1, pub.d ?? 1));
  const shift = (days: number) => {
    const d = new Date(base.getTime() - days * 86400000);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
  };
  switch (rel) {
    case "today":
      return shift(0);
    case "yesterday":
      return shift(1);
    case "this_month":
      return { y: pub.y, m: pub.m, d: null };
    case "last_month": {
      const m = (pub.m as number) === 1 ? 12 : (pub.m as number) - 1;
      return { y: m === 12 ? (pub.y as number) - 1 : pub.y, m, d: null };
    }
    case "this_year":
      return { y: pub.y, m: null, d: null };
    case "last_year":
      return { y: (pub.y as number) - 1, m: null, d: null };
    case "last_week":
    case "two_weeks_ago":
    case "this_week": {
      const days = rel === "two_weeks_ago" ? 14 : rel === "last_week" ? 7 : 0;
      const a = shift(days);
      const b = shift(Math.max(0, days - 6));
      return a.m === b.m ? { y: a.y, m: a.m, d: null } : { y: a.y, m: null, d: null };
    }
    default:
      return { y: null, m: null, d: null };
  }
}

function lastWeekday(pub: Ymd, weekday: number): Ymd {
  const base = new Date(Date.UTC(pub.y as number, (pub.m as number) - 1, pub.d ?? 1));
  const back = (base.getUTCDay() - weekday + 7) % 7;
  const d = new Date(base.getTime() - back * 86400000);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

function parseIso(s: string): Ymd {
  const [y, m, d] = s.split("-").map(Number);
  return { y: y ?? null, m: m ?? null, d: d ?? null };
}

function format(x: Ymd): string | null {
  if (x.y === null) return null;
  const y = String(x.y).padStart(4, "0");
  if (x.m === null) return y;
  const m = String(x.m).padStart(2, "0");
  if (x.d === null) return `${y}-${m}`;
  return `${y}-${m}-${String(x.d).padStart(2, "0")}`;
}

function granularity(x: Ymd): Granularity {
  return x.d !== null ? "day" : x.m !== null ? "month" : "year";
}

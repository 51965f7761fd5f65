// The date phrases the recognizer reads at one token: a date in digits, a day and month, a
// duration, a month, weekday, relative word or year. Each returns what it found, or null.
// The reader and its shared reads are in date-reader.ts; a year number in year-at.ts.
import type { Token } from "../pipeline/types.ts";
import {
  type Anchor,
  hijriYear,
  hijriYearOfMonthIn,
  isValidDay,
  relative,
  resolveHijri,
  resolveMonth,
  shift,
  type Unit,
  UNKNOWN,
  weekdayNear,
  weekOf,
  type Ymd,
} from "./date-values.ts";
import {
  bitsOf,
  type Found,
  found,
  gap,
  hasKind,
  kindAt,
  type Reader,
  startsWithDigit,
  wordAt,
} from "./date-reader.ts";
import type { CalendarWord } from "./dates.ts";
import type { PhraseMatch } from "./phrases.ts";
import { readNumber } from "./numbers.ts";
import {
  ALTERNATE_NAME,
  DATE_SEPARATOR,
  DAY_NUMBER,
  DAY_RANGE_DASH,
  FOUR_DIGITS,
  TWO_DIGITS,
} from "./regexes.ts";
import { opensItem, yearAt } from "./year-at.ts";
import { monthCounted } from "./month-counted.ts";

/** Kinds of a month's name: Gregorian, Gregorian that is also a name (`name_month`), Hijri. */
const MONTH_KINDS: ReadonlySet<CalendarWord["kind"]> = new Set(["month", "name_month", "hijri_month"]);

interface MonthPhrase {
  month: number;
  hijri: boolean;
  /** One past its last token. */
  end: number;
  year: number | null;
  anchor: Anchor;
}

/** Longest Hijri month. */
const HIJRI_MONTH_DAYS = 30;
/** Largest count a duration may have (`قبل 30 عاما`). */
const MAX_COUNT = 1000;

/**
 * month [/month | (month)] [من] [عام|العام] [year | الماضي | المقبل | من العام الماضي] at i. A Hijri
 * month alone is also a name (رجب، رمضان), and so is a Gregorian spelling of kind `name_month`
 * (ماي: Theresa May), so these need a day, شهر, a year or an anchor.
 */
function monthAt(r: Reader, i: number, licensed: boolean): MonthPhrase | null {
  const w = wordAt(r, i);
  const v = w?.values.find((x) => MONTH_KINDS.has(x.kind));
  if (!w || !v) return null;
  // في باب المندب: ب with a bare alif after it is the noun باب, not ب + آب (August); a month's alif bears a hamza or madda.
  if (/ب$/u.test(w.prefix) && (r.tokens[i]?.text ?? "").slice(w.prefix.length).startsWith("ا")) return null;
  const hijri = v.kind === "hijri_month";
  const alsoName = v.kind !== "month";
  let end = w.end;
  const alt = wordAt(r, end);
  // أغسطس/آب, أغسطس (آب), and أغسطس آب with a space alone when both name the same month.
  const altGap = gap(r, end - 1, end);
  const alternate = (x: { kind: string; value: unknown }) =>
    x.kind === v.kind && (ALTERNATE_NAME.test(altGap) || (/^\s+$/u.test(altGap) && x.value === v.value));
  if (alt?.values.some(alternate)) end = alt.end;
  const phrase = (year: number | null, anchor: Anchor, to: number): MonthPhrase | null =>
    alsoName && !licensed && anchor === "none"
      ? null
      : { month: Number(v.value), hijri, end: to, year, anchor };
  let j = end;
  if (r.tokens[j]?.key === "من") j++;
  const yw = kindAt(r, j, "year");
  const y = yearAt(r, yw ? yw.end : j, hijri);
  if (y && y.hijri === hijri) return phrase(y.year, "year", y.end);
  // رمضان لعام 2017: the Hijri month that falls in that Gregorian year.
  if (y && hijri) {
    const inYear = hijriYearOfMonthIn(Number(v.value), y.year, r.options.hijri);
    return inYear === null ? null : phrase(inYear, "year", y.end);
  }
  const rel = wordAt(r, j)?.values.find((x) => x.kind === "relative");
  const relEnd = wordAt(r, j)?.end ?? j;
  if (rel?.value === "last_year") return phrase(null, "last_year", relEnd);
  if (rel?.value === "this_year") return phrase(null, "this_year", relEnd);
  const after = wordAt(r, end);
  if (after?.values.some((x) => x.kind === "past")) return phrase(null, "past", after.end);
  if (after?.values.some((x) => x.kind === "next")) return phrase(null, "next", after.end);
  if (after?.values.some((x) => x.kind === "current")) return phrase(null, "this_year", after.end);
  return phrase(null, "none", end);
}

/** A date made of a month phrase and an optional day range. */
function monthDate(
  r: Reader,
  first: number,
  m: MonthPhrase,
  day: number | null,
  endDay: number | null,
): Found {
  const parts = { y: m.year, m: m.month, d: day };
  if (m.hijri) {
    const g = resolveHijri(m.month, day, m.year, m.anchor, r.pub, r.options.hijri);
    const endG =
      endDay !== null ? resolveHijri(m.month, endDay, m.year, m.anchor, r.pub, r.options.hijri) : null;
    return found(first, m.end, g?.start ?? UNKNOWN, m.year !== null ? "explicit" : "relative", {
      endYmd: endG?.start ?? g?.end ?? null,
      calendar: "hijri",
      parts,
    });
  }
  const ymd = resolveMonth(m.month, day, m.year, m.anchor, r.pub);
  return found(first, m.end, ymd, m.year !== null ? "explicit" : "relative", {
    endYmd: endDay !== null ? { ...ymd, d: endDay } : null,
    parts,
    ...(m.year === null && m.anchor === "none" ? { yearless: true } : {}),
  });
}

/** `8/1/2024`, `08-01-2024`, `2024-01-08`: day first, as Arabic outlets write it. */
function digitDate(r: Reader, i: number): Found | null {
  const [a, b, c] = [r.tokens[i], r.tokens[i + 1], r.tokens[i + 2]];
  if (!a || !b || !c || !TWO_DIGITS.test(b.key)) return null;
  const sep = gap(r, i, i + 1);
  if (!DATE_SEPARATOR.test(sep) || gap(r, i + 1, i + 2) !== sep) return null;
  const iso = FOUR_DIGITS.test(a.key);
  const [y, m, d] = iso ? [a.key, b.key, c.key] : [c.key, b.key, a.key];
  if (!FOUR_DIGITS.test(y) || !TWO_DIGITS.test(d)) return null;
  const ymd = { y: Number(y), m: Number(m), d: Number(d) };
  if (ymd.m < 1 || ymd.m > 12 || !isValidDay(ymd.y, ymd.m, ymd.d)) return null;
  return found(i, i + 3, ymd, "explicit");
}

/** `15 يناير 2024`, `8 و9 يناير`, `8-10 يناير`, `الثامن والتاسع من يناير`, `10 ذو القعدة 1446هـ`. */
function dayMonth(r: Reader, i: number): Found | null {
  const day = dayAt(r, i);
  if (!day) return null;
  let j = day.end;
  let endDay: number | null = null;
  const second = r.tokens[j];
  if (second) {
    const sep = gap(r, j - 1, j);
    const d2 = dayAt(r, j) ?? (second.key === "الي" || second.key === "حتي" ? dayAt(r, j + 1) : null);
    const joined =
      second.key.startsWith("و") || DAY_RANGE_DASH.test(sep) || second.key === "الي" || second.key === "حتي";
    if (d2 && joined && d2.value > day.value && d2.ordinal === day.ordinal) {
      endDay = d2.value;
      j = d2.end;
    }
  }
  // `1- رجب طيب أردوغان` is a list, not a date: only spaces lie between the day and its month.
  if (!r.tokens[j]?.linked) return null;
  if (r.tokens[j]?.key === "من") j++;
  // في الـ12 من الشهر الجاري: a day of the publication's month (month-counted.ts).
  const counted = monthCounted(r, i, j, day.value, endDay);
  if (counted !== undefined) return counted;
  if (kindAt(r, j, "month_word")) j++;
  const m = monthAt(r, j, true);
  if (!m) return null;
  const valid = (d: number) => (m.hijri ? d <= HIJRI_MONTH_DAYS : isValidDay(m.year, m.month, d));
  if (!valid(day.value) || (endDay !== null && !valid(endDay))) return null;
  return monthDate(r, i, m, day.value, endDay);
}

/** A day of the month at token i: `15`, `الثامن`, `والتاسع`, `الحادي والعشرين`. */
function dayAt(r: Reader, i: number): { value: number; end: number; ordinal: boolean } | null {
  const t = r.tokens[i];
  if (!t) return null;
  const digits = DAY_NUMBER.exec(t.key);
  if (digits) {
    const v = Number(digits[1]);
    return v >= 1 && v <= 31 ? { value: v, end: i + 1, ordinal: false } : null;
  }
  const o = kindAt(r, i, "ordinal");
  return o ? { value: Number(o.value), end: o.end, ordinal: true } : null;
}

/** `قبل أسبوعين`, `منذ ثلاثة أيام`, `قبل 3 أشهر`, `بعد 6 أشهر من يناير 2024`, `بعد 6 أشهر من توقيعه`. */
function duration(r: Reader, i: number): Found | null {
  const marker = kindAt(r, i, "ago") ?? kindAt(r, i, "later");
  if (!marker) return null;
  const ago = kindAt(r, i, "ago") !== null;
  const since = (r.tokens[i] as Token).key === "منذ";
  // قبل نحو عامين، منذ قرابة عامين، منذ أكثر من أسبوع: a word of about or more before the count.
  const approx = kindAt(r, marker.end, "approx");
  const n = durationAt(r, approx?.end ?? marker.end);
  if (!n) return null;
  // قبل عام 2020 is a year, منذ شهر فبراير a month and قبل يوم الاثنين a weekday, not durations.
  const next = wordAt(r, n.end)?.values ?? [];
  if (yearAt(r, n.end) || next.some((v) => MONTH_KINDS.has(v.kind) || v.kind === "weekday")) return null;
  const sign = ago ? -1 : 1;
  // منذ stays outside the span: the event stage reads it as "since".
  const first = since ? marker.end : i;
  if (r.tokens[n.end]?.key === "من" && r.tokens[n.end + 1]?.linked !== false) {
    const anchor = dateAfter(r, n.end + 1);
    // قبل قرابة 5 شهور من حادث الاغتيال: an approximate span counted from an act, not a date, is no date.
    if (!anchor && approx) return null;
    if (!anchor) return found(first, n.end, UNKNOWN, "unresolved", { parts: UNKNOWN });
    const ymd = coarsen(shift(anchor.ymd, sign * n.count, n.unit), n.unit);
    return found(first, anchor.end, ymd, anchor.ymd.y === null ? "unresolved" : anchor.basis, {
      parts: UNKNOWN,
    });
  }
  // بعد ستة أشهر with no point to count from: the text does not say from when.
  if (!ago || !r.pub) return found(first, n.end, UNKNOWN, "unresolved", { parts: UNKNOWN });
  const back =
    n.unit === "week"
      ? weekOf(r.pub, n.count)
      : { ymd: coarsen(shift(r.pub, -n.count, n.unit), n.unit), end: null };
  return found(first, n.end, back.ymd, "relative", { endYmd: back.end, parts: UNKNOWN });
}

/** A count and unit: `أسبوعين`, `3 أشهر`, `ثلاثة أيام`, `عام`. */
function durationAt(r: Reader, i: number): { count: number; unit: Unit; end: number } | null {
  const dual = kindAt(r, i, "dual_unit");
  if (dual) return { count: 2, unit: dual.value as Unit, end: dual.end };
  const single = kindAt(r, i, "unit");
  if (single) return { count: 1, unit: single.value as Unit, end: single.end };
  const n = readNumber(r.text, r.tokens, i, r.options.numbers);
  if (!n || n.kind !== "cardinal" || !Number.isInteger(n.value) || n.value < 1 || n.value > MAX_COUNT)
    return null;
  const unit = kindAt(r, n.end, "unit") ?? kindAt(r, n.end, "unit_plural");
  if (!unit || !r.tokens[n.end]?.linked) return null;
  return { count: n.value, unit: unit.value as Unit, end: unit.end };
}

/** A date that starts at token i, for `بعد 6 أشهر من …`. */
function dateAfter(r: Reader, i: number): Found | null {
  return digitDate(r, i) ?? dayMonth(r, i) ?? wordDate(r, i) ?? bareYear(r, i, true);
}

/** A date no more precise than its unit: `قبل 3 أشهر` is a month, `قبل عامين` a year. */
function coarsen(x: Ymd, unit: Unit): Ymd {
  if (unit === "year") return { ...x, m: null, d: null };
  if (unit === "month") return { ...x, d: null };
  return x;
}

/**
 * The value of the calendar word's reading of kind `k` (`""` if none). Declared here, not as a
 * closure per word: the CLI runs through tsx, whose esbuild `keepNames` names every function made.
 */
function valueOf(w: PhraseMatch<CalendarWord>, k: CalendarWord["kind"]): string {
  return w.values.find((v) => v.kind === k)?.value ?? "";
}

/** The relative words that name the day, month or year told last (`اليوم نفسه`، `نفس الشهر`). */
const SAME = new Map<string, "day" | "month" | "year">([
  ["same_day", "day"],
  ["same_month", "month"],
  ["same_year", "year"],
]);

/** Month, weekday, relative word or `عام 2021` at token i. */
function wordDate(r: Reader, i: number): Found | null {
  const w = wordAt(r, i);
  if (!w) return null;
  if (hasKind(r, i, MONTH_BITS)) {
    const m = monthAt(r, i, false);
    return m ? monthDate(r, i, m, null, null) : null;
  }
  if (hasKind(r, i, MONTH_WORD_BIT)) {
    const m = monthAt(r, w.end, true);
    if (m) return monthDate(r, i, m, null, null);
  }
  if (hasKind(r, i, YEAR_BIT)) return yearWord(r, i, w.end);
  if (hasKind(r, i, WEEKDAY_BIT)) return weekday(r, i, Number(valueOf(w, "weekday")), w.end);
  if (hasKind(r, i, RELATIVE_BIT)) {
    const rel = valueOf(w, "relative");
    // اليوم الخميس: the weekday names the day.
    if (rel === "today" && wordAt(r, w.end)?.values.some((v) => v.kind === "weekday")) return null;
    // اليوم التالي للهجوم، اليوم الأول من القمة: a day counted from an event, not today.
    if (rel === "today" && (kindAt(r, w.end, "counted_day") || kindAt(r, w.end, "ordinal"))) return null;
    const same = SAME.get(rel);
    if (same) return found(i, w.end, UNKNOWN, "unresolved", { parts: UNKNOWN, same });
    if (!r.pub) return found(i, w.end, UNKNOWN, "unresolved", { parts: UNKNOWN });
    const value = relative(rel, r.pub);
    return found(i, w.end, value.ymd, "relative", { endYmd: value.end, parts: UNKNOWN });
  }
  return null;
}

/** `عام 2021`, `العام 1446 هـ`, `عام 1675`. */
function yearWord(r: Reader, i: number, end: number): Found | null {
  const y = yearAt(r, end, false, true);
  if (!y) return null;
  if (!y.hijri) return found(i, y.end, { y: y.year, m: null, d: null }, "explicit");
  const span = hijriYear(y.year, r.options.hijri);
  return span
    ? found(i, y.end, span.start, "explicit", { endYmd: span.end, calendar: "hijri", parts: UNKNOWN })
    : null;
}

/** `الاثنين`, `يومي الاثنين والثلاثاء`, `الأحد المقبل`, `الجمعة الماضية`. */
function weekday(r: Reader, i: number, wd: number, wordEnd: number): Found {
  let end = wordEnd;
  const second = wordAt(r, end);
  if (second?.values.some((v) => v.kind === "weekday") && r.tokens[end]?.key.startsWith("و"))
    end = second.end;
  const after = wordAt(r, end);
  const anchor = after?.values.some((v) => v.kind === "next")
    ? "next"
    : after?.values.some((v) => v.kind === "past")
      ? "past"
      : "none";
  if (anchor !== "none" && after) end = after.end;
  return found(i, end, r.pub ? weekdayNear(r.pub, wd, anchor) : UNKNOWN, r.pub ? "relative" : "unresolved", {
    weekday: anchor === "none" ? wd : null,
    parts: UNKNOWN,
  });
}

/** A year alone after في، منذ، عام … (`منذ 2021`), or anywhere when `any`. */
function bareYear(r: Reader, i: number, any = false): Found | null {
  const y = yearAt(r, i);
  if (!y || (!any && !y.hijri && !isYearContext(r.tokens, i) && !itemYear(r, i, y.end))) return null;
  if (!y.hijri) return found(i, y.end, { y: y.year, m: null, d: null }, "explicit");
  const span = hijriYear(y.year, r.options.hijri);
  return span
    ? found(i, y.end, span.start, "explicit", { endYmd: span.end, calendar: "hijri", parts: UNKNOWN })
    : null;
}

/** Words before a bare year that make it a year (`في 2020`, `منذ 2021`), not a quantity. */
const YEAR_CONTEXT = new Set([
  "منذ",
  "في",
  "عام",
  "العام",
  "حتي",
  "قبل",
  "بعد",
  "مطلع",
  "نهايه",
  "اواخر",
  "اوائل",
]);

/** `2011: وقعت …`: a year heading a timeline item (`opensItem`). */
function itemYear(r: Reader, i: number, end: number): boolean {
  return opensItem(r.text, (r.tokens[i] as Token).start, (r.tokens[end - 1] as Token).end);
}

/** The word before, alone or after its و or ف (`وفي 2015،`، `ومنذ 2011`). */
function isYearContext(tokens: readonly Token[], i: number): boolean {
  const key = tokens[i - 1]?.key ?? "";
  return YEAR_CONTEXT.has(key) || (/^[وف]/u.test(key) && YEAR_CONTEXT.has(key.slice(1)));
}

const MONTH_BITS = bitsOf(...MONTH_KINDS);
const MONTH_WORD_BIT = bitsOf("month_word");
const YEAR_BIT = bitsOf("year");
const WEEKDAY_BIT = bitsOf("weekday");
const RELATIVE_BIT = bitsOf("relative");
/** A word that is no digit opens a day and month only as an ordinal (`الثامن من يناير`). */
const DAY_WORD_BITS = bitsOf("ordinal");
/** A duration opens with its marker (`قبل`، `منذ`، `بعد`). */
const DURATION_BITS = bitsOf("ago", "later");
/** The kinds `wordDate` reads a date from. */
const WORD_DATE_BITS = MONTH_BITS | bitsOf("month_word", "year", "weekday", "relative");

/**
 * The date expression that starts at token i, if any. A word that is no digit is only tried by the
 * readers its calendar kinds can open (the others would find nothing there).
 */
export function dateAt(r: Reader, i: number): Found | null {
  if (startsWithDigit(r.tokens[i]))
    return digitDate(r, i) ?? dayMonth(r, i) ?? duration(r, i) ?? wordDate(r, i) ?? bareYear(r, i);
  if (wordAt(r, i) === null) return null;
  return (
    (hasKind(r, i, DAY_WORD_BITS) ? dayMonth(r, i) : null) ??
    (hasKind(r, i, DURATION_BITS) ? duration(r, i) : null) ??
    (hasKind(r, i, WORD_DATE_BITS) ? wordDate(r, i) : null)
  );
}

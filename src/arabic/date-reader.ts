// The date reader's state for one text and the small reads every date phrase shares: the
// calendar word at a token, the gap between two tokens, whether a token opens a number.
import type { DateMention, Token } from "../pipeline/types.ts";
import type { Ymd } from "./date-values.ts";
import type { Calendar, CalendarWord, DateOptions } from "./dates.ts";
import { BARE, type PhraseMatch } from "./phrases.ts";

/** One date found, by token range, before it becomes a DateMention. */
export interface Found {
  first: number;
  end: number;
  ymd: Ymd;
  endYmd: Ymd | null;
  basis: DateMention["basis"];
  weekday: number | null;
  calendar: "gregorian" | "hijri";
  /** What the text itself fixes, before any year is inferred. */
  parts: Ymd;
  /** A Gregorian month with no year and no anchor word (`في يونيو`): its year was inferred. */
  yearless?: boolean;
  /** `اليوم نفسه`، `نفس الشهر`: the day, month or year the text told last (`sameAsBefore`). */
  same?: "day" | "month" | "year";
}

/** The reader's state for one text. */
export interface Reader {
  text: string;
  tokens: readonly Token[];
  calendar: Calendar;
  pub: Ymd | null;
  options: DateOptions;
  /** The calendar phrase at each token, filled as it is looked up (null: none). */
  words: Array<PhraseMatch<CalendarWord> | null | undefined>;
  /** The `kindBits` of each token's calendar phrase, filled with `words` (0: none), one per token. */
  kinds: Uint32Array;
}

/** The calendar phrase at token i, looked up once per token. */
export function wordAt(r: Reader, i: number): PhraseMatch<CalendarWord> | null {
  let w = r.words[i];
  if (w === undefined) {
    w = r.calendar.matchAt(r.tokens, i, BARE);
    r.words[i] = w;
    r.kinds[i] = w === null ? 0 : kindBits(w.values);
  }
  return w;
}

/** One bit per kind of calendar word, in the order of the lexicon's kinds. */
const KIND_BIT = new Map<CalendarWord["kind"], number>(
  (
    [
      "month",
      "name_month",
      "hijri_month",
      "weekday",
      "ordinal",
      "counted_day",
      "relative",
      "past",
      "next",
      "current",
      "year",
      "hijri_era",
      "gregorian_era",
      "unit",
      "unit_plural",
      "dual_unit",
      "ago",
      "approx",
      "later",
      "month_word",
    ] as const
  ).map((kind, k) => [kind, 1 << k]),
);

/** The bits of the kinds among a calendar phrase's readings. */
function kindBits(values: readonly CalendarWord[]): number {
  let bits = 0;
  for (const v of values) bits |= KIND_BIT.get(v.kind) ?? 0;
  return bits;
}

/** The bits of `kinds`, to test a token's readings against (`hasKind`). */
export function bitsOf(...kinds: ReadonlyArray<CalendarWord["kind"]>): number {
  let bits = 0;
  for (const k of kinds) bits |= KIND_BIT.get(k) ?? 0;
  return bits;
}

/** Whether the calendar phrase at token i has a reading of one of the kinds in `bits` (`bitsOf`). */
export function hasKind(r: Reader, i: number, bits: number): boolean {
  return wordAt(r, i) !== null && ((r.kinds[i] as number) & bits) !== 0;
}

/**
 * Only a token that starts with a digit (maybe after و, or after the article whose stretch the key
 * drops: `الـ14` is `ال14`) can open a date in digits or a bare year.
 */
export function startsWithDigit(t: Token | undefined): boolean {
  if (t === undefined) return false;
  // Units, not `startsWith("و")`: this runs for every token of every text.
  const key = t.key;
  let at = key.charCodeAt(0) === WAW ? 1 : 0;
  if (key.charCodeAt(at) === ALEF && key.charCodeAt(at + 1) === LAM) at += 2;
  const c = key.charCodeAt(at);
  return c >= DIGIT_0 && c <= DIGIT_9;
}

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
/** و, the conjunction a date may follow (`و2024`). */
const WAW = 0x648;
/** ا and ل, the article before a day in digits (`الـ14`). */
const ALEF = 0x627;
const LAM = 0x644;

export function kindAt(
  r: Reader,
  i: number,
  kind: CalendarWord["kind"],
): { value: string; end: number } | null {
  const w = wordAt(r, i);
  if (w === null || ((r.kinds[i] as number) & (KIND_BIT.get(kind) as number)) === 0) return null;
  const v = w.values.find((x) => x.kind === kind);
  return v ? { value: v.value, end: w.end } : null;
}

/** The gap between tokens a and b (`/` in `كانون الثاني/يناير`). */
export function gap(r: Reader, a: number, b: number): string {
  const ta = r.tokens[a];
  const tb = r.tokens[b];
  return ta && tb ? r.text.slice(ta.end, tb.start) : "";
}

export function found(
  first: number,
  end: number,
  ymd: Ymd,
  basis: DateMention["basis"],
  extra: Partial<Found> = {},
): Found {
  return {
    first,
    end,
    ymd,
    endYmd: null,
    basis,
    weekday: null,
    calendar: "gregorian",
    parts: ymd,
    ...extra,
  };
}

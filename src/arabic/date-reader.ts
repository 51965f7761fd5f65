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
}

/** The calendar phrase at token i, looked up once per token. */
export function wordAt(r: Reader, i: number): PhraseMatch<CalendarWord> | null {
  let w = r.words[i];
  if (w === undefined) {
    w = r.calendar.matchAt(r.tokens, i, BARE);
    r.words[i] = w;
  }
  return w;
}

/** Only a token that starts with a digit (maybe after و) can open a date in digits or a bare year. */
export function startsWithDigit(t: Token | undefined): boolean {
  const c = t?.key.charCodeAt(t.key.startsWith("و") ? 1 : 0) ?? 0;
  return c >= DIGIT_0 && c <= DIGIT_9;
}

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

export function kindAt(
  r: Reader,
  i: number,
  kind: CalendarWord["kind"],
): { value: string; end: number } | null {
  const w = wordAt(r, i);
  const v = w?.values.find((x) => x.kind === kind);
  return w && v ? { value: v.value, end: w.end } : null;
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

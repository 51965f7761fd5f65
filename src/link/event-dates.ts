// Events across articles, the date of a happening: its reports counted by date, and the date they
// support best (not the first report's).
import type { Event } from "../pipeline/types.ts";

/** A corpus event's reports counted by date: dated by their own text (explicit) or by their article. */
export type DateTally = Record<string, { explicit: number; published: number; text: string | null }>;

/** Counts one report's date in a tally (an undated report counts nowhere). */
export function tallyDate(tally: DateTally, e: Event): void {
  if (!e.date) return;
  const t = (tally[e.date] ??= { explicit: 0, published: 0, text: null });
  if (e.date_text) {
    t.explicit++;
    t.text ??= e.date_text;
  } else t.published++;
}

/**
 * The date its reports support best: a date some report's text gives over a publication date, then
 * the one most reports give, then the earliest. Null when no report is dated.
 */
export function bestDate(tally: DateTally): { date: string; text: string | null } | null {
  const all = Object.entries(tally);
  const explicit = all.filter(([, t]) => t.explicit > 0);
  const pool = explicit.length > 0 ? explicit : all;
  const count = ([, t]: (typeof all)[number]) => (explicit.length > 0 ? t.explicit : t.published);
  const best = pool.sort((a, b) => count(b) - count(a) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0];
  return best ? { date: best[0], text: explicit.length > 0 ? best[1].text : null } : null;
}

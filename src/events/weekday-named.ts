// A date the text writes in full after its weekday (`يوم الأحد 14 أكتوبر 2018`، `الأحد، 14 أكتوبر`):
// the weekday names one day, as a bare `الأحد` does, so the date it opens is the day of a report that
// may stand past the speaker's name (act-dates.ts reportDate), not the date of some noun before it.
import type { ArabicText, DateMention } from "../pipeline/types.ts";
import { keyOf } from "../arabic/normalize.ts";
import type { EventCues } from "./cues.ts";

/** How many characters before the date its weekday (and `يوم`) may stand. */
const WEEKDAY_REACH = 16;

/** The date fixes one day and the word right before it (past a comma) is a weekday name. */
export function weekdayNamedDay(arabic: ArabicText, d: DateMention, cues: EventCues): boolean {
  if (d.granularity !== "day" || d.basis !== "explicit") return false;
  const before = arabic.text.slice(Math.max(0, d.start - WEEKDAY_REACH), d.start);
  const words = before.replace(/[،,]/gu, " ").trim().split(/\s+/u);
  const last = words[words.length - 1];
  return last !== undefined && cues.weekday.has(keyOf(last));
}

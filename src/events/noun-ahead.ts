// `نتطلع إلى افتتاح القنصلية الجديدة في الـ20 من يونيو/حزيران`, told on 5 June: a verbal noun has no
// tense. The date reader puts a bare day (no year, no anchor word) whose month is after the month of publication
// in the year before (date-values.ts), which is right for an act a verb tells as done. For a noun, a day that
// falls within a month after publication is this year's: an act ahead, not one eleven months back. A verb in the
// perfect keeps the reader's year (lead46's yearBack, index.ts). The day must follow the noun: a day told before
// it (`المهلة تنتهي في 12 مايو، وقد سعى الوزير خلال زيارته`) is another phrase's.
import type { DateMention } from "../pipeline/types.ts";
import { dayPlus, yearsOn } from "./act-dates.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many days after publication a noun's bare day may fall and still be this year's. */
const NOUN_AHEAD_DAYS = 31;

/** The date moved a year on when it is a noun's bare day within a month after publication; else the date. */
export function nounDayAhead(
  date: DateMention | null,
  hit: TriggerHit,
  published: string | null,
  /** Where the trigger's first token starts in the text. */
  triggerStart: number,
): DateMention | null {
  if (!date?.value || published === null || published.length !== 10 || hit.trigger.pos !== "noun")
    return date;
  if (!date.yearless || date.granularity !== "day" || date.endValue !== null || date.start < triggerStart)
    return date;
  const next = yearsOn(date.value, 1);
  if (next <= published || next > dayPlus(published, NOUN_AHEAD_DAYS)) return date;
  return { ...date, value: next };
}

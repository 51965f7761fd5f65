// The weekday an act in the imperfect is told on. The date reader takes a weekday named with no anchor
// word (`الاثنين`, not `الاثنين المقبل`) as the last such day up to publication: the reading of a report
// of what was done (`التقى الرئيسان، الاثنين، في هلسنكي`). A verb in the imperfect tells what is under way
// or to come (`ويلتقي الرئيس الروسي، الاثنين، نظيره`), so, on a page of Sunday, its Monday is the next
// day, not the day six days before. Guards: the weekday stands after the verb, in its clause (one before
// it may date another clause); no word of the past governs the verb (a form of `كان`: `كان يلتقي`, a habit
// of the past; `لم`، `لما`: `لم يلتق`, the past denied); and the reader's day is two days or more before
// publication: a page put out after midnight tells the day before's news in the present too
// (`يبحث الوزيران، الثلاثاء،` on a page dated Wednesday), and the day before stays as the reader has it.
import type { ArabicText, DateMention, Token } from "../pipeline/types.ts";
import { dayPlus, imperfectVerb } from "./act-dates.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far before the verb a word of the past may stand (`كان الرئيس الروسي يلتقي`). */
const PAST_REACH = 4;
/** The fewest days back, by the reader's count, that a weekday of an imperfect is read as the next one. */
const LEAST_BACK = 2;

export function comingWeekday(
  arabic: ArabicText,
  hit: TriggerHit,
  date: DateMention | null,
  published: string | null,
  cues: EventCues,
): DateMention | null {
  if (!date?.bareWeekday || !date.value || published === null || !imperfectVerb(arabic.tokens, hit))
    return date;
  const verb = arabic.tokens[hit.first] as Token;
  if (date.start < verb.end) return date;
  const back = daysBetween(date.value, published);
  if (back < LEAST_BACK) return date;
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - PAST_REACH); k--) {
    const t = arabic.tokens[k] as Token;
    if (t.sentence !== verb.sentence) break;
    if (tokenIn(cues.pluperfectAux, t) || tokenIn(cues.pastNegation, t)) return date;
  }
  return {
    ...date,
    value: dayPlus(date.value, 7),
    endValue: date.endValue ? dayPlus(date.endValue, 7) : null,
  };
}

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

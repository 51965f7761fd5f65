// A date that belongs to an occasion named after the act: `اتهمت واشنطن موسكو بالتدخل في الانتخابات الأمريكية
// عام 2016` dates the elections, not the charge.
import type { ArabicText, DateMention, Token } from "../pipeline/types.ts";
import { markBetween } from "../arabic/gaps.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** How many words may stand between the occasion's noun and its date (`الانتخابات الرئاسية الأمريكية لعام`). */
const OCCASION_REACH = 4;

/**
 * فرضت واشنطن عقوبات على روس بتهم التدخل في الانتخابات عام 2016؛ رداً على هجوم كيماوي في 7 أبريل: a
 * date after the act's word whose nearest words before it name an occasion (cue dated_occasion: an election,
 * an invasion, a downing, an attack), up to 4 words before it with no comma between, tells when that occasion
 * happened. The act told before the occasion took place later, on a day the date does not give. Not the
 * act's own word (`ضم روسيا القرم عام 2014`), which stands before `actEnd`; nor an occasion after a preposition
 * of time (cue occasion_time: `قبل الانتخابات`، `خلال الهجوم`), which places the act by the occasion; nor one a
 * comma parts from the act's word (`ضربات …، رداً على هجوم`، `، بما في ذلك الهجوم`), an aside the date stays with.
 */
export function occasionDate(arabic: ArabicText, d: DateMention, actEnd: number, cues: EventCues): boolean {
  const { tokens, text } = arabic;
  const endAt = (tokens[actEnd - 1] as Token | undefined)?.end ?? 0;
  if (d.start < endAt) return false;
  let k = actEnd;
  while (k < tokens.length && (tokens[k] as Token).start < d.start) k++;
  for (let j = k - 1; j >= Math.max(actEnd, k - OCCASION_REACH); j--) {
    const t = tokens[j] as Token;
    if (markBetween(text, t.end, d.start)) return false;
    // Within the act's own phrase: no comma between the act's word and the occasion (`، رداً على هجوم`).
    if (tokenIn(cues.datedOccasion, t))
      return !tokenIn(cues.occasionTime, tokens[j - 1]) && !markBetween(text, endAt, t.start);
  }
  return false;
}

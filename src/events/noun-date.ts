// The date an act told as a noun carries right after it: `دافع ماكرون الثلاثاء عن الضربات على سوريا الأسبوع
// الماضي` dates the strikes by `الأسبوع الماضي`, not by the day of the defence. Read by index.ts after
// governingDate, which takes the date nearest to the trigger in its clause.
import type { ArabicText, DateMention, Token } from "../pipeline/types.ts";
import type { ClauseSpan } from "./clauses.ts";
import { dateAhead, since } from "./act-dates.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { markBetween } from "../arabic/gaps.ts";

/** How many words after the noun, past its complements, its date may stand (`الضربات الأميركية على مواقع النظام السوري الأسبوع الماضي`). */
const NOUN_DATE_REACH = 12;

/**
 * A noun of an act (not a verb) followed, within 12 words of its clause, by a date the text fixes, with no
 * punctuation, relative pronoun, clause break or other act's word between, is dated by that date: the
 * phrase of time that closes a noun phrase tells when the act it names took place. Not a bare year, which
 * most often names an inner noun of the phrase (`بالتدخل في الانتخابات الأمريكية عام 2016`); not a date after
 * publication (`أعلن عقد قمة في أبريل القادم`: what is planned, read by the rules of acts to come); not a
 * date after `منذ` or a participle of signing (governingDate's guards).
 */
export function nounOwnDate(
  arabic: ArabicText,
  span: ClauseSpan,
  hit: TriggerHit,
  cues: EventCues,
  isAct: (k: number) => boolean,
  published: string | null,
): DateMention | null {
  if (hit.trigger.pos !== "noun") return null;
  const { tokens } = arabic;
  const last = Math.min(span.end, hit.end + NOUN_DATE_REACH);
  for (let k = hit.end; k < last; k++) {
    const t = tokens[k] as Token;
    if (markBetween(arabic.text, (tokens[k - 1] as Token).end, t.start, "phrase")) return null;
    const d = arabic.dates.find((m) => m.start === t.start);
    if (d)
      return d.value !== null && d.granularity !== "year" && !guarded(arabic, d, cues, published) ? d : null;
    if (tokenIn(cues.relative, t) || tokenIn(cues.clauseBreak, t) || isAct(k)) return null;
  }
  return null;
}

/** A date read for another noun or for a plan: after `منذ`, after a participle of signing, after publication. */
function guarded(arabic: ArabicText, d: DateMention, cues: EventCues, published: string | null): boolean {
  return since(arabic, d, cues) || dateAhead(d, published, cues);
}

// The date that closes the object of a verb of judging dates the act judged, not the judging: `ورد نتنياهو
// منتقدا الغزو التركي لقبرص في يوليو عام 1974` tells a criticism made now of an invasion in 1974. Read by
// act-date.ts after the clause's date is found.
import type { ArabicText, DateMention, Token } from "../pipeline/types.ts";
import { markBetween } from "../arabic/gaps.ts";
import type { ClauseSpan } from "./clauses.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** The types whose verb judges an act named as its object (`انتقد الغزو`، `أدان الهجوم`). */
const JUDGING = new Set(["ACCUSE"]);

/** How far after the verb, past its subject, the judged act's noun may stand (`انتقد الرئيس التركي الهجوم`). */
const OBJECT_REACH = 5;

/**
 * A verb or participle of judging, followed within 5 words by an act's noun (its object) and then, within the noun's
 * phrase (no punctuation, relative pronoun, clause break or other act's word between), by the date `d` of a
 * year before the publication's: the date is the judged act's. Not a date of the publication's year, which
 * may as well be the judging's (`أدانت مصر الهجوم … الثلاثاء`).
 */
export function judgedActDate(
  arabic: ArabicText,
  span: ClauseSpan,
  hit: TriggerHit,
  d: DateMention | null,
  cues: EventCues,
  isAct: (k: number) => boolean,
  published: string | null,
): boolean {
  if (!d?.value || !published || hit.trigger.pos === "noun" || !JUDGING.has(hit.trigger.type)) return false;
  if (d.value.slice(0, 4) >= published.slice(0, 4)) return false;
  const { tokens, text } = arabic;
  let noun = false;
  for (let k = hit.end; k < span.end; k++) {
    const t = tokens[k] as Token;
    if (t.start >= d.start) return noun;
    if (markBetween(text, (tokens[k - 1] as Token).end, t.start, "phrase")) return false;
    if (tokenIn(cues.relative, t) || tokenIn(cues.clauseBreak, t)) return false;
    if (!isAct(k)) continue;
    if (noun || k - hit.end >= OBJECT_REACH) return false;
    noun = true;
  }
  return false;
}

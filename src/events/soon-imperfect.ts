// An act told by an imperfect verb with "soon" or "within hours" after it is to come (branch precision66):
// `ويلتقي الزعيم الكوري الشمالي الرئيس الأمريكي خلال ساعات في سنغافورة`، `ويزور الوزير طهران قريبا`. The
// imperfect alone is read as the news's present (it tells the day's act as often as a plan); the words of
// "soon" (cue soon_word) and "within hours, within days" (cues soon_within, soon_span) put it ahead, as a
// date after the publication does. Read as done, a meeting to come is counted as a meeting held.
import type { Token } from "../pipeline/types.ts";
import { imperfectVerb } from "./act-dates.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far after the verb the word of "soon" may stand (past its subject and object). */
const SOON_REACH = 14;

/** An imperfect verb trigger (ي، ن) with a word of "soon", or "within" and hours or days, a few words on in its clause. */
export function soonImperfect(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): boolean {
  if (!imperfectVerb(tokens, hit)) return false;
  const sentence = (tokens[hit.first] as Token).sentence;
  for (let k = hit.end; k < Math.min(tokens.length, hit.end + SOON_REACH); k++) {
    const t = tokens[k] as Token;
    // ويقول إن المفاوضات ستستأنف قريبا after a comma: another clause's time (`linked`: only spaces before).
    if (t.sentence !== sentence || !t.linked || tokenIn(cues.clauseBreak, t) || isComplementizer(t, cues))
      return false;
    if (tokenIn(cues.soonWord, t)) return true;
    if (tokenIn(cues.soonWithin, t) && tokenIn(cues.soonSpan, tokens[k + 1])) return true;
  }
  return false;
}

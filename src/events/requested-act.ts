// The act a request names past a long subject (`طالب وزير الخارجية الفرنسي في مؤتمر صحفي الولايات المتحدة
// بفرض عقوبات على إيران`): asked for, not done. triggers.ts absorbs a request's complement within a few
// words of its verb, and modality.ts reads a request word just before an act; past both reaches the act
// stood as done. The request is the event; act-type.ts drops the act asked for, as it drops a charged one.
import type { Token } from "../pipeline/types.ts";
import { markBetween } from "../arabic/gaps.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far before the act its request word may stand: the asker, a place and the one asked between. */
const REQUEST_REACH = 12;

/** `بفرض`، `لفرض`: a word on ب or ل, as the act's noun or the verbal noun right before it. */
const opensOn = (prefix: string): boolean => /^[وف]?[بل]$/u.test(prefix);

/**
 * The act's complement opens right at it: ب or ل on its noun (`بفرض`), `إلى` or `ب` right before it
 * (`إلى فرض`), or a verbal noun on ب right before it (`بفرض عقوبات`).
 */
function opened(tokens: readonly Token[], hit: TriggerHit): boolean {
  if (opensOn(hit.prefix)) return true;
  const before = tokens[hit.first - 1];
  if (before === undefined) return false;
  if (before.key === "الي" || before.key === "ب") return true;
  return before.bare.some((b) => /^[وف]?ب$/u.test(b.prefix) && b.key !== "");
}

/**
 * A request word (cue `request`) a few words before the act whose complement opens at it, in one clause:
 * no punctuation, clause break, speech verb or time preposition (`بعد الهجوم`: an act told as done) between.
 */
export function requestedAct(
  text: string,
  tokens: readonly Token[],
  hit: TriggerHit,
  clauseStart: number,
  cues: EventCues,
): boolean {
  if (hit.trigger.type === "REQUEST" || !opened(tokens, hit)) return false;
  for (let k = hit.first - 1; k >= Math.max(clauseStart, hit.first - REQUEST_REACH); k--) {
    const t = tokens[k] as Token;
    if (tokenIn(cues.request, t)) return true;
    if (endsActClause(text, tokens, k, cues)) return false;
  }
  return false;
}

/**
 * Word `k`, before an act, ends the act's clause: a comma or a stop after it (`عمار الحكيم، رئيس تيار الحكمة،
 * إلى`), a clause break, a speech verb or a time preposition (`بعد الهجوم`: an act told as done). Read by the
 * request here and the charge (charged-act.ts) that may stand before the act.
 */
export function endsActClause(text: string, tokens: readonly Token[], k: number, cues: EventCues): boolean {
  const t = tokens[k] as Token;
  if (markBetween(text, t.end, (tokens[k + 1] as Token).start)) return true;
  return tokenIn(cues.clauseBreak, t) || tokenIn(cues.speech, t) || tokenIn(cues.timeBefore, t);
}

// An act told as a noun in the object of another state's reaction (`وصف ماكرون الأربعاء انسحاب ترامب من
// الاتفاق بأنه خطأ`، `أدانت الخارجية ضربات التحالف`): the reaction is the news and the date of its clause
// is the reaction's; the act it judges was done before, at a time the text does not give here. Read by
// event-record.ts beside background-told.ts: such an act keeps no date, so it folds into the same act told
// with its own date elsewhere in the article (mergeRepeats) instead of standing as a second act of the
// reaction's day.
import type { ArabicText, DateMention, Sentence, Token } from "../pipeline/types.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";
import { markBetween } from "../arabic/gaps.ts";

/** How far before the act's noun the reaction verb may stand, past its subject (`وصف الرئيس الفرنسي إيمانويل ماكرون، انسحاب`). */
const REACTION_REACH = 6;

/**
 * وصف الرئيس الفرنسي، الأربعاء، انسحاب واشنطن من الاتفاق بأنه خطأ؛ انتقدت الصين فرض الرسوم: an act told as a
 * noun (not a verb, which tells its own act) up to 6 words after a verb of judging another's act (cue
 * reaction_verb: وصف، انتقد، أدان، ندد، استنكر، شجب، رحب، أشاد), in its sentence, with no complementizer,
 * relative pronoun, clause break, stop (`.` `؛` `:`) or setting preposition (cue setting: خلال زيارته، في اتصال
 * هاتفي: the reaction's occasion) between, is the act the reaction judges: done before it. Not when the date of the clause stands after the noun (`انتقدت طرد السفير الأحد` may date the
 * expulsion itself); a date before the noun, or none, is the reaction's.
 */
export function reactedAct(
  arabic: ArabicText,
  sentence: Sentence,
  hit: { first: number; trigger: { pos: string } },
  when: DateMention | null,
  cues: EventCues,
): boolean {
  if (hit.trigger.pos !== "noun") return false;
  const { tokens } = arabic;
  const at = (tokens[hit.first] as Token).start;
  if (when !== null && when.start >= at) return false;
  for (let k = hit.first - 1; k >= Math.max(sentence.firstToken, hit.first - REACTION_REACH); k--) {
    const t = tokens[k] as Token;
    if (markBetween(arabic.text, t.end, (tokens[k + 1] as Token).start, "strong")) return false;
    if (tokenIn(cues.reactionVerb, t)) return true;
    if (isComplementizer(t, cues) || tokenIn(cues.relative, t) || tokenIn(cues.clauseBreak, t)) return false;
    // انتقد ترامب خلال زيارته لبريطانيا مقالا، ووصف بوتين في اتصال هاتفي مع نظيره: the noun after a setting
    // preposition is the occasion of the reaction, of its own day, not the act judged.
    if (tokenIn(cues.setting, t)) return false;
  }
  return false;
}

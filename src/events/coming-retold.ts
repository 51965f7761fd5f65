// An act told again as the announcement a verb of coming opens (branch precision66): in `وجاء إعلان
// بريطانيا طرد 23 دبلوماسيا روسيا من أراضيها، بعد رفض موسكو …`, the sentence is about when the
// announcement came; the announcement and the act it tells (here `طرد`, which the lexicon reads as a verb
// as well as its noun) are those the article told before. Read as a new telling, the act is counted twice.
import type { Sentence, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** How far before the act the announcement's light-verb noun may stand (`إعلان رئيسة الوزراء البريطانية`). */
const ANNOUNCEMENT_REACH = 6;

/**
 * The act at `first` stands after a light verb's noun (cue light_verb: `إعلان`، `اتخاذ`) right after a verb
 * of coming (cue coming_verb: `جاء`، `تأتي`), with no clause break or word of speech between.
 */
export function comingAnnouncement(
  tokens: readonly Token[],
  first: number,
  sentence: Sentence,
  cues: EventCues,
): boolean {
  for (let k = first - 1; k >= Math.max(sentence.firstToken + 1, first - ANNOUNCEMENT_REACH); k--) {
    const t = tokens[k] as Token;
    if (tokenIn(cues.clauseBreak, t) || tokenIn(cues.speech, t)) return false;
    if (tokenIn(cues.lightVerb, t)) return tokenIn(cues.comingVerb, tokens[k - 1]);
  }
  return false;
}

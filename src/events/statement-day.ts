// The day of a statement named again: `أصدرت الخارجية الثلاثاء بيانا …. وأضاف البيان أن …` tells Tuesday's
// statement, not the page's day.
import type { ArabicText, DateMention, Sentence } from "../pipeline/types.ts";
import { type EventCues, anyIn, isComplementizer, tokenIn } from "./cues.ts";
import { openingDay } from "./praise-subject.ts";

/** How far into its sentence the statement named again may stand (`وأوضحت وزارة الخارجية في بيانها`). */
const AGAIN_REACH = 6;
/** How many sentences back the sentence that brought the statement in may stand. */
const STATEMENT_BACK = 4;

/**
 * تحدث الرئيس إلى نظيره، الثلاثاء، وفقا لبيان للرئاسة. … وأضاف البيان أن …: a sentence that names a statement
 * again (cue statement_again: البيان، بيانها) near its opening, before its first complementizer, tells more of
 * that statement; an act it tells with no date of its own takes the day in one word (a weekday, `أمس`) that the
 * nearest sentence before it bringing a statement in (cue statement_noun: بيان، بيانا) names before its own
 * complementizer. When that sentence names no such day, nothing: the page's day stays.
 */
export function statementDay(arabic: ArabicText, sentenceIndex: number, cues: EventCues): DateMention | null {
  const sentence = arabic.sentences[sentenceIndex];
  if (!sentence || !namedAgain(arabic, sentence, cues)) return null;
  for (let i = sentenceIndex - 1; i >= Math.max(0, sentenceIndex - STATEMENT_BACK); i--) {
    const before = arabic.sentences[i] as Sentence;
    if (anyIn(arabic.tokens, before.firstToken, before.endToken, cues.statementNoun))
      return openingDay(arabic, before, cues);
  }
  return null;
}

/** The sentence names a statement again within its first words, before any complementizer. */
function namedAgain(arabic: ArabicText, sentence: Sentence, cues: EventCues): boolean {
  const to = Math.min(sentence.endToken, sentence.firstToken + AGAIN_REACH);
  for (let k = sentence.firstToken; k < to; k++) {
    if (isComplementizer(arabic.tokens[k], cues)) return false;
    if (tokenIn(cues.statementAgain, arabic.tokens[k])) return true;
  }
  return false;
}

// Acts told as background of the news with no date of their own: the pluperfect (`وكانت روسيا قد
// اتهمت`). Read by event-record.ts with act-dates.ts's past-time phrases (`pastTold`): such an act keeps
// no date rather than the publication day.
import { keyOf } from "../arabic/normalize.ts";
import { tokenIs } from "../arabic/tokens.ts";
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** How far after `قد` the act's word may stand (`قد أعلنت`، `قد قامت بزيارة`، `قد أجرى الوزير محادثات`). */
const AFTER_QAD = 3;
/** How far before `قد` the form of `كان` may stand, past the subject (`وكان وزير الخارجية الأمريكي، مايك بومبيو قد وصل`). */
const AUX_REACH = 8;

/**
 * وكانت تركيا قد استدعت السفير، وكان قد هدد السفير الروسي بأن: an act whose word stands up to 3 words
 * after `قد` (no comma between), with a form of `كان` (cue pluperfect_aux) up to 8 words before that
 * `قد` in its sentence and no relative pronoun or clause break (cue clause_break) between, is told in
 * the pluperfect: done before the news, at a time the text does not give when its clause names no date.
 * Not an act before the `قد` (`اجتماع ترامب … كان قد حفزه`), nor one in a relative clause of the
 * subject (`الاتفاق الذي وقعته … كان قد`).
 */
export function pluperfectTold(
  arabic: ArabicText,
  sentence: Sentence,
  hit: { first: number },
  cues: EventCues,
): boolean {
  const { tokens } = arabic;
  for (let q = hit.first - 1; q >= Math.max(sentence.firstToken, hit.first - AFTER_QAD); q--) {
    const t = tokens[q] as Token;
    if (/[،,؛:.]/u.test(arabic.text.slice(t.end, (tokens[q + 1] as Token).start))) return false;
    if (!tokenIs(t, QAD_KEY)) continue;
    for (let k = q - 1; k >= Math.max(sentence.firstToken, q - AUX_REACH); k--) {
      const w = tokens[k] as Token;
      if (tokenIn(cues.pluperfectAux, w)) return true;
      if (tokenIn(cues.relative, w) || tokenIn(cues.clauseBreak, w)) return false;
    }
    return false;
  }
  return false;
}

const QAD_KEY = keyOf("قد");

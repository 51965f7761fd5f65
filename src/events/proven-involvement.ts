// A noun of involvement told as proven in a state speaker's words: `قال المتحدث باسم التحالف إن "هذا العمل
// العدائي يثبت استمرار تورط النظام الإيراني بدعم الميليشيات"` is the speaker's charge against Iran, though no
// accusing verb is written. The owner is the state named right after the noun (`النظام`، `دعم` may stand
// between: kind owner_head); the judge is the quotation's speaker, else the speaker of `قال … إن`, else the one a
// bare `وأضاف أن` carries (lexicons/evaluations.tsv, kinds involvement, proven, owner_head).
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { speakersCharge } from "./evaluation-judges.ts";
import type { Evaluation, Evaluations } from "./evaluation-lexicon.ts";
import { type Judgement, stateOf } from "./evaluation-quotes.ts";

/** How many owner_head words may stand between the noun and its owner (`تورط دعم النظام الإيراني`). */
const HEAD_WORDS = 2;

export function provenInvolvement(
  arabic: ArabicText,
  sentence: Sentence,
  k: number,
  evaluation: Evaluation,
  mine: readonly PartyUnit[],
  units: readonly PartyUnit[],
  cues: EventCues,
  ev: Evaluations,
): Judgement | null {
  const { tokens } = arabic;
  // يثبت تورط، يثبت استمرار تورط: the proving verb right before, or one word before that.
  const proving = tokenIn(ev.proven, tokens[k - 1]) ? k - 1 : tokenIn(ev.proven, tokens[k - 2]) ? k - 2 : -1;
  if (proving < 0 || tokenIn(cues.negation, tokens[proving - 1])) return null;
  let at = k + evaluation.words.length;
  for (let n = 0; n < HEAD_WORDS && tokenIn(ev.ownerHead, tokens[at]); n++) at++;
  // تورط النظام الإيراني: the nisba after a head word names the state, as the state's name does.
  const owner = mine.find(
    (u) =>
      (u.first === at || (u.first === at + 1 && u.type === "NISBA" && tokenIn(ev.ownerHead, tokens[at]))) &&
      stateOf(u) !== null &&
      !/[لب]/u.test(u.prefix) &&
      !tokenIn(cues.anyWord, tokens[u.first - 1] as Token),
  );
  if (!owner) return null;
  return speakersCharge(arabic, sentence, k, proving, owner, evaluation, mine, units, cues, ev);
}

// An act told inside an indirect question, "whether" (`ما إذا كانت بروكسل ستواصل الضغط على
// بلغاريا`، `سألته عما إذا كان سيتفق مع بوتين`): `إذا` after `ما` (or `عما`، `مما`) asks whether the act
// will be, or was, done. It is told neither as done nor as the condition of another act, so it is no
// event; read as a condition (cue conditional) it was listed as a conditional act. Read by act-type.ts.
import type { ArabicText, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { markBetween } from "../arabic/gaps.ts";

/** A third-person possessive pronoun on a noun (`زيارته`، `لقائها`). */
const POSSESSED = /\p{L}{2,}(?:ها|هما|هم|ه)$/u;

/** How far before the trigger the `إذا` of the question may stand (`ما إذا كانت بروكسل ستواصل الضغط`). */
const QUESTION_REACH = 8;

/**
 * `إذا` (cue condition_word) up to 8 words before the trigger in its sentence, with no stop or comma
 * between, right after a word of "whether" (cue whether_head: ما، عما، مما): the act is asked about.
 * Not `ما لم` (unless) nor a bare `إذا` (a condition); not a noun with a possessive pronoun (`زيارته
 * المقبلة`), an act the question takes as known.
 */
export function openQuestion(
  arabic: ArabicText,
  hit: { first: number; end: number; trigger: { pos: string } },
  sentenceStart: number,
  cues: EventCues,
): boolean {
  const { tokens } = arabic;
  // عما إذا كان ينوي اصطحاب زوجته خلال زيارته المقبلة: a possessed noun names an act taken as known.
  if (hit.trigger.pos === "noun" && POSSESSED.test((tokens[hit.end - 1] as Token).text)) return false;
  for (let k = hit.first - 1; k >= Math.max(sentenceStart + 1, hit.first - QUESTION_REACH); k--) {
    const t = tokens[k] as Token;
    if (/[،,؛;:.?؟]/u.test(arabic.text.slice(t.end, (tokens[k + 1] as Token).start))) return false;
    if (!tokenIn(cues.conditionWord, t)) continue;
    const before = tokens[k - 1] as Token;
    if (markBetween(arabic.text, before.end, t.start)) return false;
    return tokenIn(cues.whetherHead, before);
  }
  return false;
}

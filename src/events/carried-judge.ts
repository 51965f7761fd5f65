// The judge of an evaluation told by a speech verb that names no speaker (`وقال وزير الخارجية البريطاني …
// . وأضاف أن روسيا تقف وراء الهجوم`، `وأضاف: "… تورط النظام الإيراني"`): news prose goes on quoting the
// speaker it has named with a speech verb alone, and the judgement is that speaker's, as a trigger's act
// is (carried-speaker.ts). Only when the speech verb opens the sentence and no party is named between it
// and the reported clause; the speaker is the state's person or body that opened the sentence before.
import type { ArabicText, Sentence } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { carriedSpeaker } from "./carried-speaker.ts";
import { type EventCues, isComplementizer } from "./cues.ts";

/**
 * The speaker a sentence-opening speech verb carries from the sentence before, for the reported clause
 * that opens at token `from` (after `أن`/`إن`, or after the colon or quotation mark of `وأضاف: "…"`).
 */
export function carriedJudge(
  arabic: ArabicText,
  sentence: Sentence,
  speech: number | undefined,
  from: number,
  units: readonly PartyUnit[],
  cues: EventCues,
): PartyUnit | null {
  if (speech === undefined || speech > sentence.firstToken + 1) return null;
  const { tokens } = arabic;
  const index = tokens[sentence.firstToken]?.sentence;
  if (index === undefined) return null;
  const at = isComplementizer(tokens[from - 1], cues) ? from - 1 : from;
  const span = {
    reported: sentence.firstToken,
    speakerActs: false,
    start: sentence.firstToken,
    end: sentence.endToken,
  };
  return carriedSpeaker(arabic, index, span, at, units, cues);
}

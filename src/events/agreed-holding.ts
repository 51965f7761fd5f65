// `اتفق الزعيمان على عقد محادثات، الجمعة`، `اتفقت روسيا وتركيا على عقد قمة في يونيو`: a date told after the
// holding an agreement is about (`على عقد`، `لعقد`، `على إجراء`) is the date of the meeting still to come, not of
// the agreement: a bare weekday or a month with no year is the next such one (event-record.ts aheadIfFuture).
import { keyOf } from "../arabic/normalize.ts";
import type { ArabicText, DateMention, Token } from "../pipeline/types.ts";
import type { EventCues } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far after the trigger the word of holding may stand (`اتفق الرئيسان الكوري والأمريكي على عقد`). */
const HOLDING_REACH = 8;

const ON = keyOf("على");

/** Proclitics of purpose or means that a holding noun carries (`لعقد`، `بإجراء`). */
const HOLDING_PROCLITICS = new Set(["ل", "ب"]);

/** The act is an AGREE and the date stands after the holding it agrees to (`على عقد`، `لعقد`). */
export function agreedHolding(
  arabic: ArabicText,
  hit: TriggerHit,
  date: DateMention | null,
  cues: Pick<EventCues, "holdingNoun">,
): boolean {
  if (hit.trigger.type !== "AGREE" || date === null) return false;
  const { tokens } = arabic;
  const sentence = (tokens[hit.first] as Token).sentence;
  for (let k = hit.end; k < Math.min(tokens.length, hit.end + HOLDING_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || t.start >= date.start) return false;
    const held =
      (cues.holdingNoun.has(t.key) && tokens[k - 1]?.key === ON) ||
      t.bare.some((b) => HOLDING_PROCLITICS.has(b.prefix) && cues.holdingNoun.has(b.key));
    if (held) return t.end <= date.start;
  }
  return false;
}

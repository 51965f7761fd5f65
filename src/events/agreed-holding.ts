// `اتفق الزعيمان على عقد محادثات، الجمعة`، `اتفقت روسيا وتركيا على عقد قمة في يونيو`: a date told after the
// holding an agreement is about (`على عقد`، `لعقد`، `على إجراء`) is the date of the meeting still to come, not of
// the agreement: a bare weekday or a month with no year is the next such one (event-record.ts aheadIfFuture).
import { keyOf } from "../arabic/normalize.ts";
import type { ArabicText, DateMention, Token } from "../pipeline/types.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far after the trigger the word of holding may stand (`اتفق الرئيسان الكوري والأمريكي على عقد`). */
const HOLDING_REACH = 8;

const ON = keyOf("على");
const HOLDING = new Set(["عقد", "إجراء", "اجراء"].map(keyOf));
const HOLDING_WITH = new Set(["لعقد", "بعقد", "لإجراء", "بإجراء", "لاجراء", "باجراء"].map(keyOf));

/** The act is an AGREE and the date stands after the holding it agrees to (`على عقد`، `لعقد`). */
export function agreedHolding(arabic: ArabicText, hit: TriggerHit, date: DateMention | null): boolean {
  if (hit.trigger.type !== "AGREE" || date === null) return false;
  const { tokens } = arabic;
  const sentence = (tokens[hit.first] as Token).sentence;
  for (let k = hit.end; k < Math.min(tokens.length, hit.end + HOLDING_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || t.start >= date.start) return false;
    const afterOn = HOLDING.has(t.key) && tokens[k - 1]?.key === ON;
    const held =
      HOLDING_WITH.has(t.key) || afterOn || (t.key === ON && HOLDING.has(tokens[k + 1]?.key ?? ""));
    if (held) return (tokens[t.key === ON ? k + 1 : k] as Token).end <= date.start;
  }
  return false;
}

// The date of an act told in a clause of time: `حتى عام 1975 عندما وقع الشاه وصدام اتفاقا`، `في مارس/آذار
// 2015، عندما شن التحالف حملة`. A conjunction of time (cue when_ahead) that opens the act's clause right
// after a date says when the act took place: the date is the clause's, though it stands before it.
import type { ArabicText, DateMention, Token } from "../pipeline/types.ts";
import { keyOf } from "../arabic/normalize.ts";
import { tokenIs } from "../arabic/tokens.ts";
import type { ClauseSpan } from "./clauses.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** `في حين` is whereas, no conjunction of time. */
const WHEREAS_KEY = keyOf("في");

/**
 * The date that ends right before the conjunction of time opening `clause` (nothing but a comma or a
 * space between), if the text fixes it; else null.
 */
export function whenDate(arabic: ArabicText, clause: ClauseSpan, cues: EventCues): DateMention | null {
  const { tokens } = arabic;
  const when = clause.start - 1;
  const particle = tokens[when];
  if (particle === undefined || !tokenIn(cues.whenAhead, particle)) return null;
  const before = tokens[when - 1] as Token | undefined;
  if (before === undefined || before.sentence !== particle.sentence || tokenIs(before, WHEREAS_KEY))
    return null;
  for (const d of arabic.dates) {
    if (d.value === null || d.end > particle.start || d.end < before.start) continue;
    if (/^[\s،,]*$/u.test(arabic.text.slice(d.end, particle.start))) return d;
  }
  return null;
}

// The date of an act told in a clause of time: `حتى عام 1975 عندما وقع الشاه وصدام اتفاقا`، `في مارس/آذار
// 2015، عندما شن التحالف حملة`. A conjunction of time (cue when_ahead) that opens the act's clause right
// after a date says when the act took place: the date is the clause's, though it stands before it.
import type { ArabicText, DateMention, Token } from "../pipeline/types.ts";
import { keyOf } from "../arabic/normalize.ts";
import { tokenIs } from "../arabic/tokens.ts";
import type { ClauseSpan } from "./clauses.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { gapIs } from "../arabic/gaps.ts";

const IN_KEY = keyOf("في");

/** The token at `k` is a conjunction of time (cue when_ahead), not the `حين` of `في حين` (whereas). */
export function timeConjunction(tokens: readonly Token[], k: number, cues: EventCues): boolean {
  return tokenIn(cues.whenAhead, tokens[k]) && !tokenIs(tokens[k - 1], IN_KEY);
}

/**
 * The date that ends right before the conjunction of time opening `clause` (nothing but a comma or a
 * space between), if the text fixes it; else null.
 */
export function whenDate(arabic: ArabicText, clause: ClauseSpan, cues: EventCues): DateMention | null {
  const { tokens } = arabic;
  const when = clause.start - 1;
  const particle = tokens[when];
  const before = tokens[when - 1];
  if (!particle || !before || before.sentence !== particle.sentence || !timeConjunction(tokens, when, cues))
    return null;
  for (const d of arabic.dates) {
    if (d.value === null || d.end > particle.start || d.end < before.start) continue;
    if (gapIs(arabic.text, d.end, particle.start, "commas")) return d;
  }
  return null;
}

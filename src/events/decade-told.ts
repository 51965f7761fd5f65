// An act told in a decade (`وفي التسعينيات، ساهم السفير في تطبيع العلاقات`، `وفي أواخر الثمانينيات، زار الرئيس واشنطن`):
// a time no date value gives, so the act is background of that decade, not of the page's day.
import { keyOf } from "../arabic/normalize.ts";
import { tokenIn, tokenIs } from "../arabic/tokens.ts";
import type { ArabicText, Sentence } from "../pipeline/types.ts";
import type { EventCues } from "./cues.ts";

/** How many words before the decade its `في` may stand (`في مطلع السبعينات`، `وفي أواخر الثمانينيات`). */
const IN_REACH = 2;

/**
 * A decade (cue decade) stands in the act's sentence before its word, with `في` (its و or ف on it) right before
 * it or one word of its part between (`مطلع`، `أواخر`); not after `منذ` (`منذ منتصف التسعينيات تدعم`: a state
 * still holding, whose act is told as of now).
 */
export function decadeTold(arabic: ArabicText, sentence: Sentence, first: number, cues: EventCues): boolean {
  const { tokens } = arabic;
  for (let k = sentence.firstToken; k < first; k++) {
    if (!tokenIn(cues.decade, tokens[k])) continue;
    for (let j = k - 1; j >= Math.max(sentence.firstToken, k - IN_REACH); j--) {
      if (tokenIn(cues.since, tokens[j])) break;
      if (tokenIs(tokens[j], IN_KEY)) return true;
    }
  }
  return false;
}

const IN_KEY = keyOf("في");

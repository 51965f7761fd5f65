// A deal told by its noun with a relative clause in the perfect that tells it was made (`الاتفاق الذي
// وقعته`، `صفقة الأسلحة التي أبرمتها`، `الاتفاق الذي توصلت إليه`): the deal stood before the news, so it
// is background with no date of its own, not an act of the day the page is dated. Read by event-record.ts.
import type { ArabicText, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { markBetween } from "../arabic/gaps.ts";

/** The cooperative types whose nouns name a deal or a standing accord. */
const DEAL_TYPES = new Set(["AGREE", "SUPPORT", "COOPERATE"]);
/** How many words (the noun's genitive or adjective) may stand between the noun and its relative pronoun (`صفقة الأسلحة الأمريكية التي`). */
const NOUN_TO_RELATIVE = 2;

/**
 * الاتفاق النووي الذي وقعته القوى الكبرى، صفقات السلاح التي أبرمتها واشنطن: the trigger is a noun of a
 * cooperative type, a relative pronoun (cue relative) stands within 2 words after it with no punctuation
 * between, and the word right after the pronoun is a verb of a deal having been made (cue deal_made).
 * So is such a verb with the deal's object pronoun right there, no pronoun before it (cue deal_made_object: `اتفاق
 * وقعته روسيا وتركيا`، `لاتفاق صداقة وقعه البلدان`).
 * Not a noun whose relative clause is in the imperfect (`الاتفاق الذي يجري التفاوض عليه`) or tells
 * something else of it (`الاتفاق الذي انسحبت منه واشنطن`).
 */
export function dealMadeBefore(arabic: ArabicText, hit: TriggerHit, type: string, cues: EventCues): boolean {
  if (!DEAL_TYPES.has(type) || hit.trigger.pos !== "noun") return false;
  const { tokens, text } = arabic;
  const sentence = (tokens[hit.first] as Token).sentence;
  for (let k = hit.end; k <= hit.end + NOUN_TO_RELATIVE && k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return false;
    if (markBetween(text, (tokens[k - 1] as Token).end, t.start, "any")) return false;
    // اتفاق صداقة وقعه البلدان: a perfect of making with the deal's pronoun is a relative clause with no pronoun before it.
    if (tokenIn(cues.dealMadeObject, t)) return true;
    if (tokenIn(cues.relative, t)) return tokenIn(cues.dealMade, tokens[k + 1]);
  }
  return false;
}

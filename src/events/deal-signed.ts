// A deal's noun told as signed by a perfect verb of signing or concluding (`وقع البلدان اتفاقا`، `وقعت على الاتفاق
// إيران والولايات المتحدة`، `التي وقعت كلها الاتفاق`، `اتفاق وقعته روسيا وتركيا`، `الاتفاق الذي أبرمته`): the act told
// is the signing, SUPPORT by the written rule (docs/gold-format.md "Signings"), not a deal reached. The verb's own row
// finds no sides when its object stands before its subject or it is a relative; the noun then carries the signing,
// and beside a verb that finds them the two merge as one act. Read by act-type.ts for a row of carrier `deal`.
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** How many words (the verb's subject, its `مع` partner) may stand between a verb of signing and the deal noun after it. */
const VERB_REACH = 10;
/** How many words (the noun's genitive or adjective) may stand between the deal noun and a verb of signing after it. */
const AFTER_REACH = 3;

/**
 * The deal noun at `first`..`end` is the object of a perfect verb of signing (cue deal_signed): the verb up to
 * VERB_REACH words before it, or up to AFTER_REACH words after it (alone or right after a relative pronoun), with no
 * punctuation between. Not past a word that opens another clause or a time (cue deal_sign_break: `وقع الهجوم بعد
 * الاتفاق`); not an imperfect (`سيوقع البلدان اتفاقا` is a signing to come, AGREE future).
 */
export function signedDeal(
  tokens: readonly Token[],
  first: number,
  end: number,
  cues: Pick<EventCues, "dealSigned" | "dealSignBreak" | "relative">,
): boolean {
  const noun = tokens[first] as Token;
  for (let k = first - 1; k >= Math.max(0, first - 1 - VERB_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== noun.sentence || !(tokens[k + 1] as Token).linked) break;
    if (tokenIn(cues.dealSigned, t)) return true;
    if (tokenIn(cues.dealSignBreak, t) || tokenIn(cues.relative, t)) break;
  }
  for (let k = end; k < Math.min(tokens.length, end + AFTER_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== noun.sentence || !t.linked) return false;
    if (tokenIn(cues.dealSigned, t)) return true;
    if (tokenIn(cues.relative, t)) return tokenIn(cues.dealSigned, tokens[k + 1]);
  }
  return false;
}

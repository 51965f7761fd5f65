// A capital named as a city (`تعهدت مدن مثل باريس ومدريد بحظر السيارات`، `مدينتا روما وأثينا`، `بلدية
// لندن`): a head noun of cities or of a city's council before it, with at most `مثل` and the other names of
// its list between, makes the name a place, not its state (branch precision63). From isPlace (place-mentions.ts).
import type { ArabicText, Token } from "../pipeline/types.ts";
import type { EventCues } from "./cues.ts";
import { tokenIn } from "./cues.ts";
import { gapIs } from "../arabic/gaps.ts";
import { keyOf } from "../arabic/normalize.ts";

const LIKE_KEY = keyOf("مثل");

/** How many words of the list may stand between the head and the name (`مدن مثل باريس ومدريد وأثينا`). */
const LIST_REACH = 6;

/** The mention starting at token `first` is a name in a list of cities (cue `city_head`). */
export function cityListed(arabic: ArabicText, first: number, cues: EventCues): boolean {
  const { tokens, text } = arabic;
  const at = tokens[first] as Token;
  for (let k = first - 1; k >= Math.max(0, first - LIST_REACH); k--) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (t.sentence !== at.sentence) return false;
    if (!gapIs(text, t.end, next.start, "space") && !gapIs(text, t.end, next.start, "comma")) return false;
    if (tokenIn(cues.cityHead, t)) return true;
    // Between the head and the name: `مثل`, the list's first name right after them, and names joined by و.
    const listWord =
      t.key === LIKE_KEY ||
      t.bare.some((b) => b.prefix.startsWith("و")) ||
      tokenIn(cues.cityHead, tokens[k - 1]) ||
      tokens[k - 1]?.key === LIKE_KEY;
    if (!listWord) return false;
  }
  return false;
}

// Whether a verb of ruling out before an act leaves it possible or rules it out (`لم يستبعد توجيه ضربة`،
// `استبعد فرض عقوبات`), and a verb of hesitating negated to come (`لن تتردد في طرد أي دبلوماسي`). Split from modality.ts.
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** How far before a trigger a negated verb of ruling out may stand (`لم يستبعد وزير الدفاع …، الإثنين، خيار قصف`). */
const RULE_OUT_REACH = 10;

/**
 * A verb of ruling out before the trigger, across its subject and the commas around it, not across a
 * speech verb: negated (`لم يستبعد`، `لا تستبعد`) it leaves the act possible ("in"), else it rules
 * the act out ("out").
 */
export function ruledOut(
  tokens: readonly Token[],
  first: number,
  sentenceStart: number,
  cues: EventCues,
): "in" | "out" | null {
  for (let k = first - 1; k >= Math.max(sentenceStart, first - RULE_OUT_REACH); k--) {
    if (tokenIn(cues.speech, tokens[k])) return null;
    if (tokenIn(cues.ruleOut, tokens[k]))
      return k > sentenceStart && tokenIn(cues.negation, tokens[k - 1]) ? "in" : "out";
    // لن تتردد في طرد أي دبلوماسي، لا نتردد في استخدام القوة: not hesitating, to come, is a stated readiness
    // to act, as not ruling out is; `لم يتردد في` (did not hesitate) tells the act as done, and bare
    // hesitating is left as it was.
    // Only the act right after its في: an act further on (`لن تتردد في دفع أي ثمن وسترد`) is one of its own.
    if (tokenIn(cues.hesitate, tokens[k]))
      return k === first - 2 && k > sentenceStart && tokenIn(cues.negationToCome, tokens[k - 1])
        ? "in"
        : null;
  }
  return null;
}

// `توصل إلى` is an agreement only when what is reached is a deal (fifty-eighth pass, reject58): `توصلت اللجنة
// إلى أن الهجوم …` is a finding, and `لن نتوصل إلى سوريا مستقرة` a state of things hoped for, where the name after
// `إلى` is no deal; neither is an AGREE, and with `لن` before neither is a refusal (PLOVER's REJECT). A name
// that opens with a deal's head (`اتفاق باريس`) is still a deal reached.
import type { Token } from "../pipeline/types.ts";
import { tokenIn } from "./cues.ts";
import type { FitCues } from "./trigger-fit.ts";

/** How far after the verb `إلى` may stand (`توصل الطرفان بعد محادثات إلى`). */
const TO_REACH = 4;

/** The reach verb at `first` reaches a finding or a name that is no deal. */
export function reachedNoDeal(
  tokens: readonly Token[],
  first: number,
  end: number,
  covered: ReadonlySet<number>,
  cues: Pick<FitCues, "reachVerb" | "reachTo" | "reachedFinding" | "reachedDeal">,
): boolean {
  if (!tokenIn(cues.reachVerb, tokens[first])) return false;
  const sentence = (tokens[first] as Token).sentence;
  for (let k = end; k < Math.min(tokens.length - 1, end + TO_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return false;
    if (!tokenIn(cues.reachTo, t)) continue;
    const next = tokens[k + 1] as Token;
    if (next.sentence !== sentence) return false;
    if (tokenIn(cues.reachedFinding, next)) return true;
    return covered.has(k + 1) && !tokenIn(cues.reachedDeal, next);
  }
  return false;
}

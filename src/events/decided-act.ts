// A decision noun with its owner and the act after ب (`قرار واشنطن بطرد دبلوماسيين روس`، `القرار الأمريكي
// بالانسحاب`): the owner named right after the noun (a mention, or a state's nisba) is the doer of the act
// the decision tells. Read inside another act (`سترد على قرار واشنطن بطرد`، `انتقدت طهران قرار ترامب
// بالانسحاب`), that act noun is neither the object nor the complement of the trigger before: it is an
// act of its own, done by the decision's owner (cue `decision_noun`).
import { tokenIn } from "./cues.ts";
import type { Token } from "../pipeline/types.ts";

/** How many tokens the owner may take between the decision noun and the act (`قرار الحكومة البريطانية بطرد`). */
const OWNER_REACH = 3;

/**
 * The noun at `i`, prefixed with ب, tells the act of a decision whose owner is named right after the
 * decision noun (a mention or a nisba starting at the token after it), a few tokens before `i`.
 */
export function decidedAct(
  tokens: readonly Token[],
  i: number,
  prefix: string,
  decisionNoun: ReadonlySet<string>,
  ownerStarts: readonly (ReadonlySet<number> | undefined)[],
): boolean {
  if (prefix.replace(/^[وف]/u, "") !== "ب" && prefix.replace(/^[وف]/u, "") !== "بال") return false;
  const sentence = (tokens[i] as Token).sentence;
  for (let k = i - 2; k >= Math.max(0, i - 1 - OWNER_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return false;
    if (tokenIn(decisionNoun, t)) return ownerStarts.some((s) => s?.has(k + 1) === true);
  }
  return false;
}

// `المدعومة من التحالف بقيادة السعودية والإمارات`، `بدعم من التحالف العسكري الذي تقوده السعودية`: a coalition
// told by the states that lead it backs through them. The backers are the states after the word of leading, one
// SUPPORT each (docs/gold-format.md, "Backing told in a phrase"). A coalition named by its members' nisba or
// with no leader (`التحالف العربي`، `التحالف الدولي`) names no state and stays no backer.
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** How many words (`العربي`، `العسكري`) may stand between the coalition word and the word of leading. */
const ADJECTIVES = 2;

/**
 * When token `k` opens `التحالف [adjectives] بقيادة` or `التحالف [adjectives] الذي تقوده`, the index of the
 * first token after the word of leading (where the leading states stand); else `k`.
 */
export function pastLeader(tokens: readonly Token[], k: number, cues: EventCues): number {
  const head = tokens[k];
  if (!head || !tokenIn(cues.coalition, head)) return k;
  for (let j = k + 1; j <= k + 1 + ADJECTIVES && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.sentence !== head.sentence) return k;
    if (tokenIn(cues.ledBy, t)) return j + 1;
    if (tokenIn(cues.relative, t)) return tokenIn(cues.ledBy, tokens[j + 1]) ? j + 2 : k;
  }
  return k;
}

// The partner of relations named in a construct (plan64): `سيبحث وزراء الحلف علاقات الحلف مع مولدوفا`.
// An indefinite topic noun (`علاقات`) before a definite word is in the construct state: that word is its
// genitive (whose relations), not an adjective, and the مع after it names the relations' partner, the topic of
// the talk, not the party talked with. A definite head keeps its adjective (`استئناف العلاقات الدبلوماسية مع`،
// `بحث العلاقات الثنائية مع نظيره`): that مع is left to the act, as recipient.ts reads it.
import { keyOf } from "../arabic/normalize.ts";
import type { Token } from "../pipeline/types.ts";
import type { Clause } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words a list of partners may span before the word at `k` (`مع مولدوفا وأرمينيا`). */
const LIST_REACH = 4;

const WITH = keyOf("مع");

/**
 * The word at `k` is مع, or ends a list right after it, that follows an indefinite topic noun and its definite
 * genitive after the trigger (`علاقات الحلف مع مولدوفا وأرمينيا`: both are the relations' partners).
 */
export function genitiveTopic(c: Clause, hit: TriggerHit, at: number): boolean {
  let k = at;
  const inList = (t: Token | undefined) => t !== undefined && t.linked && !tokenIn(c.cues.preposition, t);
  while (k > at - LIST_REACH && c.tokens[k]?.key !== WITH && inList(c.tokens[k])) k--;
  if (c.tokens[k]?.key !== WITH || k - 2 < hit.end) return false;
  const head = c.tokens[k - 2] as Token;
  const genitive = c.tokens[k - 1] as Token;
  if (!c.cues.topicHead.has(head.key) || head.key.startsWith("ال")) return false;
  return (
    genitive.linked &&
    (c.tokens[k] as Token).linked &&
    genitive.key.startsWith("ال") &&
    genitive.bare.every((b) => b.prefix === "") &&
    !tokenIn(c.cues.topicHead, genitive)
  );
}

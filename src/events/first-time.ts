// وستكون هذه المرة الثانية التي يزور فيها وزير ياباني العاصمة الهندية: an act told in the relative
// clause of "the first (second, last) time that …" is the occasion the sentence predicates something of; when
// a future copula makes that predication (ستكون، سيكون), the act is still to come, as the copula is. Past
// (كانت هذه المرة الأولى التي زار فيها) or present (وهذه أول مرة يلتقي فيها) it is told as done.
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far before the trigger the relative pronoun may stand (`التي يلتقي`، `التي … فيها`: the verb right after it). */
const RELATIVE_REACH = 2;
/** How many words (a demonstrative, a pronoun: `تلك هي`) may stand between the copula and the occasion. */
const COPULA_REACH = 3;

export function futureOccasion(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): boolean {
  const sentence = (tokens[hit.first] as Token).sentence;
  for (let r = hit.first - 1; r >= Math.max(0, hit.first - RELATIVE_REACH); r--) {
    const t = tokens[r] as Token;
    if (t.sentence !== sentence) return false;
    // أول مرة يلتقي: the occasion with no relative pronoun, the verb right after it.
    const start =
      occasionEndingAt(tokens, r, cues) ??
      (tokenIn(cues.relative, t) ? occasionEndingAt(tokens, r - 1, cues) : null);
    if (start === null) continue;
    for (let k = start - 1; k >= Math.max(0, start - 1 - COPULA_REACH); k--) {
      const c = tokens[k] as Token;
      if (c.sentence !== sentence) return false;
      if (tokenIn(cues.futureCopula, c)) return true;
    }
    return false;
  }
  return false;
}

/** `المرة الأولى` or `أول مرة` ending at token `end`: the index of its first word, else null. */
function occasionEndingAt(tokens: readonly Token[], end: number, cues: EventCues): number | null {
  const last = tokens[end];
  const before = tokens[end - 1];
  if (!last || !before) return null;
  if (tokenIn(cues.timeNoun, before) && tokenIn(cues.timeOrdinal, last)) return end - 1;
  if (tokenIn(cues.timeOrdinal, before) && tokenIn(cues.timeNoun, last)) return end - 1;
  return null;
}

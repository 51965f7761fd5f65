// `فرضت الولايات المتحدة عقوبات على تركيا لرفضها الإفراج عن القس`: a noun of refusal with the ل of cause and a
// pronoun of its agent, right after an act of conflict told in its sentence (a measure, a charge), gives the reason
// for that act: the pronoun stands for the act's object, the state punished or blamed, which refused what the act's
// doer asked. The clause's plain reading took the act's two sides as they stand (REJECT USA>TUR, reversed); the
// refusal is the object's, made to the doer (branch request66).
import { displayText } from "../arabic/normalize.ts";
import type { Event, Party, Token } from "../pipeline/types.ts";
import { lastInSentence, type Told } from "./told.ts";
import type { TriggerHit } from "./triggers.ts";

/** PLOVER's quads 3 and 4, verbal and material conflict. */
const CONFLICT_QUAD = 3;

/** A pronoun suffix on the word as written (`لرفضها`، `لرفضه`، `لرفضهم`). */
const AGENT_SUFFIX = /(?:ه|ها|هما|هم)$/u;

/** The countries of a side, sorted and joined, or null when one party has none. */
function statesOf(side: readonly Party[]): string | null {
  if (side.some((p) => p.country === null)) return null;
  return [...new Set(side.map((p) => p.country as string))].sort().join();
}

/**
 * The refusal's sides reversed when the noun at `hit` (ل + refusal noun + pronoun) gives the cause of the act of
 * conflict told last in its sentence and was read with that act's very sides; otherwise null.
 */
export function causedRefusal(
  hit: TriggerHit,
  token: Token | undefined,
  actor: readonly Party[],
  recipient: readonly Party[],
  told: Told,
  sentenceIndex: number,
): { actor: Party[]; recipient: Party[] } | null {
  if (hit.trigger.pos !== "noun" || !token || !/^[وف]?ل$/u.test(hit.prefix)) return null;
  if (!AGENT_SUFFIX.test(displayText(token.text))) return null;
  const before: Event | undefined = lastInSentence(told, sentenceIndex);
  if (!before || before.quad < CONFLICT_QUAD || before.recipient.length === 0 || recipient.length === 0)
    return null;
  const [a, r] = [statesOf(actor), statesOf(recipient)];
  if (a === null || r === null || a !== statesOf(before.actor) || r !== statesOf(before.recipient))
    return null;
  return { actor: [...recipient], recipient: [...actor] };
}

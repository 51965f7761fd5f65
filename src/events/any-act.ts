// `أي اتفاق`، `بأي هجوم`: an act any such, none in particular, is a possible one (cue any_word). So is the verb
// of a clause that describes it (`أي اتفاق نهائي تتوصل إليه مع الولايات المتحدة`): an indefinite noun's
// describing clause has no relative pronoun, and its imperfect verb tells the same act, as possible as the noun.
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words (the noun and its adjective) may stand between `أي` and the describing verb. */
const NOUN_WORDS = 2;

/** `أي` right before the trigger, or before the indefinite noun that the trigger's imperfect verb describes. */
export function anyAct(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): boolean {
  if (tokenIn(cues.anyWord, tokens[hit.first - 1])) return true;
  const verb = tokens[hit.first] as Token;
  if (hit.trigger.pos !== "verb" || hit.prefix !== "" || !/^[يت]/u.test(verb.key) || !verb.linked)
    return false;
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - 1 - NOUN_WORDS); k--) {
    const t = tokens[k] as Token;
    if (tokenIn(cues.anyWord, t)) return k < hit.first - 1;
    // An indefinite word, joined by spaces only: `اتفاق نهائي`, not `الاتفاق`، `اتفاق،`.
    if (t.key.startsWith("ال") || !t.linked || t.bare.some((b) => b.prefix !== "")) return false;
  }
  return false;
}

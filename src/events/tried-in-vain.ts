// `حاول رئيس الوزراء الاتصال بنظيره مرارا لكن دون جدوى`: an act a verb of trying carries, told later in its
// sentence as in vain, was not done: nothing passed between the sides, so no event (docs/EVENTS.md, "Fifty-fourth
// pass", merge of consult54).
import type { Token } from "../pipeline/types.ts";
import { anyIn, type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words after the act the words "in vain" may stand (`عبر الهاتف مرارا لكن دون جدوى`). */
const VAIN_REACH = 10;

/**
 * A verb of trying (cue try_verb) between `from` and the act, and within reach after it, in its sentence,
 * `جدوى` (cue in_vain) right after a word of negation (`دون جدوى`، `بلا جدوى`): the act was tried in vain.
 */
export function triedInVain(
  tokens: readonly Token[],
  hit: TriggerHit,
  from: number,
  cues: EventCues,
): boolean {
  if (!anyIn(tokens, from, hit.first, cues.tryVerb)) return false;
  const sentence = (tokens[hit.first] as Token).sentence;
  for (let k = hit.end; k < Math.min(tokens.length, hit.end + VAIN_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return false;
    if (tokenIn(cues.inVain, t) && tokenIn(cues.negation, tokens[k - 1])) return true;
  }
  return false;
}

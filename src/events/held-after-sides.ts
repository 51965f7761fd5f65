// A meeting noun whose sides follow it (`محادثات بين مصر وإثيوبيا`) and then its own predicate: a verb of being
// held in the future (`ستعقد`) tells a meeting to come, and one after a word of possibility (`قد تعقد`، `ربما
// تعقد`، `يمكن أن تعقد`) a meeting that may be held. Neither tells talks held (precision61): the verb stands past
// the sides, where schedule.ts's futureVerbAround, which reads the word right after the noun, does not look.
import { keyOf } from "../arabic/normalize.ts";
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

const BETWEEN = keyOf("بين");
const THAT = keyOf("أن");
/** Particles that, right before an imperfect, make it possible: `قد تعقد`، `ربما تعقد`. */
const MAY = new Set([keyOf("قد"), keyOf("ربما")]);
/** How many words past `بين` the predicate may stand (`بين وزيري خارجية مصر وإثيوبيا ستعقد`). */
const SIDES_REACH = 7;

/** The imperfect of being held (cue held_verb) with `س` before it (`future`), or bare (`bare`), or neither. */
function held(t: Token | undefined, cues: EventCues): "future" | "bare" | null {
  if (!t) return null;
  const m = /^[وف]?(س?)([يت].+)$/u.exec(t.key);
  if (!m || !cues.heldVerb.has(m[2] as string)) return null;
  return m[1] === "س" ? "future" : "bare";
}

/** The meeting noun at `hit`, its sides after `بين`, is the subject of a verb of being held to come or possible. */
export function heldAfterSides(
  tokens: readonly Token[],
  hit: TriggerHit,
  cues: EventCues,
): "future" | "possible" | null {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "noun") return null;
  if (/[بلك]/u.test(hit.prefix.replace(/^[وف]/u, ""))) return null;
  if ((tokens[hit.end] as Token | undefined)?.key !== BETWEEN) return null;
  const sentence = (tokens[hit.first] as Token).sentence;
  for (let k = hit.end + 1; k <= hit.end + SIDES_REACH && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || tokenIn(cues.clauseBreak, t) || tokenIn(cues.speech, t)) return null;
    if (tokenIn(cues.relative, t)) return null;
    const verb = held(t, cues);
    if (verb === "future") return "future";
    if (verb === "bare") {
      const before = tokens[k - 1] as Token;
      if (MAY.has(before.key)) return "possible";
      if (before.key === THAT && tokenIn(cues.possibility, tokens[k - 2])) return "possible";
      return null;
    }
    // قد، ربما، يمكن أن: the possibility before the verb.
    if (MAY.has(t.key) || t.key === THAT || tokenIn(cues.possibility, t)) continue;
  }
  return null;
}

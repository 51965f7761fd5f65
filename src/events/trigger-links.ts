// How a trigger hit links to the one before it while the triggers are found (triggers.ts): which hits take
// no object or complement, and what stands between a taker and its complement.
import { tokenIn } from "./cues.ts";
import type { Token } from "../pipeline/types.ts";
import type { TriggerHit } from "./triggers.ts";

/**
 * An act told inside another, or a backing noun after ب (`بدعم من روسيا`): no object or complement is its;
 * the backing noun is no object or complement of the act before it either (`للهجوم على إدلب بدعم من روسيا`).
 */
export const takesNothing = (h: TriggerHit): boolean =>
  h.within !== undefined || (h.trigger.backed === true && h.trigger.pos === "noun");

/** Prepositions after which a word is a noun, never a verb (`إلى وقف`، `على تعليق`). */
const NOUN_AFTER = new Set(["الي", "علي"]);

export function afterPreposition(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && prev.sentence === (tokens[i] as Token).sentence && NOUN_AFTER.has(prev.key);
}

export function speechBetween(
  tokens: readonly Token[],
  from: number,
  to: number,
  speech: ReadonlySet<string>,
): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    // tokenIn: a loop, no closure per token, and a SlotSet's bit test before any look-up.
    if (tokenIn(speech, t)) return true;
  }
  return false;
}

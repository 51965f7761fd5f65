// Conditions in an event's sentence: "unless" (`ما لم`، `إن لم`) before a trigger, and any condition
// stated in the sentence (`إذا`، `لو`، `في حال`), which makes a promised act of force a threat.
import { keyOf } from "../arabic/normalize.ts";
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/**
 * `tokens[k]` is a `لم` right after an `unless_head` word (`ما لم`، `إن لم`), written alone or after
 * و/ف only (`كما لم تؤكد` is a negation).
 */
function unlessAt(tokens: readonly Token[], k: number, cues: EventCues): boolean {
  const before = tokens[k - 1];
  return (
    (tokens[k] as Token).key === "لم" &&
    before !== undefined &&
    cues.unlessHead.has(keyOf(before.text.replace(/^[وف]/u, "")))
  );
}

/** An "unless" (`ما لم`، `إن لم`) in `tokens[from..to)`. */
export function unlessBefore(tokens: readonly Token[], from: number, to: number, cues: EventCues): boolean {
  for (let k = Math.max(from, 1); k < to; k++) if (unlessAt(tokens, k, cues)) return true;
  return false;
}

/** `حال`، `حالة` (folded): a condition after في or ب (`في حال`، `بحالة`). */
const HAL = /^حاله?$/u;

/**
 * The trigger's sentence states a condition: `إذا`، `لو` (cue `condition_word`), `في حال`، `بحالة`, or
 * `إن لم`، `ما لم` (cue `unless_head`), before or after the trigger.
 */
export function conditionIn(
  tokens: readonly Token[],
  first: number,
  sentenceStart: number,
  cues: EventCues,
): boolean {
  const sentence = (tokens[first] as Token).sentence;
  for (let k = sentenceStart; k < tokens.length && (tokens[k] as Token).sentence === sentence; k++) {
    const t = tokens[k] as Token;
    if (tokenIn(cues.conditionWord, t) || unlessAt(tokens, k, cues)) return true;
    if (
      (HAL.test(t.key) && tokens[k - 1]?.key === "في") ||
      t.bare.some((b) => b.prefix.replace(/^[وف]/u, "") === "ب" && HAL.test(b.key))
    )
      return true;
  }
  return false;
}

/**
 * A condition word (cue `conditional`: `إذا`، `لو`، `في حال`) in `tokens[from..to)`; `حال`، `حالة` followed by
 * `من` name a state, not a case (`تمر العلاقات بحالة من التوتر منذ اعترف`، `في حالة من الترقب`).
 */
export function conditionalIn(tokens: readonly Token[], from: number, to: number, cues: EventCues): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    const t = tokens[k] as Token;
    if (!tokenIn(cues.conditional, t)) continue;
    if (t.bare.some((b) => HAL.test(b.key)) && tokens[k + 1]?.key === "من") continue;
    return true;
  }
  return false;
}

/**
 * `إذا تجاهلت واشنطن … فإن بكين … وسترد`: in `tokens[from..to)` a condition word (cue `condition_word`)
 * is followed by the answer's `فإن` (cue `condition_answer`), so what comes after is the answer's clause.
 */
export function answerOfCondition(
  tokens: readonly Token[],
  from: number,
  to: number,
  cues: EventCues,
): boolean {
  let condition = false;
  for (let k = Math.max(0, from); k < to; k++) {
    const t = tokens[k] as Token;
    if (tokenIn(cues.conditionWord, t)) condition = true;
    else if (condition && tokenIn(cues.conditionAnswer, t)) return true;
  }
  return false;
}

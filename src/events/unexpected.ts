// `في خطوة غير متوقعة`، `في زيارة غير مقررة`، `تنازل غير متوقع خلال قمته`: an indefinite adjective of
// expectation or schedule (cue future_adjective) right after `غير` (cue unlike_word) says the act was not
// expected or not scheduled, which is how a done surprise is told; it is no mark of an act to come.
// `من غير المتوقع أن يلتقيا` (definite, after من) denies the expectation of an act still to come, and
// keeps its future.
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** The future cue at `k` is an adjective of expectation negated by `غير` (`غير متوقع`): not expected. */
export function unexpected(tokens: readonly Token[], k: number, cues: EventCues): boolean {
  const t = tokens[k] as Token;
  return (
    tokenIn(cues.unlikeWord, tokens[k - 1]) && tokenIn(cues.futureAdjective, t) && !/^[وفبلك]?ال/u.test(t.key)
  );
}

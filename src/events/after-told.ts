// An act whose noun stands right after a preposition of "after" (cue after_word: `عقب لقاء`، `بعد خروج`،
// `إثر اجتماع`، `في أعقاب مباحثات`) is the earlier act the clause's own act follows: it is told as the
// ground of that act, not as something meant. The modal words before the preposition (a future, a
// proposal, a topic word) are the clause's act's, so modality.ts does not carry them across it. The noun's
// own words still make it planned (`بعد القمة المرتقبة`، its own date after publication, a future verb beside it).
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** The token right before the trigger at `first` opens an earlier act (`عقب`، `بعد`، `أعقاب`). */
export function afterWordBefore(tokens: readonly Token[], first: number, cues: EventCues): boolean {
  return tokenIn(cues.afterWord, tokens[first - 1]);
}

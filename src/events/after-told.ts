// An act whose noun stands right after a preposition of "after" (cue after_word: `عقب لقاء`، `بعد خروج`،
// `إثر اجتماع`، `في أعقاب مباحثات`) is the earlier act the clause's own act follows: it is told as the
// ground of that act, not as something meant. The modal words before the preposition (a future, a
// proposal, a topic word) are the clause's act's, so modality.ts does not carry them across it. The noun's
// own words still make it planned (`بعد القمة المرتقبة`، its own date after publication, a future verb beside it).
import { keyOf } from "../arabic/normalize.ts";
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** The token right before the trigger at `first` opens an earlier act (`عقب`، `بعد`، `أعقاب`). */
export function afterWordBefore(tokens: readonly Token[], first: number, cues: EventCues): boolean {
  return tokenIn(cues.afterWord, tokens[first - 1]);
}

/** The key of أن after a word of "after" (cue after_that). */
const THAT = keyOf("أن");

/**
 * `وجاء حديث الوزير بعد أن اتهم الرئيس بكين هذا الأسبوع`: a verb right after `بعد أن` (`عقب أن`، `إثر أن`،
 * `بعدما`) tells the earlier act the sentence's own act follows, its ground: told with a date of its own that holds
 * the day of an act the article told before by the same side to the same side (its week, month or year), it is
 * that act told again (merge.ts). With no date of its own it is left as it was: `وجاء طلب بوتين بعد أن طلب منه
 * ترامب` may tell another request than the one told before.
 */
export function groundVerb(tokens: readonly Token[], first: number, cues: EventCues): boolean {
  const before = tokens[first - 1];
  if (before === undefined || before.sentence !== (tokens[first] as Token).sentence) return false;
  if (tokenIn(cues.afterWhat, before)) return true;
  return before.key === THAT && cues.afterThat.has((tokens[first - 2] as Token | undefined)?.key ?? "");
}

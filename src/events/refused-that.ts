// `أكد أن إيران تسعى لتشكيل قوة عسكرية في سوريا، موضحا أن "بلاده لن تسمح بحدوث ذلك"`: a refusal to allow
// "that" (`لن تسمح بذلك`، `لن نسمح به`، `لن تسمح بحدوث ذلك`) points back to an act told before it; with a
// state read as its recipient, the state whose act it is, it is a red line drawn for that state, a warning,
// as `لن نسمح لإيران بترسيخ وجودها` is (act-type.ts, `forbidding`). Read by act-type.ts.
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** The word carries the preposition ب (`بذلك`، `بحدوث`، `وبذلك`). */
const withBa = (t: Token): boolean => t.bare.some((b) => b.prefix.replace(/^[وف]/u, "") === "ب");

/**
 * The forbid trigger ending before `end` is followed by a pointer to what was told (cue pointing_object) on ب
 * (`بذلك`، `به`), or by a verbal noun on ب and a bare pointer (`بحدوث ذلك`، `بتكرار هذا`).
 */
export function refusedThat(
  tokens: readonly Token[],
  end: number,
  cues: Pick<EventCues, "pointingObject">,
): boolean {
  const next = tokens[end];
  if (next === undefined || !next.linked || !withBa(next)) return false;
  if (tokenIn(cues.pointingObject, next) && next.key.replace(/^[وف]/u, "").startsWith("ب")) return true;
  const after = tokens[end + 1];
  return (
    after !== undefined &&
    after.linked &&
    after.sentence === next.sentence &&
    after.bare.every((b) => b.prefix === "") &&
    (after.key === "ذلك" || after.key === "هذا")
  );
}

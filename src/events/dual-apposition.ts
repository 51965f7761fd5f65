// A list in apposition to a dual (forty-eighth pass, consult48): `لدراسة تأثيره على دولتي المصب: مصر
// والسودان. وعقب ذلك … زيارات متبادلة لرئيسي وزراء البلدين`. The states listed after a colon that follows a
// dual word (cue dual or dual_construct; one word between at most) only say which two that dual means; they are not the last pair the
// article spoke of, so a later dual (`البلدين`) does not take them: it takes the two named before the list
// (here Ethiopia, which informs, and Egypt, informed).
import type { ArabicText, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** The unit at `j` of `out` stands in a list that opens after `dual word (+ one word): `. */
export function apposedToDual(
  arabic: ArabicText,
  out: readonly PartyUnit[],
  j: number,
  cues: EventCues,
): boolean {
  let i = j;
  while (i > 0 && (out[i - 1] as PartyUnit).end === (out[i] as PartyUnit).first) i--;
  const first = (out[i] as PartyUnit).first;
  const { tokens } = arabic;
  const before = tokens[first - 1];
  const head = tokens[first];
  if (!before || !head || before.sentence !== head.sentence) return false;
  if (!arabic.text.slice(before.end, head.start).includes(":")) return false;
  const dual = (k: number): boolean => {
    const t = tokens[k] as Token | undefined;
    return (
      t !== undefined &&
      t.sentence === head.sentence &&
      (tokenIn(cues.dual, t) || tokenIn(cues.dualConstruct, t))
    );
  };
  return dual(first - 1) || dual(first - 2);
}

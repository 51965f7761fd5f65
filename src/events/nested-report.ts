// A report inside a report (`قال ترامب إن الملك سلمان أكد له أنه يعمل مع تركيا`): the clause after the
// inner complementizer is told by the inner speaker, the party named between the outer complementizer
// and the inner speech verb, not by the sentence's first speaker (branch deal49).
import type { EntitiesResult } from "../entities/index.ts";
import type { Token } from "../pipeline/types.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";

/**
 * Where the speaker of the clause at `reported` is to be sought: after the outer complementizer when a
 * speech verb with no و or ف stands between it and `reported` and a person or body (no state) is named between that
 * complementizer and that verb; else `from`, the sentence's first speech verb, unchanged.
 */
export function innerReport(
  tokens: readonly Token[],
  found: EntitiesResult,
  from: number,
  reported: number,
  cues: EventCues,
): number {
  let outer = -1;
  for (let k = from + 1; k < reported - 1; k++)
    if (isComplementizer(tokens[k], cues)) {
      outer = k;
      break;
    }
  if (outer < 0) return from;
  let verb = -1;
  for (let k = outer + 1; k < reported - 1; k++)
    if (tokenIn(cues.speech, tokens[k])) {
      verb = k;
      break;
    }
  // أكد الوزير أن …، ولفت إلى أن: a speech verb after و or ف goes on with the sentence's own speaker.
  if (verb < 0 || (tokens[verb] as Token).bare.some((b) => /^[وف]/u.test(b.prefix))) return from;
  for (const m of found.mentions)
    if (m.firstToken > outer && m.endToken <= verb && m.type !== "GPE" && m.type !== "LOC") return outer;
  return from;
}

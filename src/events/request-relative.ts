// `وطالب ترامب بإدخال تغييرات على الاتفاق، الذي أفضى إلى حد إيران لبرنامجها`: a relative clause on a noun of what
// a call asks for (its antecedent no party) tells of that noun; a party inside it is that clause's, never the one
// asked, when the call names none. Two kinds of antecedent keep their clause (cue `kept_antecedent`): a summing
// head (`وتطالب أنقرة بتسليمه، الأمر الذي ترفضه واشنطن`), whose clause tells who answers the call, and a meeting
// noun (`خلال القمة الثلاثية التي تجمع … بوتين`), whose clause names those the call was made to. An act's noun
// right before it with no comma keeps it too (`بوقف الهجوم الذي تشنه تركيا`, request55.test.ts).
import type { Token } from "../pipeline/types.ts";
import type { Clause } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words (the head and one adjective) before a relative pronoun its antecedent may stand. */
const HEAD_REACH = 2;

/**
 * The first relative pronoun after `from` (past the request's trigger) whose antecedent is no party and no kept
 * head: where the request's other state may no longer be sought. `end` when there is none
 * or the act is no request.
 */
export function requestRelativeStop(c: Clause, hit: TriggerHit, from: number, end: number): number {
  if (hit.trigger.type !== "REQUEST") return end;
  for (let k = Math.max(from, hit.end) + 1; k < end; k++) {
    if (!tokenIn(c.cues.relative, c.tokens[k] as Token)) continue;
    // الدول التي تدعم …: a relative clause on a party tells who that party is; it is read as before.
    if (c.all.some((u) => u.end === k)) return end;
    for (let j = k - 1; j >= Math.max(hit.end, k - HEAD_REACH); j--) {
      if (tokenIn(c.cues.keptAntecedent, c.tokens[j] as Token)) return end;
      // بوقف الهجوم الذي تشنه تركيا: with no comma, an act's clause names its agent, the one asked to end it.
      if (j === k - 1 && (c.isAct?.(j) ?? false) && !punctuated(c, j, k)) return end;
    }
    return k;
  }
  return end;
}

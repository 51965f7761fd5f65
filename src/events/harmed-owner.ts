// Harmed owner: a state that is the genitive of what a judged or warned-of act harms (`لسيادة سوريا`), or
// that any threatened strike would target (`أي صاروخ يستهدف سوريا`): the act's victim, no side it is done to;
// read by recipient.ts and other-state.ts.
import type { Clause, PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/**
 * `أدانت إيران الانتهاك الصارخ لسيادة سوريا`، `حذر من محاولات تقسيم سوريا`: a state that is the genitive
 * of a noun of what the judged or warned-of act harms (cue `harmed_head`), farther on than the object's
 * own place, is the act's victim; the one blamed or warned is its unnamed agent, not that state.
 */
export function harmedOwner(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  return (
    (hit.trigger.type === "ACCUSE" || hit.trigger.type === "THREATEN") &&
    u.prefix.replace(/^[وف]/u, "") === "" &&
    (tokenIn(c.cues.harmedHead, c.tokens[u.first - 1]) ||
      // توعدت روسيا باعتراض أي صاروخ يستهدف سوريا: the state any such act would strike is protected, not threatened.
      (hit.trigger.type === "THREATEN" && targetedByAny(c, u.first - 1)))
  );
}

/** How far before a targeting verb `أي` may stand (`أي صاروخ`، `أي هجوم أمريكي`). */
const ANY_REACH = 3;

/** The token at `k` is a verb of targeting whose subject is "any" thing (`أي صاروخ يستهدف`): its object is a victim. */
function targetedByAny(c: Clause, k: number): boolean {
  if (!tokenIn(c.cues.targetVerb, c.tokens[k])) return false;
  for (let j = Math.max(0, k - ANY_REACH); j < k; j++) if (tokenIn(c.cues.anyWord, c.tokens[j])) return true;
  return false;
}

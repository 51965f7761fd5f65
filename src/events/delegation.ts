// The actor of a verb whose subject is a delegation or team sent by a body or state (`وزار وفد من البرلمان
// الأوروبي تونس`): the sender. Split from actor.ts; arguments.ts reads it after the subject's own reading.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt, punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far before a verb trigger a delegation subject may open (`آخر وفد من كوريا الجنوبية زار`). */
const DELEGATION_REACH = 8;

/**
 * `وزار وفد من البرلمان الأوروبي تونس`، `وفد من بلجيكا زار هانوي`: a verb's subject that is
 * a delegation or team (cue `delegation_head`) sent by a body or state (`من` and the party right after it)
 * has that party as its actor; the party after من is no object of the verb.
 */
export function delegationActor(c: Clause, hit: TriggerHit): PartyUnit[] {
  if (hit.trigger.pos !== "verb") return [];
  // After the verb: وزار وفد من …
  const after = senderAt(c, hit.end);
  if (after && !punctuated(c, hit.end, after.first)) return groupAt(c, after);
  // Before it: … وفد من كوريا الجنوبية زار, the sender's group ending right at the verb.
  for (let k = hit.first - 3; k >= Math.max(c.start, hit.first - DELEGATION_REACH); k--) {
    const u = senderAt(c, k);
    if (!u) continue;
    const group = groupAt(c, u);
    const end = (group[group.length - 1] as PartyUnit).end;
    return end === hit.first && !punctuated(c, k, hit.first) ? group : [];
  }
  return [];
}

/** The party right after `DELEGATION من` at token `head` (a function, not a closure per call). */
function senderAt(c: Clause, head: number): PartyUnit | undefined {
  if (!tokenIn(c.cues.delegationHead, c.tokens[head])) return undefined;
  if ((c.tokens[head + 1] as Token | undefined)?.key !== "من") return undefined;
  return c.units.find((u) => u.first === head + 2 && u.prefix === "");
}

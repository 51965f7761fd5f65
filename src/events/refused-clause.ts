// The state a refusal refuses when its object is a clause (`لن تقبل كوبا بأن يستمر الحصار الأمريكي`،
// `رفضت مصر أن تتولى إثيوبيا إدارة السد`): the clause stops the frame's reading of the object (clauses.ts),
// so the refusal found no recipient. Read by pair-pronoun.ts (confrontedOrPartner) for a REJECT verb.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt, punctuated, statesOfUnits } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { otherSide } from "./recipient.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far after `أن` the refused clause's subject may stand: its verb, then the subject or its noun's nisba. */
const SUBJECT_REACH = 3;

/**
 * `لن تقبل بأن يستمر السلوك الأمريكي`، `رفضت القاهرة أن تتولى أديس أبابا …`: a REJECT verb whose object is a
 * clause opened by a bare `أن` (or `بأن`) right after it or after its subject refuses what that clause's
 * subject does: a party of another state, in no preposition, two or three words into the clause (after its
 * verb, or the nisba of its subject noun) with no mark before it. Not a refusal to allow (cue forbid: `لن نسمح
 * بأن تمتلك إيران`), which event-types.tsv reads as a warning when the state is named after ل.
 */
export function refusedClauseDoer(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  if (hit.trigger.type !== "REJECT" || hit.trigger.pos !== "verb" || actor.length === 0) return [];
  const mine = statesOfUnits(actor);
  if (mine.has(null)) return [];
  for (let k = hit.first; k < hit.end; k++) if (tokenIn(c.cues.forbid, c.tokens[k])) return [];
  const subject = actor.find((u) => u.first === hit.end);
  const open = subject ? subject.end : hit.end;
  const that = c.tokens[open] as Token | undefined;
  if (!that || that.sentence !== (c.tokens[hit.first] as Token).sentence) return [];
  if (
    !c.cues.claimThat.has(that.key) &&
    !that.bare.some((b) => b.prefix === "ب" && c.cues.claimThat.has(b.key))
  )
    return [];
  const u = c.units.find((x) => x.first >= open + 2 && x.first <= open + SUBJECT_REACH);
  if (!u || u.prefix.replace(/^[وف]/u, "") !== "" || !otherSide(u, actor, mine)) return [];
  if (punctuated(c, open + 1, u.first)) return [];
  return groupAt(c, u).filter((x) => !actor.includes(x));
}

// `ونددت السعودية باستخدام القوة من قبل الجانب الإسرائيلي`، `أدانت تركيا اعتقال صحفي تركي من قبل السلطات المصرية`:
// a charge word whose object is an act that names its agent after it (`من قبل`، `على يد`, agent-phrase.ts) accuses
// that agent. The act's victim (`المدنيين الفلسطينيين`، `صحفي تركي`) is no accused, and the agent is no party inside
// the charge to drop (charges.ts).
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { agentAfter } from "./agent-phrase.ts";
import { statesOfUnits } from "./clause-units.ts";
import type { TriggerHit } from "./triggers.ts";

/**
 * The agent of the act a charge word names, when the clause tells it with `من قبل` after that act; null when
 * there is none. `إدانته من قبل روسيا`: an agent right after the charge word (its own pronoun and the actor
 * aside) is the accuser's, not an act's: at least one word of the act must stand between. An agent of the
 * actor's own state (`من قبل قواتها`) or of no state is no accused.
 */
export function condemnedAgent(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] | null {
  if (hit.trigger.type !== "ACCUSE" || actor.length === 0) return null;
  const agent = agentAfter(c, hit);
  const first = agent[0];
  if (!first || agent.some((u) => actor.includes(u))) return null;
  let act = 0;
  for (let k = hit.end; k < first.first - 2; k++) {
    if (actor.some((u) => u.first <= k && k < u.end)) continue;
    if (/^[\p{L}]/u.test((c.tokens[k] as Token).text)) act++;
  }
  if (act === 0) return null;
  const mine = statesOfUnits(actor);
  const theirs = statesOfUnits(agent);
  if (theirs.has(null) || [...theirs].some((s) => mine.has(s))) return null;
  return agent;
}

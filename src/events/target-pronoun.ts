// The target of a relative clause's verb told by a pronoun on its preposition: in `إيران … العقوبات التي
// فرضتها عليها الولايات المتحدة`، `رفع العقوبات التي فرضتها عليها الأمم المتحدة`, the verb carries the noun
// before it (a needed noun read as its pronoun: `antecedent`), its frame preposition right after it carries
// the pronoun of the state the act is done to (`عليها`), and its agent follows. That state is the last
// state named before the relative pronoun in the sentence: a country (a feminine pronoun; not a person),
// of another side than the agent. None when the unit nearest before is a person or the agent's own state.
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt, statesOfUnits } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { otherSide } from "./recipient.ts";
import type { TriggerHit } from "./triggers.ts";

export function pronounTarget(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  if (!hit.trigger.antecedent || hit.trigger.pos !== "verb" || actor.length === 0) return [];
  if (!tokenIn(c.cues.relative, c.tokens[hit.first - 1])) return [];
  const t = c.tokens[hit.end];
  const pronoun = t ? c.cues.pronounPrep.get(t.key) : undefined;
  if (!pronoun || !pronoun.feminine || !hit.trigger.frame.includes(pronoun.prep)) return [];
  // The agent follows the preposition: فرضتها عليها الولايات المتحدة.
  if (!actor.some((u) => u.first === hit.end + 1)) return [];
  const before = c.units.filter((u) => u.first >= c.sentenceStart && u.end < hit.first);
  const u = before[before.length - 1];
  if (!u || u.type !== "GPE" || !otherSide(u, actor, statesOfUnits(actor))) return [];
  return groupAt(c, u);
}

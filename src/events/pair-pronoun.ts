// `خلال محادثاتهما في بيونغيانغ`، `في مستهل قمتهما`: a meeting's noun with the dual pronoun (هما) tells a talk
// between the two the sentence has named before it, one of whom is its actor; the other is its recipient.
// Read where a meeting names no recipient of its own (act-sides.ts, after the state a mobilisation confronts).
import { unmarked } from "../arabic/regexes.ts";
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { confrontedState } from "./confront-purpose.ts";
import { statesOfUnits } from "./clause-units.ts";
import { refusedClauseDoer } from "./refused-clause.ts";
import type { TriggerHit } from "./triggers.ts";

/** The state a mobilisation confronts (confront-purpose.ts), else the other of a meeting's pair (`pairPartner`). */
export function confrontedOrPartner(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  const confronted = confrontedState(c, hit);
  if (confronted.length > 0) return confronted;
  // لن تقبل كوبا بأن يستمر الحصار الأمريكي: the doer of the clause refused (refused-clause.ts).
  const refused = refusedClauseDoer(c, hit, actor);
  return refused.length > 0 ? refused : pairPartner(c, hit, actor);
}

/**
 * `ووصف بومبيو زعيم كوريا الشمالية بأنه … خلال محادثاتهما`: a CONSULT noun ending in the dual pronoun, whose
 * sentence names before it parties of exactly two states (no place, no state-less party), one of them the actor's:
 * the nearest party of the other state is the recipient. More states, or one, leave the pair unknown.
 */
export function pairPartner(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  if (hit.trigger.pos !== "noun" || hit.trigger.type !== "CONSULT" || actor.length === 0) return [];
  if (!unmarked((c.tokens[hit.end - 1] as Token).text).endsWith("هما")) return [];
  const mine = statesOfUnits(actor);
  if (mine.has(null)) return [];
  const before = c.units.filter((u) => u.first >= c.sentenceStart && u.end <= hit.first && !u.place);
  const states = statesOfUnits(before);
  if (states.size !== 2 || states.has(null) || ![...mine].every((s) => states.has(s))) return [];
  for (let i = before.length - 1; i >= 0; i--) {
    const u = before[i] as PartyUnit;
    if (u.parties.every((p) => !mine.has(p.country))) return [u];
  }
  return [];
}

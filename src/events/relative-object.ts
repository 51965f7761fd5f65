// The antecedent of a relative clause as the act's object (docs/EVENTS.md, "Thirty-first pass: acts
// found with a side lost or wrong"): in `إيران، التي تتهمها واشنطن بدعم الإرهاب` and `سوريا، التي فرضت
// عليها الولايات المتحدة عقوبات`, the verb right after the relative pronoun carries the antecedent's
// pronoun (on itself, or on the preposition its frame takes right after it), so the antecedent is the
// one the act is done to, and the party right after is the verb's subject. Read as the antecedent's own
// act (`روسيا التي تدعم`), such a clause reverses the sides or loses the actor.
import type { PartyUnit, Arguments, Clause } from "./arguments.ts";
import { antecedentOf } from "./relative-actor.ts";
import { groupAt } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { isReference } from "./references.ts";
import { detainedMode } from "./detainee-unit.ts";
import type { TriggerHit } from "./triggers.ts";

/** The object pronouns that stand for an antecedent on the verb itself (`تتهمها`، `اعتقلته`، `تتهمهم`). */
const OBJECT_PRONOUNS = new Set(["ها", "ه", "هم", "هما"]);

/**
 * The sides of a verb right after a relative pronoun whose pronoun is the antecedent: the agent right
 * after the verb (or after its preposition with the pronoun) is the actor, the antecedent the
 * recipient. Null when the clause is not so built: no state antecedent, no party right after, a verb
 * of undergoing (`التي تعرضت لها المملكة`: the subject suffered the act), or an agent of the
 * antecedent's own state.
 */
export function relativeObjectSides(c: Clause, hit: TriggerHit): Arguments | null {
  if (hit.trigger.pos !== "verb" || !tokenIn(c.cues.relative, c.tokens[hit.first - 1])) return null;
  if (tokenIn(c.cues.undergo, c.tokens[hit.first])) return null;
  // القس الأمريكي، الذي تحتجزه السلطات التركية: the arrest row's needed noun is the pronoun's antecedent
  // (trigger-fit.ts NEEDED_BEFORE), a person whose nisba is the detainee's state (detainee-unit.ts).
  const onVerb =
    OBJECT_PRONOUNS.has(hit.trigger.object ?? "") ||
    (hit.trigger.antecedent === true && detainedMode(hit.trigger.type, hit.trigger.mode));
  // فرضت عليها: the pronoun on the preposition right after the verb.
  const onPrep = !onVerb && pronounPrep(c, hit.end);
  if (!onVerb && !onPrep) return null;
  const antecedent = antecedentOf(c, hit.first - 1).filter((u) => !isReference(u));
  if (antecedent.length === 0 || !antecedent.every(stateOf)) return null;
  const from = onPrep ? hit.end + 1 : hit.end;
  // الذي تحتجزه السلطات التركية: a state's body before its nisba (cue backed_body) opens the agent.
  const body = tokenIn(c.cues.backedBody, c.tokens[from]) ? 1 : 0;
  const agent = c.units.find(
    (u) =>
      u.first === from + body && !isReference(u) && (body === 0 || (u.type === "NISBA" && u.prefix === "")),
  );
  // تتهمها بدعم …: a party after a proclitic preposition is no subject.
  if (!agent || agent.prefix.replace(/^[وف]/u, "") !== "" || from >= c.sentenceEnd) return null;
  const actor = groupAt(c, agent);
  if (!actor.every(stateOf)) return null;
  const own = new Set(antecedent.flatMap((u) => u.parties.map((p) => p.country)));
  if (actor.some((u) => u.parties.some((p) => own.has(p.country)))) return null;
  return { actor, recipient: antecedent };
}

/** Token k is a preposition with an attached pronoun (cue `pronoun_prep`: `عليها`، `ضده`). */
function pronounPrep(c: Clause, k: number): boolean {
  const t = c.tokens[k];
  if (!t) return false;
  return c.cues.pronounPrep.has(t.key) || t.bare.some((b) => c.cues.pronounPrep.has(b.key));
}

/** Every party of the unit is of a known state. */
function stateOf(u: PartyUnit): boolean {
  return u.parties.length > 0 && u.parties.every((p) => p.country !== null);
}

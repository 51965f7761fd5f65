// The target of a noun trigger told by its own relative clause (`الضربات التي شنتها إسرائيل على سوريا`).
// Split from recipient.ts.
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt, PREP_REACH, punctuated, RELATIVE_REACH, statesOfUnits } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { companionOf, otherSide } from "./recipient.ts";
import type { TriggerHit } from "./triggers.ts";

/** An object pronoun on a verb (`وجهتها`، `شنته`): the noun its relative clause is about. */
const CARRIED = /(?:ها|هما|هم|ه)$/u;

/**
 * `الاتهامات التي وجهتها إسرائيل إلى إيران`، `الضربات التي شنتها إسرائيل على سوريا`: a noun trigger whose
 * relative clause opens right after it, with the noun as a pronoun on the clause's verb and the act's agent
 * right after the verb, names the act's target by the verb's own preposition after the agent (cue
 * `carrier_prep`, or ل on the state). The relative pronoun ends the noun's clause (cue `clause_break`),
 * so the frame's prepositions never reach it.
 */
export function carrierRecipient(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  if (hit.trigger.pos !== "noun" || actor.length === 0) return [];
  for (let k = hit.end; k < hit.end + RELATIVE_REACH && k < c.sentenceEnd; k++) {
    if (!tokenIn(c.cues.relative, c.tokens[k])) continue;
    const verb = c.tokens[k + 1];
    // التي وجهتها كل من أمريكا وبريطانيا ضد: the agents' list may open with `كل من` (each of).
    const agent = k + 2 + (eachOf(c, k + 2) ? 2 : 0);
    if (!verb || !CARRIED.test(verb.key) || !actor.some((u) => u.first === agent || u.first === agent + 1))
      return [];
    const end = Math.max(...actor.map((u) => u.end));
    if (end >= c.sentenceEnd || punctuated(c, end, end)) return [];
    const mine = statesOfUnits(actor);
    // إلى إيران: a unit with no proclitic of its own; لإيران: the ل on the unit right after the agent.
    // المحادثات التي أجراها بومبيو مع …، الصفقات التي وقعتها واشنطن مع …: the noun's own frame prepositions
    // name its other side there as they do right after the noun.
    const prep = c.tokens[end];
    const u =
      tokenIn(c.cues.carrierPrep, prep) || (prep !== undefined && ownFrame(hit).includes(prep.key))
        ? c.units.find((x) => x.first > end && x.first <= end + PREP_REACH && x.prefix === "")
        : c.units.find((x) => x.first === end && x.prefix.replace(/^[وف]/u, "") === "ل");
    if (!u || u.end > c.sentenceEnd) return [];
    // التي وجهتها بلاده إلى جانب بريطانيا: a companion phrase names partners, not the target.
    if (punctuated(c, end, u.first) || !otherSide(u, actor, mine) || companionOf(c, hit, u)) return [];
    return groupAt(c, u);
  }
  return [];
}

/** `كل من` (each of) stands at token k. */
function eachOf(c: Clause, k: number): boolean {
  return c.tokens[k]?.key === "كل" && c.tokens[k + 1]?.key === "من";
}

/** The prepositions of a trigger's frame (not `direct` nor `between`, which name no preposition). */
function ownFrame(hit: TriggerHit): readonly string[] {
  return hit.trigger.frame.filter((p) => p !== "direct" && p !== "between");
}

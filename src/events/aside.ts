// A relative aside between a subject and its verb: in `الرئيس الفرنسي، الذي يزور ألمانيا، طالب إيران`
// the one who asks is the French president, not Germany, the state the aside names. Docs:
// docs/EVENTS.md, "Twenty-seventh pass: the wrong party".
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { anyIn, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { sequenceObjectSubject } from "./sequence-object.ts";

/** How many tokens before the verb the aside's relative pronoun may stand (`، الذي يزور الولايات المتحدة حاليا،`). */
const ASIDE_REACH = 9;

/**
 * The party `last` before a verb sits in an aside that a comma opens with a relative pronoun and a comma
 * closes right before the verb: the verb's subject is the relative's antecedent (`antecedentOf`), else
 * none is read from `last`. Returns null when `last` is in no such aside.
 */
export function asideAntecedent(
  c: Clause,
  hit: TriggerHit,
  last: PartyUnit,
  antecedentOf: (c: Clause, rel: number) => PartyUnit[],
): PartyUnit[] | null {
  // سبقت ألمانيا وألغت: the object of a verb of sequence is no subject (sequence-object.ts).
  const followed = sequenceObjectSubject(c, hit, last);
  if (followed) return followed;
  if (hit.trigger.pos !== "verb" || !punctuated(c, last.end, hit.first)) return null;
  for (let k = last.first - 1; k >= Math.max(c.sentenceStart + 1, hit.first - ASIDE_REACH); k--) {
    // A comma inside: the aside, if any, ends before `last`.
    if (punctuated(c, k + 1, k + 1)) return null;
    if (tokenIn(c.cues.relative, c.tokens[k])) return punctuated(c, k, k) ? antecedentOf(c, k) : null;
  }
  return null;
}

/** The actor stands before the verb, joined to it or across a relative aside (`، الذي يزور ألمانيا،`). */
export function subjectBefore(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): boolean {
  const end = Math.max(0, ...actor.map((u) => u.end));
  if (actor.length === 0 || end > hit.first || hit.trigger.mode === "visit") return false;
  return !punctuated(c, end, hit.first) || anyIn(c.tokens, end, hit.first, c.cues.relative);
}

// `وكانت السويد قد سبقت ألمانيا وألغت عقودا مع …`: a state right after a verb of preceding or following (cue
// `sequence_verb`: سبق، تلا، رافق) is that verb's object; a verb joined by و right after it, with no subject of its
// own, continues the clause and shares its subject, the state before the verb of sequence (branch precision65).
// From asideAntecedent (aside.ts), which findActor (actor.ts) asks about the party right before a verb.
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt, punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words may stand between the subject and the verb of sequence (`السويد قد سبقت`). */
const SUBJECT_GAP = 2;

/**
 * `last`, right before the verb `hit` on و, is the object of a verb of sequence: the subject of that verb (or
 * none when it has none close before it). Null when `last` is no such object.
 */
export function sequenceObjectSubject(c: Clause, hit: TriggerHit, last: PartyUnit): PartyUnit[] | null {
  if (hit.trigger.pos !== "verb" || !hit.prefix.startsWith("و") || last.end !== hit.first) return null;
  const verb = last.first - 1;
  if (verb < c.sentenceStart || !tokenIn(c.cues.sequenceVerb, c.tokens[verb]) || last.prefix !== "")
    return null;
  if (punctuated(c, verb, hit.first)) return null;
  const subject = c.units.filter((u) => u.end <= verb && u.first >= c.sentenceStart).at(-1);
  if (!subject || verb - subject.end > SUBJECT_GAP || punctuated(c, subject.end, verb)) return [];
  return groupAt(c, subject);
}

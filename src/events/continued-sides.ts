// The sides a trigger's verb takes from the clause it continues (continued-clause.ts): a verb after a
// comma and و, after a particle of contrast (`لكنه`) or after ثم has that clause's subject, and the party
// after it is its object. Split from arguments.ts (findArguments), whose stage it is.
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { statesOfUnits } from "./clause-units.ts";
import {
  afterComma,
  continuedSubject,
  elided,
  particleSubject,
  sharesSubject,
  thenVerb,
} from "./continued-clause.ts";
import { ownIndefiniteSubject } from "./own-subject.ts";
import type { TriggerHit } from "./triggers.ts";

/** The actor and recipient read so far, the subject of a continued clause taken in; the order of findArguments. */
export function continuedSides(
  c: Clause,
  hit: TriggerHit,
  actor: PartyUnit[],
  recipient: PartyUnit[],
): Arguments {
  // إن دونغ أبلغ أوستن …، وطالب الولايات المتحدة بالكف: a verb after a comma and و with one party after
  // it and none before is the previous clause's act; its subject is that clause's, the party its object.
  // …، وأعرب عن قلق الجزائر من التقارب بين مدريد والرباط: no subject at all; it is the clause's before.
  // …، لكنه شكر الرئيس التركي: a pronoun subject on a particle of contrast is the sentence's subject.
  const afterParticle = particleSubject(c, hit);
  // …، ودعا نائب عن المعارضة إلى: a verb with a subject of its own continues no clause (continued-clause.ts).
  const continues = (afterComma(c, hit) && !ownIndefiniteSubject(c, hit)) || sharesSubject(c, hit);
  // …ثم سافر إلى الولايات المتحدة: a next act after ثم has the clause's subject before (continued-clause.ts).
  const next = thenVerb(c, hit, actor) ? continuedSubject(c, hit) : [];
  if (next.length > 0) {
    actor = next;
    recipient = recipient.filter((u) => !actor.includes(u));
  }
  if (actor.length === 0 && (continues || afterParticle)) {
    actor = continuedSubject(c, hit);
    recipient = recipient.filter((u) => !actor.includes(u));
  }
  // …، لكنه شكر الرئيس التركي: the party after such a verb is its object, as after a و-verb.
  const particleObject =
    afterParticle && hit.trigger.frame.includes("direct") && actor.every((u) => u.first >= hit.end);
  if (recipient.length === 0 && (elided(c, hit, actor) || (actor.length > 0 && particleObject))) {
    const subject = continuedSubject(c, hit);
    const mine = statesOfUnits(actor);
    if (subject.length > 0 && subject.every((u) => u.parties.every((p) => !mine.has(p.country)))) {
      recipient = actor;
      actor = subject;
    }
  }
  return { actor, recipient };
}

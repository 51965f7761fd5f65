// Relative actor: an act's agent read through a relative pronoun (the antecedent of `روسيا التي تدعم`, the
// agent in a noun's relative clause `التي تجريها`, the light verb's `التي وجهها الجيش`); read by actor.ts.
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt, joined, RELATIVE_REACH } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { objectReference } from "./references.ts";
import { relativeBefore, resumedAfter } from "./relative-agent.ts";
import { relativeOwner } from "./gender-object.ts";
import { eachOfAt } from "./each-subject.ts";
import { titledDoer } from "./titled-doer.ts";
import type { TriggerHit } from "./triggers.ts";

/**
 * `روسيا التي تدعم الحكومة السورية`: a verb right after a relative pronoun has the party the
 * pronoun stands for as its subject.
 */
export function relativeSubject(c: Clause, hit: TriggerHit): PartyUnit[] {
  // الذي كان يتحدث مع نظيره: a talk going on is the setting of the act told, no meeting of its own.
  const rel = relativeBefore(c, hit.first, hit.trigger.type !== "CONSULT");
  if (hit.trigger.pos !== "verb" || rel < 0) return [];
  // بنس الذي اتهمه مادورو: with an object pronoun the antecedent is the object, not the subject.
  if (objectReference(hit, c.tokens, c.cues)) return [];
  // والذي حملت روسيا إسرائيل مسؤوليته: two parties right after the verb, with no و between, are its own
  // subject and object; the antecedent is neither.
  const subject = c.units.find((u) => u.first === hit.end && u.end <= c.end);
  if (subject) {
    const end = Math.max(...groupAt(c, subject).map((u) => u.end));
    if (c.units.some((u) => u.first === end && u.prefix === "" && u.end <= c.end)) return [];
    // منبج، التي تهدد أنقرة بمهاجمتها: a bare state right after the verb, with the antecedent's pronoun
    // on a preposition's word after it, is the verb's subject; the antecedent is its object.
    if (subject.prefix === "" && resumedAfter(c, end)) return groupAt(c, subject);
  }
  const ante = antecedentOf(c, rel);
  return relativeOwner(c, hit, ante) ?? ante;
}

/** The party a relative pronoun at `rel` stands for: the group ending right before it, else none. */
export function antecedentOf(c: Clause, rel: number): PartyUnit[] {
  if (!tokenIn(c.cues.relative, c.tokens[rel])) return [];
  const inside = c.units.filter((u) => u.first >= c.sentenceStart && u.end <= rel);
  // روسيا، التي: the antecedent ends right before the pronoun (a comma may stand between).
  if (inside[inside.length - 1]?.end !== rel) return [];
  let s = inside.length - 1;
  while (s > 0 && joined(c, inside[s - 1] as PartyUnit, inside[s] as PartyUnit)) s--;
  return inside.slice(s);
}

export function relativeAgent(c: Clause, hit: TriggerHit): PartyUnit[] {
  for (let k = hit.end; k < hit.end + RELATIVE_REACH; k++) {
    if (!tokenIn(c.cues.relative, c.tokens[k])) continue;
    // الضربة التي استهدفت سوريا: a verb of targeting with no object pronoun has the noun as subject; the party is its target.
    if (tokenIn(c.cues.targetVerb, c.tokens[k + 1])) return [];
    // التي + verb + agent; التي جمعت رؤساء كل من كينيا وأوغندا: `كل من` (each of) opens the agents' list.
    const each = eachOfAt(c, k + 2) || eachOfAt(c, k + 3) ? 2 : 0;
    const u = c.units.find((x) => x.first > k + 1 && x.first <= k + 3 + each);
    return u ? groupAt(c, u) : titledDoer(c, hit);
  }
  return titledDoer(c, hit); // زيارة رسمية يقوم بها وزير الخارجية الروسي (titled-doer.ts)
}

/** An object pronoun on a verb (`وجهها`، `شنته`, the noun it carries), stripped to find the verb. */
export const OBJECT_PRONOUN = /(?:ها|هما|هم|ه)$/u;

/**
 * `الضربة التي وجهها الجيش الإسرائيلي`، `الغارات التي شنتها إسرائيل`: a light verb in the noun's
 * relative clause, with the pronoun of the noun on it, has the act's agent right after it.
 */
export function relativeCarrier(c: Clause, hit: TriggerHit): PartyUnit[] {
  // إدانة كندا للحملة التي تشنها السعودية: a state named right after the noun is its own agent; the
  // relative clause then describes a later noun, and its agent did that other act.
  if (c.units.some((u) => u.first === hit.end && u.prefix === "" && u.type !== "NISBA")) return [];
  for (let k = hit.end; k < hit.end + RELATIVE_REACH; k++) {
    // تأييد الضربة التي نفذتها …: the clause belongs to the act named after the trigger, not to it.
    if (c.isAct?.(k)) return [];
    if (!tokenIn(c.cues.relative, c.tokens[k])) continue;
    const verb = c.tokens[k + 1];
    if (!verb || !OBJECT_PRONOUN.test(verb.key)) return [];
    // وجهها is وجه + ها; the و of وجه is no conjunction, so both readings are tried.
    const stem = verb.key.replace(OBJECT_PRONOUN, "");
    if (!c.cues.lightVerb.has(stem) && !c.cues.lightVerb.has(stem.replace(/^[وف]/u, ""))) return [];
    // الضربات التي وجهتها كل من أمريكا وبريطانيا: `كل من` (each of) opens the agents' list.
    const u = c.units.find((x) => x.first === k + 2 + (eachOfAt(c, k + 2) ? 2 : 0));
    return u ? groupAt(c, u) : [];
  }
  return [];
}

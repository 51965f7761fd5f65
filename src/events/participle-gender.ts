// The actor of a feminine circumstantial participle when the sentence opens with a masculine subject.
import type { Token } from "../pipeline/types.ts";
import { unmarked } from "../arabic/regexes.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt } from "./clause-units.ts";
import { agrees } from "./references.ts";
import type { TriggerHit } from "./triggers.ts";

/** A perfect verb of the feminine singular (`كشفت`، `أصدرت`): its subject is a state or a woman. */
const FEMININE_PERFECT = /ت$/u;

/**
 * `تأتي محادثات جونسون …، بعد أن كشفت إسرائيل عن ملفات، متهمة إيران`: a participle of the feminine
 * (`متهمة`، `مطالبة`، `داعية`) does not agree with a masculine subject the sentence opens with (a man, a
 * minister's nisba); its actor is the nearest subject after it and before the participle that a feminine
 * perfect verb governs and that agrees. With none, or a subject that agrees, the opening subject stays.
 */
export function agreeingSubject(c: Clause, hit: TriggerHit, subject: PartyUnit[]): PartyUnit[] {
  const head = subject[0];
  const word = unmarked((c.tokens[hit.first] as Token).text);
  if (!head || !word.endsWith("ة") || agrees(c.tokens, head, true)) return subject;
  for (let i = c.units.length - 1; i >= 0; i--) {
    const u = c.units[i] as PartyUnit;
    if (u.end > hit.first) continue;
    if (u.first <= head.first) break;
    if (u.prefix.replace(/^[وف]/u, "") !== "" || !agrees(c.tokens, u, true)) continue;
    // A list (`السعودية والإمارات`) is read from its first state: the word before that is the verb.
    const group = groupAt(c, u);
    const k = (group[0] ?? u).first - 1;
    const verb = c.tokens[k];
    const named = c.units.some((x) => x.first <= k && k < x.end);
    if (verb && !named && FEMININE_PERFECT.test(unmarked(verb.text))) return group;
  }
  return subject;
}

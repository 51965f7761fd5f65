// The target of a strike or measure told by a verb of targeting after its noun (`الغارات التي استهدفت
// مواقع إيرانية`، `غارات استهدفت قاعدة سورية`). Twenty-sixth pass (docs/EVENTS.md).
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { afterPreposition, groupAt, punctuated, RELATIVE_REACH, statesOfUnits } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { companionOf, otherSide } from "./recipient.ts";
import type { TriggerHit } from "./triggers.ts";

/**
 * How many words after the noun trigger the verb may stand: its adjectives, or its relative clause with
 * the act's agent (`الضربة التي شنها الجيش الإسرائيلي استهدفت`).
 */
const VERB_REACH = RELATIVE_REACH + 3;
/** How many words after the verb its object's state may stand (`البنية التحتية العسكرية الإيرانية`). */
const OBJECT_REACH = 5;

/**
 * `الغارات التركية التي استهدفت معسكرات للمسلحين`، `ضربات جوية استهدفت مواقع
 * سورية`: a noun of an act done to another (a strike, a measure) whose own clause goes on with a verb of
 * targeting (cue `target_verb`) has its target in that verb's object: the first party within a few words
 * after the verb, with no preposition before it (`في سوريا` is where the targets stand, not what was
 * struck). The verb must carry no object pronoun (`التي استهدفتها`: the noun is then its object), and
 * nothing but the noun's adjectives and one relative pronoun may stand between the noun and the verb.
 */
export function targetVerbObject(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  if (hit.trigger.pos !== "noun" || actor.length === 0 || c.cues.targetVerb.size === 0) return [];
  const mine = statesOfUnits(actor);
  if (mine.has(null)) return [];
  // حمّل القاضي إيران مسؤولية الهجمات التي استهدفت …: an act someone is blamed for is the charge's
  // content, not an act the text tells as done.
  for (let k = Math.max(c.sentenceStart, hit.first - 2); k < hit.first; k++)
    if (tokenIn(c.cues.responsibilityWord, c.tokens[k])) return [];
  const last = Math.min(c.sentenceEnd, hit.end + VERB_REACH);
  for (let k = hit.end; k < last; k++) {
    const t = c.tokens[k] as Token;
    if (punctuated(c, k, k)) return [];
    if (!tokenIn(c.cues.targetVerb, t)) {
      // Only adjectives and a relative pronoun: a party, another act or a preposition ends the search.
      if (
        c.isAct?.(k) ||
        tokenIn(c.cues.preposition, t) ||
        c.all.some((u) => u.first === k && !actor.includes(u))
      )
        return [];
      continue;
    }
    if ((t.segments?.suffix ?? "") !== "") return [];
    const u = c.units.find((x) => x.first > k && x.first <= k + OBJECT_REACH && x.end <= c.sentenceEnd);
    if (!u || afterPreposition(c, u, k + 1) || punctuated(c, k + 1, u.first)) return [];
    if (!otherSide(u, actor, mine) || companionOf(c, hit, u)) return [];
    return groupAt(c, u).filter((x) => !actor.includes(x));
  }
  return [];
}

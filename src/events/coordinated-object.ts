// An object pronoun on a verb that continues the clause before it (docs/EVENTS.md, "Thirty-sixth pass:
// sides told as a pronoun"): `قطر تقاضي السعودية وتتهمها بانتهاك …`، `وصل الوزير الإيراني إلى موسكو،
// ودعاه الرئيس الروسي إلى …`. The pronoun stands for a party the clause before named
// (references.ts, `antecedent`); a party right after the verb is the verb's own subject.
import type { ArabicText, Token } from "../pipeline/types.ts";
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { groupAt, statesOfUnits } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { antecedent, objectReference } from "./references.ts";
import type { TriggerHit } from "./triggers.ts";
import { markBetween } from "../arabic/gaps.ts";

/** A singular object pronoun, which one named party can be (not `هم`، `هما`, groups and pairs). */
const SINGLE = new Set(["ها", "ه"]);

/** How many words of a title may stand between the verb and its subject's nisba (`الجيش النظامي السوري`). */
const TITLE_REACH = 3;

/** A quotation mark or a colon: the clause after it is told in another's words. */
const QUOTED = /["«»“”:]/u;

/** A one-word verb with و or ف and a singular object pronoun, in the middle of its sentence, not after a relative. */
function coordinatedObject(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.pos !== "verb" || hit.end !== hit.first + 1) return false;
  if (!/^[وف]/u.test(hit.prefix) || !SINGLE.has(hit.trigger.object ?? "")) return false;
  if (hit.first <= c.sentenceStart) return false;
  return !tokenIn(c.cues.relative, c.tokens[hit.first - 1]);
}

/**
 * The imperfect with an object pronoun (`تتهمها`، `يتهمه`) is read only after a relative pronoun
 * (morphology.ts, relativeOnly), since alone it is as often about a thing; after و in the middle of its
 * sentence it is a second act of the clause before, unless that clause is a quotation (`: "إيران تدعم
 * قوى … وتزودها`), whose subject the sentence's reading does not give.
 */
export function coordinatedImperfect(c: Clause, hit: TriggerHit): boolean {
  if (!coordinatedObject(c, hit)) return false;
  const from = (c.tokens[c.sentenceStart] as Token).start;
  return !QUOTED.test(c.text.slice(from, (c.tokens[hit.first] as Token).start));
}

/** The party right after the verb, or after a title of up to three words, with no punctuation or preposition. */
function agentAfter(c: Clause, hit: TriggerHit): PartyUnit | null {
  const u = c.units.find((v) => v.first >= hit.end && v.first <= hit.end + TITLE_REACH);
  if (!u || u.prefix !== "" || u.place || u.first >= c.sentenceEnd) return null;
  if (u.first > hit.end && u.type !== "NISBA") return null;
  const from = (c.tokens[hit.first] as Token).end;
  if (markBetween(c.text, from, (c.tokens[u.first] as Token).start, "phrase")) return null;
  for (let k = hit.end; k < u.first; k++) if (tokenIn(c.cues.preposition, c.tokens[k])) return null;
  return u.parties.length > 0 && u.parties.every((p) => p.country !== null) ? u : null;
}

/**
 * `…، ودعاه الرئيس الروسي إلى …`، `ورفضته طهران`: a coordinated verb whose object is its pronoun and whose
 * subject stands right after it. The subject is the actor and the pronoun's antecedent, a party of another
 * state before the verb, the recipient. Null when the verb is not so built; `{ actor: [], recipient: [] }`
 * when the pronoun has no antecedent (a thing, a place, two parties equally near): no act between states.
 */
export function coordinatedObjectSides(
  c: Clause,
  hit: TriggerHit,
  arabic: ArabicText,
  units: readonly PartyUnit[],
): Arguments | null {
  if (!coordinatedObject(c, hit)) return null;
  const agent = agentAfter(c, hit);
  if (!agent) return null;
  const ref = objectReference(hit, c.tokens, c.cues);
  if (!ref) return null;
  const actor = groupAt(c, agent);
  const other = statesOfUnits(actor);
  const a = antecedent(arabic.tokens, arabic.text, arabic.sentences, units, ref, other, c.cues);
  if (!a || a.end > hit.first) return { actor: [], recipient: [] };
  return { actor, recipient: [a] };
}

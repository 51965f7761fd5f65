// `وأدانت كل من مصر والأردن الهجوم`: `كل من` (each of) right after a verb opens the list of its subjects,
// though من before them would read them as a preposition's. The list names the actors; what the verb
// did to whom is then read as for any subject. Two limits keep the reading where it is sure:
// - the other side must be a named state (`عن دعمها للمملكة العربية السعودية`، `العلاقات مع قطر`); a
//   nisba or a body found after such a list is too often inside a longer object (`الحليف الأكبر للرئيس
//   السوري، روسيا`) or a member of the list the group left out (`كل من مصر ومنسق الأمم المتحدة`);
// - with no other side, only two states told by an anaphor (`كل من الدولتين`: each did it to the other)
//   or a consultation among those listed stands; a pledge or a consent by each of several states
//   (`تعهدت كل من …`، `وافقت كل من …`) is made to someone the sentence names in a way not read.
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { forcePartSubject } from "./force-part.ts";
import { quantitySubject } from "./quantity-subject.ts";
import type { TriggerHit } from "./triggers.ts";

/** `كل من` (each of) stands at token k. */
export function eachOfAt(c: Clause, k: number): boolean {
  return c.tokens[k]?.key === "كل" && c.tokens[k + 1]?.key === "من";
}

/** How far from the sentence's start `كل من` may open the sentence's subject (`وقد قطعت كل من`). */
const OPENING_EACH = 2;

/**
 * `قطعت كل من السعودية والإمارات … العلاقات مع قطر، وفرضت عليها`: `كل من` right after the verb the
 * sentence opens with opens its subject, which a later verb of the sentence shares (actor.ts matrixSubject).
 */
export function eachOpensSentence(c: Clause, u: PartyUnit): boolean {
  return eachOfAt(c, u.first - 2) && u.first - 2 - c.sentenceStart <= OPENING_EACH;
}

/** `كل من` stands right after a verb and the party `u` right after it: the verb's subjects open there. */
function eachAt(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  return hit.trigger.pos === "verb" && eachOfAt(c, hit.end) && u.first === hit.end + 2;
}

/**
 * As `eachAt`, or a part of a state's forces opens the subject (`شاركت وحدات من الجيش الفرنسي`, force-part.ts),
 * or a word of quantity does (`وزار عدد من الوزراء الفرنسيين`, quantity-subject.ts).
 */
export function eachSubject(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  return eachAt(c, hit, u) || forcePartSubject(c, hit, u) || quantitySubject(c, hit, u);
}

/** The sides of an act whose subjects `كل من` opens, within the limits above; else no sides. */
export function eachListSides(c: Clause, hit: TriggerHit, sides: Arguments): Arguments {
  const head = sides.actor[0];
  if (!head || !eachAt(c, hit, head)) return sides;
  if (sides.recipient.length > 0)
    return sides.recipient.every((u) => u.type === "GPE") ? sides : { actor: [], recipient: [] };
  return head.type === "DUAL" || hit.trigger.type === "CONSULT" ? sides : { actor: [], recipient: [] };
}

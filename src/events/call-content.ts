// `وناشد وزير الخارجية الروسي فرنسا رفض نشر الصواريخ`، `وطالبت مصر إسرائيل وقف الغارات`: a call whose content is a
// bare verbal noun (no و) right after the ones called on (no إلى, ب or على) asks for that act; the act is the call's
// content, not an act of the ones called on. The call is the event (branch appeal64).
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt, punctuated } from "./clause-units.ts";
import { anyIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far before the ones called on its subject the verb of calling may stand (past the title before a nisba). */
const CALL_REACH = 7;

/**
 * A trigger with no proclitic right after a call verb's direct object (the group of states called on): the
 * verbal noun of the content (`رفض`, read as a verb form too, still has no و before it).
 */
export function callContent(c: Clause, hit: TriggerHit): boolean {
  if (hit.prefix !== "" || hit.first <= c.sentenceStart) return false;
  const calledFirst = calledOn(c, hit.first);
  if (calledFirst === null) return false;
  // the call verb right before the ones called on, or before its subject that ends right before them
  // (`وطالبت مصر إسرائيل`، `وناشد وزير الخارجية الروسي فرنسا`); not a verb past other words (`تطالب بإعادة
  // رفاته إليها لكن سوريا ترفض`).
  if (anyIn(c.tokens, calledFirst - 1, calledFirst, c.cues.advise)) return true;
  const subject = c.units.find((u) => u.end === calledFirst && u.prefix.replace(/^[وف]/u, "") === "");
  if (subject === undefined) return false;
  for (let v = subject.first - 1; v >= Math.max(c.sentenceStart, subject.first - CALL_REACH); v--) {
    if (punctuated(c, v + 1, calledFirst)) return false;
    if (anyIn(c.tokens, v, v + 1, c.cues.advise)) return true;
  }
  return false;
}

/** First token of the group of parties, with no preposition, that ends right before token k, or null. */
function calledOn(c: Clause, k: number): number | null {
  let first: number | null = null;
  for (const u of c.units) {
    if (u.first >= k || u.place || u.type === "NISBA") continue;
    if (u.prefix.replace(/^[وف]/u, "") !== "") continue;
    const group = groupAt(c, u);
    if ((group[group.length - 1] as PartyUnit).end === k) {
      first = u.first;
      break;
    }
  }
  if (first === null || punctuated(c, first + 1, k)) return null;
  return first;
}

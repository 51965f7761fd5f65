// A verb's subject that a preposition opens: `طالبت كل من بريطانيا وفرنسا وألمانيا السعودية بـ` (each of, in
// the nominative, opens the list of those who ask; `كلا من` is the accusative, the list asked) and `دعا مكتب
// حقوق الإنسان التابع للأمم المتحدة إسرائيل إلى` (a body of an international organisation acts for it; a
// militia `التابعة لإيران` is not read so: its acts are not its patron's). Read as after a preposition, the
// party would be no subject, and the verb would lose its actor or take it as the one asked.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import { eachSubject } from "./each-subject.ts";
import type { TriggerHit } from "./triggers.ts";

/** Party `u`, after verb trigger `hit`, is its subject though a preposition stands before it. */
export function subjectAfterVerb(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  if (hit.trigger.pos !== "verb" || u.first < hit.end) return false;
  // طالبت كل من بريطانيا: `كل من` right after a verb of asking opens the list of askers (each-subject.ts, whose
  // limits on the other side then apply as for every type).
  if (hit.trigger.type === "REQUEST" && eachSubject(c, hit, u)) return true;
  // مكتب حقوق الإنسان التابع للأمم المتحدة: an organisation's body, named right after the verb.
  const before = c.tokens[u.first - 1] as Token | undefined;
  if (!tokenIn(c.cues.affiliated, before) || !/^ل/u.test(u.prefix)) return false;
  if (!u.parties.every((p) => p.country === IGO)) return false;
  return !c.all.some((v) => v.first >= hit.end && v.first < u.first);
}

/** The country code of international organisations. */
const IGO = "IGO";

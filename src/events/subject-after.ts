// A verb's subject that a preposition opens: `طالبت كل من بريطانيا وفرنسا وألمانيا السعودية بـ` (each of, in
// the nominative, opens the list of those who ask; `كلا من` is the accusative, the list asked) and `دعا مكتب
// حقوق الإنسان التابع للأمم المتحدة إسرائيل إلى` (a body of an international organisation acts for it; a
// militia `التابعة لإيران` is not read so: its acts are not its patron's). Read as after a preposition, the
// party would be no subject, and the verb would lose its actor or take it as the one asked.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** Party `u`, after verb trigger `hit`, is its subject though a preposition stands before it. */
export function subjectAfterVerb(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  if (hit.trigger.pos !== "verb" || u.first < hit.end) return false;
  // طالبت كل من بريطانيا: `كل من` right after a verb of asking. Read for every type, it gave joint acts with no
  // target (وافقت كل من سوريا وروسيا على تزويدهم) and wrong sides more often than right ones.
  if (
    hit.trigger.type === "REQUEST" &&
    u.first === hit.end + 2 &&
    c.tokens[hit.end]?.key === "كل" &&
    c.tokens[hit.end + 1]?.key === "من"
  )
    return true;
  // مكتب حقوق الإنسان التابع للأمم المتحدة: an organisation's body, named right after the verb.
  const before = c.tokens[u.first - 1] as Token | undefined;
  if (!tokenIn(c.cues.affiliated, before) || !/^ل/u.test(u.prefix)) return false;
  if (!u.parties.every((p) => p.country === IGO)) return false;
  return !c.all.some((v) => v.first >= hit.end && v.first < u.first);
}

/** The country code of international organisations. */
const IGO = "IGO";

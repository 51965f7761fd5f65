// The members of a body whose meeting is told (forty-eighth pass, consult48): `عقد الاجتماع الأول للجنة
// ثلاثية تضم مصر وإثيوبيا والسودان`. A meeting noun's genitive body, with a verb of comprising after it (cue
// `comprise_verb`: تضم، يضم), names its sides in the list after that verb; the genitive's reach stops at the
// body's name. Read only when the noun's own phrase gives no `بين` list, within a few words after the noun
// and with no punctuation between; the list must name two states or more (`تضم أكبر الدول` names none).
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt, punctuated, statesOfUnits, unitFrom } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far after the meeting noun the verb of comprising may stand (`الاجتماع الأول للجنة ثلاثية تضم`). */
const COMPRISE_REACH = 5;

/** The states a meeting's body comprises, listed after a verb of comprising; else []. */
export function comprisedMembers(c: Clause, hit: TriggerHit): PartyUnit[] {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "noun") return [];
  for (let k = hit.end; k < Math.min(c.end, hit.end + COMPRISE_REACH); k++) {
    if (punctuated(c, k, k)) return [];
    if (!tokenIn(c.cues.compriseVerb, c.tokens[k])) continue;
    const first = unitFrom(c, k + 1, 1);
    const group = first ? groupAt(c, first).filter((u) => !u.place) : [];
    return statesOfUnits(group).size >= 2 ? group : [];
  }
  return [];
}

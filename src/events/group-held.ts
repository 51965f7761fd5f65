// A reaction whose own clause names, after its trigger, a group of states the article does not name
// (`ألغت عقودا أبرمتها مع الدول المنبوذة`، `رفضت مطالب الدول الغربية`: a GROUP unit, unit-groups.ts) is
// aimed at that group, a party of no state, whether or not the clause reading put it in the recipient
// slot: the other state of the event told before it (the reaction rule's implicit recipient, sides.ts)
// is not read in. With the two checks of a denial's claim told in a relative clause
// (reaction-targets.ts), the cases where act-sides.ts seeks no implicit recipient.
import type { Clause } from "./arguments.ts";
import { relativeBackref, reportDenied } from "./reaction-targets.ts";
import type { TriggerHit } from "./triggers.ts";

/** The trigger's clause names a group of states after the trigger. */
export function groupAfter(clause: Clause, hit: TriggerHit): boolean {
  return clause.all.some((u) => u.type === "GROUP" && u.first >= hit.end && u.end <= clause.end);
}

/** No implicit recipient is sought: a relative back-reference, a report denied, or a group after the act. */
export function noImplicitTarget(clause: Clause, hit: TriggerHit): boolean {
  return relativeBackref(clause, hit) || reportDenied(clause, hit) || groupAfter(clause, hit);
}

// Parties that only describe a side (docs/EVENTS.md, "Thirty-fourth pass: false events with a wrong
// side"). In `ورفضت روسيا التي تدعم الحكومة السورية خطة وقف إطلاق النار`, the relative clause right
// after the actor tells who the actor is (it backs the Syrian government); the state inside it is the
// object of that clause's own verb, not of the trigger outside it. Read as the trigger's recipient, it
// turns a description into an act on the described state.
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/**
 * Unit `u` stands inside a relative clause opened right after one of the actor's units (a comma may
 * stand between), before any punctuation closes it, and the trigger is not inside that clause: the
 * unit describes the actor and is no side of the trigger.
 */
export function inActorRelative(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  u: PartyUnit,
): boolean {
  for (const a of actor) {
    const r = a.end;
    if (r >= u.first || !tokenIn(c.cues.relative, c.tokens[r])) continue;
    // روسيا التي تدعم الحكومة السورية: the unit must follow the pronoun in the same stretch of words.
    if (punctuated(c, r + 1, u.first)) continue;
    // الدول التي فرضت عقوبات على قطر: a trigger inside the relative clause is its own act.
    if (hit.first > r && hit.first < u.first) continue;
    return true;
  }
  return false;
}

// A verb right after a comma with its subject and object named right after it (docs/EVENTS.md,
// "Thirty-first pass: acts found with a side lost or wrong"): in `على القوات الأمنية البحرينية، تتهم
// البحرين إيران بالوقوف وراءها`, the party before the comma ends the clause before; the verb opens a
// clause of its own (VSO), so the state right after it is its subject, not the nisba before the comma.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt } from "./clause-units.ts";
import type { TriggerHit } from "./triggers.ts";
import { gapIs } from "../arabic/gaps.ts";

/**
 * The verb stands right after a comma (no و on it) that follows `last`, and two parties follow it
 * back to back with no preposition: the first is its subject, the second its object. Only then is
 * `after` the subject in place of `last`.
 */
export function commaVerbSubject(c: Clause, hit: TriggerHit, last: PartyUnit, after: PartyUnit): boolean {
  if (hit.trigger.pos !== "verb" || hit.prefix !== "" || last.end !== hit.first) return false;
  if (!gapIs(c.text, (c.tokens[hit.first - 1] as Token).end, (c.tokens[hit.first] as Token).start, "comma"))
    return false;
  if (after.first !== hit.end || after.prefix !== "") return false;
  const group = groupAt(c, after);
  const end = (group[group.length - 1] as PartyUnit).end;
  const object = c.units.find((u) => u.first === end);
  const states = (u: PartyUnit) => u.parties.map((p) => p.country);
  return (
    object !== undefined &&
    object.prefix === "" &&
    states(object).every((s) => s !== null && !group.some((g) => states(g).includes(s)))
  );
}

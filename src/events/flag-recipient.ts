// The flag state of a ship seized or stopped at sea: `احتجزت البحرية الإيرانية ناقلة ترفع العلم
// البريطاني` is done to Britain, though a flag alone names no party (units.ts, FLAG_UNIT).
import type { Clause, PartyUnit } from "./arguments.ts";
import { statesOfUnits } from "./clause-units.ts";
import type { TriggerHit } from "./triggers.ts";
import { FLAG_UNIT } from "./units.ts";
import { DETAINEE_UNIT, detainedMode } from "./detainee-unit.ts";

/** How far after the trigger (or its subject after it) the flag may stand: `ناقلة نفط ترفع العلم البريطاني`. */
const FLAG_REACH = 8;

/**
 * The flag unit a few words after a seizure (COERCE seize) or an interception at sea (MOBILIZE weapons),
 * in the clause, of a state other than the actor's; else undefined.
 */
export function flagAfter(
  c: Clause,
  hit: TriggerHit,
  from: number,
  actor: readonly PartyUnit[],
): PartyUnit | undefined {
  const { type, mode } = hit.trigger;
  // اعتقلت السلطات الإيرانية الصحفي البريطاني جون سميث: a journalist's or activist's state (detainee-unit.ts).
  const detained = detainedMode(type, mode);
  if (!(detained || (type === "COERCE" && mode === "seize") || (type === "MOBILIZE" && mode === "weapons")))
    return undefined;
  const mine = statesOfUnits(actor);
  return c.all.find(
    (x) =>
      (x.type === FLAG_UNIT || (detained && x.type === DETAINEE_UNIT)) &&
      x.first >= from &&
      x.first <= from + FLAG_REACH &&
      x.end <= c.end &&
      x.parties.every((p) => p.country !== null && !mine.has(p.country)),
  );
}

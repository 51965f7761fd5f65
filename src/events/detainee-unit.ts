// A journalist or an activist named with his title and his state (`الصحفي البريطاني جون سميث`، `الناشط
// الأمريكي …`): people of these sectors (JRN, SOC) never act for a state (units.ts NOT_STATE), but a state
// that arrests or deports one of them coerces his state (PLOVER COERCE, arrest, deport) as it does when the
// title alone names him (`اعتقلت السلطات الإيرانية الصحفي البريطاني`). Such a person is kept as a unit of
// its own type, as a ship's flag is (flag-recipient.ts): a party only as the target of those acts.
import type { EntitiesResult } from "../entities/index.ts";
import type { PartyUnit } from "./arguments.ts";

/** The unit type of a journalist or activist of a state: a party only of his arrest or deportation. */
export const DETAINEE_UNIT = "DETAINEE";

/** The modes whose target such a person may be. */
const DETAINED_MODES = new Set(["arrest", "deport"]);

/** A person of a sector that never acts for a state, named with a title, with a state: his unit, else null. */
export function detaineeUnit(m: EntitiesResult["mentions"][number]): PartyUnit | null {
  if (m.type !== "PERSON" || m.country === null || m.country === "IGO" || m.titleToken >= m.firstToken)
    return null;
  return {
    first: m.titleToken,
    end: m.endToken,
    prefix: m.prefix,
    type: DETAINEE_UNIT,
    parties: [{ entity: m.entity, text: m.text, country: m.country, sector: null }],
    place: true,
  };
}

/** The row is an arrest or a deportation (COERCE): a detainee unit may be its target. */
export function detainedMode(type: string, mode: string | null | undefined): boolean {
  return type === "COERCE" && DETAINED_MODES.has(mode ?? "");
}

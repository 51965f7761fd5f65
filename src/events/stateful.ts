// Whether a party unit stands for a state: a state, a nisba title, or a person or body of a state's sector.
// Read by the readings of pronouns and back-references (anaphora.ts, references.ts, back-references.ts) and of
// offices told in apposition (apposed-office.ts).
import type { PartyUnit } from "./arguments.ts";

/** Sectors of a state's people and bodies: government, diplomacy, armed forces, parliament, intelligence. */
const STATE_SECTORS = new Set(["GOV", "DIP", "MIL", "LEG", "SPY"]);

/**
 * A unit stands for a state or a state's official: a state, a nisba title (`الرئيس المصري`), or a
 * person or body of a state's sector; not a company, a group or a person with no office.
 */
export function stateful(u: PartyUnit): boolean {
  if (u.place || u.parties.length === 0) return false;
  if (!u.parties.every((p) => p.country !== null)) return false;
  return u.type === "GPE" || u.type === "NISBA" || u.parties.every((p) => STATE_SECTORS.has(p.sector ?? ""));
}

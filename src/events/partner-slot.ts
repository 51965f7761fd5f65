// One partner to an act: the partner preposition right after a trigger (`لقائه مع الطلاب`) takes its
// place even when what it governs is no party, so a later مع or بين (`سياسة بلاده مع قطر`) is another
// phrase's and names no side of the act. Read by recipient.ts.
import type { Token } from "../pipeline/types.ts";
import type { Clause } from "./arguments.ts";
import { PREP_REACH } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";

/** Prepositions that name the other side of any act (`مع باكستان`، `بين البلدين`), as keys. */
export const PARTNER_PREPS = ["مع", "بين"];

/**
 * The partner preposition at `at` governs a word that is no party (`مع الإعلاميين في مصر`): no party
 * stands after it before another preposition opens the next phrase.
 */
export function partnerTaken(c: Clause, at: number): boolean {
  if (!PARTNER_PREPS.includes((c.tokens[at] as Token | undefined)?.key ?? "")) return false;
  for (let k = at + 1; k < c.end; k++) {
    if (c.units.some((u) => u.first === k)) return false;
    if (tokenIn(c.cues.preposition, c.tokens[k])) return true;
  }
  return true;
}

/** A partner preposition after the one at `slot` governs the unit at `first`. */
export function partnerAgain(c: Clause, slot: number, first: number): boolean {
  for (let k = Math.max(slot + 1, first - PREP_REACH); k < first; k++)
    if (PARTNER_PREPS.includes((c.tokens[k] as Token).key)) return true;
  return false;
}

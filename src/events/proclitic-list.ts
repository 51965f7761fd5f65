// A list after a preposition carried as a proclitic (branch lists57): `ونددت فرنسا بروسيا وإيران`، `أشادت
// بالولايات المتحدة وبريطانيا`. A state after ب is set apart from the clause's acting units as a place (`بروسيا`:
// in Russia), so the group read on the acting units alone held its first state only; the list is read over
// all units, places included, as long as each next one is joined to the one before (clause-units.ts `joined`).
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt, joined } from "./clause-units.ts";

/** The group that starts at `u`, read over all the clause's units when `u` is not one of its acting units. */
export function groupFromAll(c: Clause, u: PartyUnit): PartyUnit[] {
  if (c.units.includes(u)) return groupAt(c, u);
  const group = [u];
  for (let k = c.all.indexOf(u) + 1; k > 0 && k < c.all.length; k++) {
    const next = c.all[k] as PartyUnit;
    if (next.end > c.end || !joined(c, group[group.length - 1] as PartyUnit, next)) break;
    group.push(next);
  }
  return group;
}

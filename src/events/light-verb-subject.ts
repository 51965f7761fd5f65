// Light verb subject: a noun trigger's agent as the subject of the light verb before it (`أجرت روسيا
// والصين أمس مناورات`), and where the nearest such verb stands; read by actor.ts.
import type { Clause, PartyUnit } from "./arguments.ts";
import { afterPreposition, groupAt, punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { antecedentOf } from "./relative-actor.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far back in its clause a noun trigger's light verb may stand (`أعلنت X يوم … تعليق`). */
const CARRIER_REACH = 14;
/** The party right after the nearest light verb (or قرر past a comma: قرر الرئيس، ترامب، تعليق) before a noun. */
export function lightVerbSubject(c: Clause, hit: TriggerHit): PartyUnit[] {
  for (let k = hit.first - 1; k >= Math.max(c.start, hit.first - CARRIER_REACH); k--) {
    const decide = !tokenIn(c.cues.lightVerb, c.tokens[k]);
    if (decide && !tokenIn(c.cues.decide, c.tokens[k])) continue;
    const u = c.units.find((x) => x.first > k && x.first <= k + 2 && x.end <= hit.first);
    if (decide && !(u && punctuated(c, u.end, hit.first) && !c.tokens[hit.first]?.key.startsWith("ال")))
      continue;
    if (u) return afterPreposition(c, u, k + 1) ? [] : groupAt(c, u);
    // مايك بومبيو، الذي قام بزيارة: a light verb right after a relative pronoun takes its antecedent.
    return hit.first - k <= 2 ? antecedentOf(c, k - 1) : [];
  }
  return [];
}
/** The nearest light verb before a noun trigger in its clause, or -1. */
export function nearestLightVerb(c: Clause, hit: TriggerHit): number {
  for (let k = hit.first - 1; k >= Math.max(c.start, hit.first - CARRIER_REACH); k--)
    if (tokenIn(c.cues.lightVerb, c.tokens[k])) return k;
  return -1;
}

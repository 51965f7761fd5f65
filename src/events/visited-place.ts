// ماتيس أول مسؤول أمريكي يزور الصين، عندما يزور طهران: a state right after a verb of a trip is where the
// trip goes, not who makes it; the visitor is the party before the verb in its sentence.
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { statesOfUnits } from "./clause-units.ts";
import type { TriggerHit } from "./triggers.ts";

/** Mentions that can make a trip: persons, bodies, nisbas (`مسؤول أمريكي`) and states told before the verb. */
const VISITORS = new Set(["PERSON", "ORG", "NISBA", "GPE"]);
/** Sectors of a person whose trip is his state's: office holders, diplomats, officers, legislators. */
const OFFICIAL = new Set(["GOV", "DIP", "MIL", "LEG"]);

/** A person who holds no office (`مارين لوبان`، a citizen) makes a private trip, no state's visit. */
function official(u: PartyUnit): boolean {
  return u.type !== "PERSON" || u.parties.some((p) => p.sector !== null && OFFICIAL.has(p.sector));
}

/**
 * A verb of a trip (mode visit, not a hosting verb) with no recipient whose only party read is a state
 * named right after it, with no preposition, has that state as its destination: a country or a capital
 * is visited, it does not visit (`يزور الصين`، `زار القاهرة`). The visitor is the nearest party before the
 * verb in its sentence of another state; with none, or when that party is a person who holds no
 * office, the trip has no actor.
 */
export function visitedPlace(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  recipient: readonly PartyUnit[],
): Arguments | null {
  if (hit.trigger.mode !== "visit" || hit.trigger.pos !== "verb" || hit.trigger.hosted) return null;
  if (recipient.length > 0 || actor.length !== 1) return null;
  const place = actor[0] as PartyUnit;
  if (place.type !== "GPE" || place.first !== hit.end || place.prefix !== "" || place.place) return null;
  const there = statesOfUnits([place]);
  const before = c.units
    .filter((u) => u.first >= c.sentenceStart && u.end <= hit.first && VISITORS.has(u.type))
    .filter((u) => [...statesOfUnits([u])].every((s) => s !== null && !there.has(s)));
  const visitor = before[before.length - 1];
  return { actor: visitor && official(visitor) ? [visitor] : [], recipient: [place] };
}

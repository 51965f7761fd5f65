// A title of no state right before a state's name (`وزير خارجية فرنسا`): the state is the actor. Split
// from arguments.ts (findArguments).
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";

/**
 * `طالب وزير خارجية فرنسا إيران بـ`: a title with no state of its own (read as a person of no country)
 * right before a state's name, with nothing between, is that state's office; the state is the actor.
 */
export function constructState(c: Clause, actor: PartyUnit[]): PartyUnit[] {
  const u = actor.length === 1 ? (actor[0] as PartyUnit) : undefined;
  if (!u || u.type !== "PERSON" || u.parties.some((p) => p.country !== null)) return actor;
  const next = c.units.find((x) => x.first === u.end);
  return next &&
    next.type === "GPE" &&
    next.prefix === "" &&
    next.end <= c.end &&
    !punctuated(c, u.end, next.first)
    ? [next]
    : actor;
}

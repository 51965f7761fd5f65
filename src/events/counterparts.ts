// The owner of a counterpart (`نظيره الروسي`): the party whose pronoun the counterpart noun carries.
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

const WITH_KEY = "مع";

/**
 * `عندما يلتقي نظيره الأمريكي`، `أثناء استقبال نظيره الفرنسي`، `خلال مباحثاته مع نظيره الروسي`: a
 * counterpart right after the trigger (or after its مع) is the act's other side, never its agent; the
 * agent is the counterpart's owner, the nearest person before the trigger in its sentence (a name or a
 * titled nisba), when that person is of another state; a host's guest (`استضاف`، `استقبال`) is the visitor
 * and acts.
 * Read only when the act has no other side: no actor but the counterpart, no recipient but the counterpart.
 */
export function counterpartOwner(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  recipient: readonly PartyUnit[],
): Arguments | null {
  let k = hit.end;
  if (c.tokens[k]?.key === WITH_KEY) k++;
  const head = c.tokens[k];
  if (!head || k >= c.end || !tokenIn(c.cues.counterpart, head)) return null;
  const other = c.units.find((u) => u.first === k && u.end <= c.end);
  if (!other) return null;
  const theirs = new Set(other.parties.map((p) => p.country));
  if (theirs.has(null)) return null;
  const only = (side: readonly PartyUnit[]) => side.every((u) => u === other);
  if (!only(actor) || !only(recipient)) return null;
  for (let j = c.units.length - 1; j >= 0; j--) {
    const u = c.units[j] as PartyUnit;
    if (u.end > hit.first || u.first < c.sentenceStart) continue;
    if (u.type !== "PERSON" && u.type !== "NISBA") continue;
    // The nearest person only: one of the counterpart's own state, or of none, leaves the act as it was.
    if (u.place || u.parties.some((p) => p.country === null || theirs.has(p.country))) return null;
    // أثناء استقبال نظيره الفرنسي: the host's guest is the visitor, who acts (PLOVER).
    const host = c.tokens[hit.first];
    return hit.trigger.hosted === true || tokenIn(c.cues.host, host) || tokenIn(c.cues.receptionNoun, host)
      ? { actor: [other], recipient: [u] }
      : { actor: [u], recipient: [other] };
  }
  return null;
}

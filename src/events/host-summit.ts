// `خاصة بعد أن ظهر تأييده للرئيس الروسي، خلال قمة هلسنكي`، `وقد سئل ترامب في قمة هلسنكي إن كان يصدق الرئيس
// الروسي`: a summit named by its host city (`قمة` in the construct state, cue `host_summit`) names no side; the
// city after it is where it met. Its sides are the sentence's: the actor read, and the one other state the
// sentence names, when it names exactly one.
import type { EntitiesResult } from "../entities/index.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { statesOfUnits } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** The partner of a summit named by its host city, or null (not such a summit, or no single other state). */
export function hostSummitPartner(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  mentions: EntitiesResult["mentions"],
): PartyUnit | null {
  if (hit.trigger.type !== "CONSULT" || hit.end !== hit.first + 1) return null;
  if (!tokenIn(c.cues.hostSummit, c.tokens[hit.first])) return null;
  // The city is a place mention (place-mentions.ts), so no unit: read from the mentions.
  const host = mentions.find(
    (m) => m.firstToken === hit.end && m.prefix === "" && (m.type === "GPE" || m.type === "LOC"),
  );
  if (!host || actor.length === 0) return null;
  const own = statesOfUnits(actor);
  const hostStates = new Set([host.country]);
  const others = c.units.filter(
    (u) =>
      u.first !== hit.end &&
      !u.place &&
      u.first >= c.sentenceStart &&
      u.end <= c.sentenceEnd &&
      u.parties.length > 0 &&
      u.parties.every((p) => p.country !== null && !own.has(p.country) && !hostStates.has(p.country)),
  );
  const states = statesOfUnits(others);
  return states.size === 1 ? (others[0] as PartyUnit) : null;
}

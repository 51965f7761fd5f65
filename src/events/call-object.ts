// A call, request or invitation taken as the object of a noun trigger (`بقبول دعوة كوريا الشمالية`): the
// party after the call is the call's, not the taking act's agent; and after an invitation it is the
// guest when what he is invited to follows (`إلغاء دعوة وزير الخارجية الروسي لزيارة بريطانيا`).
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/**
 * `بقبول دعوة كوريا الشمالية`، `إلغاء دعوة وزير الخارجية الروسي`: a noun of an act addressed to another
 * (cue `nested_act`: a call, request, offer) right after a noun trigger is its object, and the party right
 * after that noun is the call's maker or the one called, never the agent of the act done to the call.
 */
export function addressedObject(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  return (
    hit.trigger.pos === "noun" &&
    u.prefix === "" &&
    u.first === hit.end + 1 &&
    tokenIn(c.cues.nestedAct, c.tokens[hit.end])
  );
}

/** How many words past the guest's mention an appositive name may run (`، سيرجي لافروف،`). */
const APPOSITIVE_REACH = 4;

/** The invitation `hit` names its guest right after it: the party there was invited, and invited no one. */
export function invitedGuest(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): boolean {
  if (!tokenIn(c.cues.invitationNoun, c.tokens[hit.first])) return false;
  const guest = actor.find((u) => u.first === hit.end);
  if (!guest) return false;
  let k = guest.end;
  // وزير الخارجية الروسي، سيرجي لافروف، لزيارة: a name set off by commas after the title is the same guest.
  if (punctuated(c, k, k)) {
    const name = c.units.find((u) => u.first === k && u.end - k <= APPOSITIVE_REACH);
    if (name && punctuated(c, name.end, name.end)) k = name.end;
  }
  const next = c.tokens[k] as Token | undefined;
  if (!next) return false;
  if (tokenIn(c.cues.toWord, next)) return tokenIn(c.cues.invitedTo, c.tokens[k + 1]);
  return next.bare.some((b) => b.prefix.endsWith("ل")) && tokenIn(c.cues.invitedTo, next);
}

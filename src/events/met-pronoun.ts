// `قبيل القمة التي ستجمعه مع المستشارة الألمانية`، `اللقاء الذي جمعها مع نظيرها الروسي`: a meeting noun whose
// relative clause opens with a verb of bringing together carrying a singular object pronoun (cue
// `meeting_pronoun_verb`) has that pronoun for one side: the party named before the noun in its sentence. The party
// after مع is the other side, read as the recipient already; the pronoun's side is the actor (branch deal55).
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { statesOfUnits } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** The verb of bringing together right after the noun, past its relative pronoun (in the hit or after it). */
function pronounVerbAfter(c: Clause, hit: TriggerHit): boolean {
  const last = c.tokens[hit.end - 1] as Token;
  const at = tokenIn(c.cues.relative, last)
    ? hit.end
    : tokenIn(c.cues.relative, c.tokens[hit.end])
      ? hit.end + 1
      : -1;
  return at > 0 && at < c.sentenceEnd && tokenIn(c.cues.meetingPronounVerb, c.tokens[at]);
}

/**
 * The sides of such a meeting: the pronoun's side (the nearest party before the meeting noun in its sentence that is
 * no place, names a state and shares none with the other side) as actor, the party after the noun as recipient,
 * whether it was read as the recipient or, with none, as the actor. Null when the noun is no meeting noun, no such
 * verb follows, or the sides are read already.
 */
export function pronounSides(
  c: Clause,
  hit: TriggerHit,
  args: { actor: PartyUnit[]; recipient: PartyUnit[] },
  /** The units of the whole text: the pronoun's side may stand before the clause (`إلى الزعيم … في عشاء القمة`). */
  units: readonly PartyUnit[],
): { actor: PartyUnit[]; recipient: PartyUnit[] } | null {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "noun") return null;
  const after = (us: readonly PartyUnit[]) => us.length > 0 && us.every((u) => u.first >= hit.end);
  let other: PartyUnit[];
  if (args.actor.length === 0 && args.recipient.length > 0) other = args.recipient;
  else if (args.recipient.length === 0 && after(args.actor)) other = args.actor;
  else return null;
  if (!pronounVerbAfter(c, hit)) return null;
  const theirs = statesOfUnits(other);
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i] as PartyUnit;
    if (u.end > hit.first || u.first < c.sentenceStart || u.place) continue;
    const mine = statesOfUnits([u]);
    if (mine.has(null) || [...mine].some((s) => theirs.has(s))) continue;
    return { actor: [u], recipient: other };
  }
  return null;
}

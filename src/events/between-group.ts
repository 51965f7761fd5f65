// The two sides of a trigger whose frame takes بين (`الاتفاق بين مصر والسودان`): the group after بين in its
// clause, the pair a between pronoun names (`بينه وبين العاهل`, between-pronoun.ts), else the members of
// the body whose meeting it is (comprised.ts). Split from arguments.ts (findArguments).
import type { Clause, PartyUnit } from "./arguments.ts";
import { betweenPronounSides } from "./between-pronoun.ts";
import { groupAt, unitFrom } from "./clause-units.ts";
import { comprisedMembers } from "./comprised.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** The sides between which the trigger's act happens, first first; none when its frame takes no بين. */
export function betweenGroup(c: Clause, hit: TriggerHit): PartyUnit[] {
  if (!hit.trigger.frame.includes("between")) return [];
  // الحديث الذي دار بينه وبين العاهل: the relative clause of the noun's happening holds its two sides.
  if (tokenIn(c.cues.relative, c.tokens[hit.end]))
    for (let k = hit.end + 1; k <= hit.end + 2 && k < c.sentenceEnd; k++) {
      const sides = betweenPronounSides(c, k, c.sentenceEnd);
      if (sides.length > 0) return sides;
    }
  for (let k = hit.end; k < c.end; k++) {
    const sides = betweenPronounSides(c, k);
    if (sides.length > 0) return sides;
    if (!tokenIn(c.cues.between, c.tokens[k])) continue;
    const u = unitFrom(c, k + 1, 3);
    return u ? groupAt(c, u) : [];
  }
  return comprisedMembers(c, hit); // الاجتماع الأول للجنة ثلاثية تضم مصر وإثيوبيا (comprised.ts)
}

// The side met when a meeting's clause names none, read from constructions around its noun. Split from
// act-sides.ts at the forty-ninth merge, when that file passed 400 lines; the readings are unchanged:
// - `خلال قمة هلسنكي`: a summit named by its host city takes the sentence's other state (host-summit.ts);
// - `اجتمعت اللجنة المصرية السودانية`: a joint body's nisba stacked with the actor's (nisba-pair.ts);
// - `وذلك في اتصال هاتفي بينهما`: the person met is named before the call (call-partner.ts).
import type { EntitiesResult } from "../entities/index.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { callPartnerBefore } from "./call-partner.ts";
import { hostSummitPartner } from "./host-summit.ts";
import { stackedPartners } from "./nisba-pair.ts";
import type { TriggerHit } from "./triggers.ts";

/** The side met, from a host city, stacked nisbas or a pair pronoun; none when no construction names it. */
export function partnerAround(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  mentions: EntitiesResult["mentions"],
): PartyUnit[] {
  const host = hostSummitPartner(c, hit, actor, mentions);
  if (host) return [host];
  const stacked = stackedPartners(c, hit, actor);
  return stacked.length > 0 ? stacked : callPartnerBefore(c, hit, actor);
}

// `تظاهر المئات أمام السفارة الأمريكية بالأردن`: a protest at a state's mission by a crowd the text gives no
// state (a count, `متظاهرون`) is the protest of the people of the place where the mission stands: the state of
// the first place named after the mission (after ب or في, a few words on, in the same clause) is the actor
// (PLOVER PROTEST demo: the protesters' state against the mission's). A place of the mission's own state
// (`السفارة الإسرائيلية في القدس`) names no protester, and neither does a place before the mission. Read only
// when the clause named no actor and the protest's verb opens its clause, after one connective at most (`نظمت جمعية … وقفة احتجاجية أمام القنصلية
// السعودية في إسطنبول`: the body is the maker, of no state, and the protest a noun after its verb), so `تظاهر مئات اللبنانيين أمام السفارة` keeps its
// nisba. A seat the entity stage reads into the mission's name (`القنصلية التركية في برلين`) is not reached.
// Branch force56.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText } from "../pipeline/types.ts";
import type { Arguments, PartyUnit } from "./arguments.ts";
import type { ClauseSpan } from "./clauses.ts";
import { statesOfUnits } from "./clause-units.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { mentionUnit } from "./judged-place.ts";

/** How many words after the mission the place may stand (`أمام مقر السفارة الأمريكية الجديد في لندن`). */
const PLACE_REACH = 5;

/** The protesters' state, as a party unit, or null. */
export function protestPlace(
  arabic: ArabicText,
  found: EntitiesResult,
  span: ClauseSpan,
  hit: TriggerHit,
  args: Arguments,
  cues: EventCues,
): PartyUnit | null {
  if (hit.trigger.type !== "PROTEST" || args.actor.length > 0 || args.recipient.length === 0) return null;
  // نظمت جمعية … وقفة احتجاجية: a protest told after its maker's verb and subject is that maker's, whose state
  // the place is not; the crowd's own verb opens its clause (`حيث تظاهر المئات`، `واحتشد متظاهرون`).
  if (hit.first - span.start > 1) return null;
  const target = statesOfUnits(args.recipient);
  const after = Math.max(...args.recipient.map((u) => u.end));
  if (after < hit.end) return null;
  const place = found.mentions.find(
    (x) =>
      x.firstToken >= after &&
      x.firstToken <= after + PLACE_REACH &&
      x.endToken <= span.end &&
      x.country !== null &&
      !target.has(x.country) &&
      (x.type === "GPE" || x.type === "LOC") &&
      (x.prefix.endsWith("ب") || tokenIn(cues.locative, arabic.tokens[x.firstToken - 1])),
  );
  return place?.country ? mentionUnit(place) : null;
}

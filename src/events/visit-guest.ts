// زيارة رسمية لولي العهد السعودي إلى الولايات المتحدة: a visit noun's guest after ل, its destination after إلى.
import type { Token } from "../pipeline/types.ts";
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { groupAt, punctuated, statesOfUnits } from "./clause-units.ts";
import type { TriggerHit } from "./triggers.ts";

/** The key of `إلى`/`الى` (the tokenizer's keys write alif maqsura as ي). */
const TO_KEY = "الي";
/** How far after the ل party the إلى may stand (a nisba or a name's last word left out of the mention). */
const TO_REACH = 2;

/**
 * `في إطار زيارة رسمية لرئيس الوزراء الياباني إلى الهند`: a visit noun with no
 * agent whose only party read is after ل, and after it `إلى` and another state, has the ل party as its
 * visitor and the إلى party as where it goes (`زيارة لفرنسا` alone keeps its ل party the destination).
 */
export function guestAndDestination(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  recipient: readonly PartyUnit[],
): Arguments | null {
  if (hit.trigger.mode !== "visit" || hit.trigger.pos !== "noun" || actor.length > 0) return null;
  const guest = recipient.length === 1 ? (recipient[0] as PartyUnit) : undefined;
  if (!guest || guest.prefix.replace(/^[وف]/u, "") !== "ل") return null;
  for (let k = guest.end; k < Math.min(c.end, guest.end + TO_REACH + 1); k++) {
    if (punctuated(c, guest.end, k)) return null;
    const t = c.tokens[k] as Token;
    if (t.key !== TO_KEY) continue;
    const place = c.units.find((u) => u.first === k + 1 && u.end <= c.end && u.prefix === "");
    if (!place) return null;
    const destination = groupAt(c, place);
    const mine = statesOfUnits([guest]);
    if ([...statesOfUnits(destination)].some((s) => s === null || mine.has(s))) return null;
    return { actor: [guest], recipient: destination };
  }
  return null;
}

// A visit told as a noun whose destination is a place that is no state (`زيارة إلى مرتفعات الجولان`،
// `زيارته إلى منطقة الحدود`): the visit has its destination, and a state named later in the sentence
// (the one a speech there is addressed to) is not the state visited.
import type { Token } from "../pipeline/types.ts";
import type { Clause } from "./arguments.ts";
import { PREP_REACH } from "./clause-units.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words (an adjective: `زيارة رسمية إلى`) may stand between the noun and its preposition. */
const SLOT_REACH = 2;

/** The visit noun's own frame preposition comes right after it and no party follows within reach. */
export function placeDestination(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.mode !== "visit" || hit.trigger.pos !== "noun") return false;
  for (let k = hit.end; k < Math.min(c.sentenceEnd, hit.end + SLOT_REACH); k++) {
    const t = c.tokens[k] as Token | undefined;
    // زيارته لدوما: the preposition written on the place's own name, which is no party and has none after it.
    if (t && !t.linked) return false;
    if (t && t.bare.some((b) => b.prefix === "ل" && b.key !== "") && hit.trigger.frame.includes("ل"))
      return !c.all.some((u) => u.first >= k && u.first < k + PREP_REACH);
    if (!hit.trigger.frame.includes(t?.key ?? "")) continue;
    return !c.all.some((u) => u.first > k && u.first <= k + PREP_REACH);
  }
  return false;
}

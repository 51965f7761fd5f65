// An outlet a party spoke to is where the act was told, not its target: `ورفض الرئيس في تصريح للتلفزيون
// الرسمي الإيراني فكرة …`، `وقال في مقابلة مع صحيفة الأهرام المصرية`. The state nisba that describes an
// outlet (cue `outlet_word`, with at most one word of cue `outlet_adjective` between: `الرسمي`) named after
// ل on the outlet's word or after `مع` is no recipient of the act. Read by act-sides.ts beside its other
// recipient filters. Guard: only a nisba right after the outlet's word or its one adjective (or after a
// one-word name: `صحيفة الأهرام المصرية`); a state named as such (`مع الصين`) is never dropped.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import { markBetween } from "../arabic/gaps.ts";

/** How many words the outlet's word may stand before the nisba (`للتلفزيون الرسمي الإيراني`: two). */
const REACH = 2;

/** `u` is a nisba describing an outlet spoken to (`للتلفزيون الرسمي الإيراني`، `مع قناة الجزيرة القطرية`). */
export function outletSpokenTo(c: Clause, u: PartyUnit): boolean {
  if (u.type !== "NISBA" || u.prefix !== "") return false;
  for (let k = u.first - 1; k >= Math.max(c.sentenceStart, u.first - REACH); k--) {
    const t = c.tokens[k] as Token;
    if (tokenIn(c.cues.outletWord, t)) {
      const spokenTo = /ل/u.test(t.segments?.prefix ?? "") || c.tokens[k - 1]?.key === "مع";
      return spokenTo;
    }
    // Between the outlet and the nisba: an adjective of the outlet or a one-word name.
    if (k < u.first - 1 && !tokenIn(c.cues.outletAdjective, t)) return false;
    if (markBetween(c.text, t.end, (c.tokens[k + 1] as Token).start)) return false;
  }
  return false;
}

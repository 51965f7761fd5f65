// The owner of a noun's object on ل: in `رفضا لصفقة القرن الأمريكية` or `انتقادات للرئيس الأمريكي` the state
// after the object is the object's, not the refusal's or the criticism's agent. Docs: docs/EVENTS.md,
// "Twenty-eighth pass".
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** The types whose nouns take their object after ل (`انتقادات للرئيس`، `مطالبته للعاهل`، `رفضا لصفقة`). */
const SPEECH_ACTS = new Set(["ACCUSE", "REJECT", "REQUEST", "THREATEN"]);

/**
 * A word with proclitic ل between `from` and `to` (`لصفقة`): the object of the noun before it; not a
 * compound preposition (cue `lam_compound`: `بالتجسس لصالح الاستخبارات الروسية` names whom one works for).
 */
function objectOnLam(c: Clause, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = c.tokens[k] as Token;
    if (t.bare.some((b) => b.prefix === "ل") && !tokenIn(c.cues.lamCompound, t)) return true;
  }
  return false;
}

/** `u`, after a noun of speech to another, follows that noun's object on ل: it is the object's owner. */
export function speechObjectOwner(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  return SPEECH_ACTS.has(hit.trigger.type) && hit.trigger.pos === "noun" && objectOnLam(c, hit.end, u.first);
}

/**
 * `u`, a nisba after a noun trigger, follows the noun's object on ل (`ووجهت إسرائيل ضربة لمواقع إيرانية`): when a
 * light verb before carries the noun, its subject is the agent and the nisba is the object's (caller's check).
 */
export function lamObjectNisba(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  return (
    hit.trigger.pos === "noun" && u.type === "NISBA" && u.prefix === "" && objectOnLam(c, hit.end, u.first)
  );
}

// The state of the dead is no addressee: `طالب الأمين العام بتحقيق مستقل في مقتل الفلسطينيين` asks the
// inquiry of whoever holds it, not of the Palestinians; `رفضت إسرائيل التحقيق في مقتل فلسطينيين`
// refuses those who asked for it. Docs: docs/EVENTS.md, "Twenty-seventh pass: the wrong party".
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** Acts told to someone, whose addressee a victim is not (a force act's dead are its target). */
const TOLD_TYPES = new Set(["ACCUSE", "REQUEST", "REJECT", "THREATEN"]);
/** How many count words or numbers may stand between the death noun and the dead (`مقتل عشرات الآلاف من`). */
const COUNT_REACH = 2;

/** `u` names the dead of a death noun (cue `death_head`): right after it, or after a count of them. */
export function deadOf(c: Clause, u: PartyUnit): boolean {
  if (u.prefix.replace(/^[وف]/u, "") !== "") return false;
  let j = u.first - 1;
  for (let n = 0; n < COUNT_REACH && j > c.sentenceStart; n++) {
    const t = c.tokens[j] as Token;
    if (!/^[\d٠-٩]+$/u.test(t.text) && !tokenIn(c.cues.countWord, t)) break;
    j--;
  }
  return j >= c.sentenceStart && tokenIn(c.cues.deathHead, c.tokens[j]);
}

/** The recipients of a told act without the dead its sentence names. */
export function withoutDead(c: Clause, hit: TriggerHit, recipient: PartyUnit[]): PartyUnit[] {
  if (!TOLD_TYPES.has(hit.trigger.type)) return recipient;
  // نفت موسكو أي صلة بوفاة البريطانية: a denial answers the charge, which the dead's state most often made.
  if (tokenIn(c.cues.denialVerb, c.tokens[hit.first])) return recipient;
  return recipient.filter((u) => !deadOf(c, u));
}

// What a deal covers is not who made it: `كان عليهم أن يتوصلوا لاتفاق يغطي اليمن وسوريا` names no side of
// the deal; Yemen and Syria are its content. A verb of covering or including (cue `content_verb`) right
// after a noun trigger (or a verb trigger and its deal noun) ends the reach of that noun: the states after
// the verb are no side of it. Not after a meeting noun, where the verb lists who takes part (`محادثات
// تشمل الصين والولايات المتحدة`).
import type { Clause, PartyUnit } from "./arguments.ts";
import type { TriggerHit } from "./triggers.ts";
import { tokenIn } from "./cues.ts";

/** How many tokens after the trigger the content verb may stand (`توصلا لاتفاق يغطي`: the deal noun between). */
const REACH = 2;

/**
 * The clause without the units after a content verb that follows a noun trigger, or a verb trigger and
 * its deal noun, with no party between; else the clause.
 */
export function contentBounded(c: Clause, hit: TriggerHit): Clause {
  if (hit.trigger.type === "CONSULT") return c;
  const sentence = c.tokens[hit.first]?.sentence;
  for (let k = hit.end; k <= hit.end + REACH && k < c.sentenceEnd; k++) {
    if (c.units.some((u) => u.first >= hit.end && u.first <= k)) return c;
    const verb = c.tokens[k];
    if (!verb || verb.sentence !== sentence) return c;
    if (!tokenIn(c.cues.contentVerb, verb)) continue;
    const before = (u: PartyUnit): boolean => u.first < k;
    return { ...c, all: c.all.filter(before), units: c.units.filter(before) };
  }
  return c;
}

// What a deal covers is not who made it: `كان عليهم أن يتوصلوا لاتفاق يغطي اليمن وسوريا` names no side of
// the deal; Yemen and Syria are its content. A verb of covering or including (cue `content_verb`) right
// after a noun trigger ends the reach of that noun: the states after the verb are no side of it. Not after
// a meeting noun, where the verb lists who takes part (`محادثات تشمل الصين والولايات المتحدة`).
import type { Clause, PartyUnit } from "./arguments.ts";
import type { TriggerHit } from "./triggers.ts";
import { tokenIn } from "./cues.ts";

/** The clause without the units after a content verb that follows a noun trigger; else the clause. */
export function contentBounded(c: Clause, hit: TriggerHit): Clause {
  if (hit.trigger.pos !== "noun" || hit.trigger.type === "CONSULT") return c;
  const verb = c.tokens[hit.end];
  if (!verb || verb.sentence !== c.tokens[hit.first]?.sentence || !tokenIn(c.cues.contentVerb, verb))
    return c;
  const before = (u: PartyUnit): boolean => u.first < hit.end;
  return { ...c, all: c.all.filter(before), units: c.units.filter(before) };
}

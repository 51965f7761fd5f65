// `وعقد مجلس الأمن اجتماعا طارئا، دعت إليه روسيا`، `قبل يوم من اجتماع استثنائي دعت إليه روسيا للمجلس التنفيذي
// للمنظمة`: a verb of calling whose content is a pronoun on إلى or ل right after it (cue `called_to`) tells of the
// meeting named before it, in a relative clause with no relative pronoun. The party right after that pronoun is the
// verb's subject, the caller, never the one asked; the one asked is the body after ل past the caller (the body the
// meeting is of), else the sentence's subject when it is an international body (the body that met).
import { matrixSubject } from "./actor.ts";
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { groupAt, statesOfUnits } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far after the caller the body it called to meet may start (`روسيا- للمجلس التنفيذي لمنظمة`). */
const BODY_REACH = 3;

/** The caller after the pronoun asked the body named after it with ل, else the sentence's subject. */
export function calledTo(c: Clause, hit: TriggerHit): Arguments | null {
  if (hit.trigger.type !== "REQUEST" || hit.trigger.pos !== "verb") return null;
  if (!tokenIn(c.cues.calledTo, c.tokens[hit.end])) return null;
  const caller = c.all.find((u) => u.first === hit.end + 1 && u.prefix === "");
  if (!caller) return null;
  const actor = groupAt(c, caller);
  const mine = statesOfUnits(actor);
  const end = Math.max(...actor.map((u) => u.end));
  const other = (u: PartyUnit) => u.parties.every((p) => !mine.has(p.country));
  const body = c.all.find(
    (u) => u.first >= end && u.first < end + BODY_REACH && /ل$/u.test(u.prefix) && other(u),
  );
  // وقف إطلاق النار، الذي دعا إليه مجلس الأمن: a truce called for asks no one; only a body that met was asked.
  const met = matrixSubject(c, hit).filter((u) => other(u) && u.parties.every((p) => p.country === "IGO"));
  const asked = body ? [body] : met;
  return { actor, recipient: asked, fromPhrase: true };
}

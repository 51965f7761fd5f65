// `وحث الولايات المتحدة على احترام مصالح الصين`، `قد دعا واشنطن إلى البقاء`: a masculine perfect verb of calling
// (cue `masculine_call`) cannot take a state or capital of feminine name as its subject; the state right after it is
// the one asked, and the caller is the sentence's subject before the verb (its opening party). A state of masculine
// name (cue `masculine_state`: العراق، لبنان …) may be the verb's subject and is left to the plain reading.
import type { Token } from "../pipeline/types.ts";
import { matrixSubject } from "./actor.ts";
import type { Arguments, Clause } from "./arguments.ts";
import { groupAt, statesOfUnits } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

export function objectCalled(c: Clause, hit: TriggerHit): Arguments | null {
  if (hit.trigger.type !== "REQUEST" || hit.trigger.pos !== "verb" || hit.end !== hit.first + 1) return null;
  const verb = c.tokens[hit.first] as Token;
  if (!tokenIn(c.cues.masculineCall, verb) || /^[وف]?س/u.test(hit.prefix)) return null;
  const asked = c.units.find((u) => u.first === hit.end && u.prefix === "" && u.end <= c.end);
  if (!asked || asked.type !== "GPE" || tokenIn(c.cues.masculineState, c.tokens[asked.first])) return null;
  const recipient = groupAt(c, asked);
  if (recipient.some((u) => u.type !== "GPE")) return null;
  const mine = statesOfUnits(recipient);
  const actor = matrixSubject(c, hit).filter((u) => u.parties.every((p) => !mine.has(p.country)));
  return actor.length > 0 ? { actor, recipient } : null;
}

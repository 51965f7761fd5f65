// `رحب السفير الأمريكي بالحضور ومنهم رئيس الوزراء الإسرائيلي`، `ورحبت الملكة بضيوفها`: a verb of welcome (cue
// welcome_verb) whose ب-object, right after its subject, is the guests (cue guest_noun) is a host greeting the
// people at an occasion, not praise of a state's act or stance (PLOVER's SUPPORT): the states named in the guest
// list after it are guests, not the welcomed. A welcome of a deed (`رحب بالخطوة`) or of a state (`رحب بقرار
// مصر`) keeps its reading (branch support58).
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { objectAt } from "./arguments.ts";
import { tokenProclitic } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** The word carries ب as its preposition (`بالحضور`، `بضيوفه`). */
const BA = ["ب"];

/** Whether `hit` is a verb of welcome whose object right after its subject is the guests greeted. */
export function guestsWelcomed(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): boolean {
  if (hit.trigger.type !== "SUPPORT" || hit.trigger.pos !== "verb") return false;
  if (!tokenIn(c.cues.welcomeVerb, c.tokens[hit.first])) return false;
  const k = objectAt(hit, actor);
  if (k >= c.sentenceEnd) return false;
  const t = c.tokens[k] as Token;
  return tokenProclitic(t, BA) && tokenIn(c.cues.guestNoun, t);
}

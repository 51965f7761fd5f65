// `تظاهروا ضد قصف اليمن`، `غزو العراق عام 2003`: the verbal noun of a transitive act of force (cue
// `object_genitive_act`: قصف، غزو، احتلال، اجتياح، ضرب) takes the state struck as its genitive; the state is
// its agent only when a target follows it (`قصف إسرائيل لقطاع غزة`، `غزو العراق للكويت`، `هجوم ألمانيا
// بقيادة هتلر على بولندا`). Read by actor.ts: a bare state right after such a noun, with no target
// after it, is not the act's agent.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far after the genitive its target may stand (`هجوم ألمانيا بقيادة زعيمها على بولندا`). */
const TARGET_REACH = 5;

/** Prepositions that name the target of an act of force after its agent. */
const TARGET_PREPS: ReadonlySet<string> = new Set(["علي", "ضد"]);

/** The genitive `u` right after the act's noun is the state it was done to (no target after it). */
export function struckGenitive(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  if (u.first !== hit.end || u.prefix !== "" || u.type !== "GPE") return false;
  if (hit.end - hit.first !== 1 || !tokenIn(c.cues.objectGenitiveAct, c.tokens[hit.first])) return false;
  const to = Math.min(c.sentenceEnd, u.end + TARGET_REACH);
  for (let k = u.end; k < to; k++) {
    if (punctuated(c, k, k)) return true;
    const t = c.tokens[k] as Token;
    if (TARGET_PREPS.has(t.key) || t.bare.some((b) => /^[وف]?لل?$/u.test(b.prefix))) return false;
  }
  return true;
}

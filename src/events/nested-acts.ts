// An act told inside another (`قبلت تركيا اقتراح السعودية`): whether it stands as an event of its own
// (its own agent right after its noun, of another state than the act that takes it), and whom it was
// addressed to when its clause names no one. Moved out of findEvents (index.ts), where it read the
// loop's events; it reads them through `Told` now.
import type { Arguments, PartyUnit } from "./arguments.ts";
import { lastInSentence, type Told } from "./told.ts";
import type { TriggerHit } from "./triggers.ts";
import { statesOfUnits } from "./clause-units.ts";

/** Types of the acts that answer an act addressed to their actor: accepting, refusing, condemning it. */
export const ADDRESSEE_TAKERS: ReadonlySet<string> = new Set(["AGREE", "REJECT", "ACCUSE"]);

/** A nested act read: why it is no event, or its recipient. */
export type NestedAct = { lost: string } | { lost: null; recipient: PartyUnit[] };

/**
 * The act `hit`, told inside the act `within`: it keeps its own agent, the state right after its
 * noun; one addressed to no one named was addressed to the state that accepted, refused or condemned
 * it (not to one that only welcomed it).
 */
export function nestedAct(
  hit: TriggerHit,
  within: TriggerHit,
  args: Arguments,
  told: Told,
  sentenceIndex: number,
): NestedAct {
  // يدين الضربات التي شنتها الولايات المتحدة على سوريا: a noun carried by its relative clause is its
  // agent's act on the target that clause names after the agent (carried-act.ts, carrier-recipient.ts),
  // whoever took it; with no target named there, it is none (the act that took it is no addressee).
  if (hit.carried) {
    if (args.actor.length === 0 || args.actor.some((u) => u.first < hit.end)) return { lost: "no actor" };
    if (args.recipient.length === 0) return { lost: "no target in the relative clause" };
    return { lost: null, recipient: args.recipient };
  }
  if (!args.actor.some((u) => u.first === hit.end)) return { lost: "no actor" };
  // أدانت إيران واستنكرت تحذيرات …: a taker folded into its sentence's same event is that event.
  const taker = told.eventOf.get(within) ?? lastInSentence(told, sentenceIndex);
  // تجاهل ماتيس اقتراح ترامب: a proposal answered in its own state is no act between states.
  const own = statesOfUnits(args.actor);
  if (!taker || taker.actor.every((p) => own.has(p.country))) return { lost: "same state" };
  if (args.recipient.length === 0 && ADDRESSEE_TAKERS.has(within.trigger.type)) {
    const answered = taker.actor.filter((p) => !own.has(p.country));
    if (answered.length > 0) return { lost: null, recipient: [{ ...args.actor[0]!, parties: answered }] };
  }
  return { lost: null, recipient: args.recipient };
}

/**
 * A charge told inside the act that answers it (`نفت إيران الاتهامات السعودية والأمريكية`، `اتهامات السعودية
 * لها`): the states right after the charge noun, by name or nisba, told it, however the clause read them
 * (after a bare charge noun the state is the accused, `اتهام روسيا بالتدخل`). The run of units from the
 * noun's end goes to the actor; the other units stay where the clause put them. Branch accuse40.
 */
export function chargeTellers(hit: TriggerHit, args: Arguments): Arguments {
  if (hit.trigger.type !== "ACCUSE") return args;
  const all = [...args.actor, ...args.recipient].sort((a, b) => a.first - b.first);
  const run: PartyUnit[] = [];
  let at = hit.end;
  for (const u of all)
    if (u.first === at) {
      run.push(u);
      at = u.end;
    }
  if (run.length === 0) return args;
  const rest = (us: readonly PartyUnit[]) => us.filter((u) => !run.includes(u));
  // بتزويد الحوثيين: a group of no state named in the charge is what it is about, not the one charged.
  const stated = rest(args.recipient).filter((u) => u.parties.some((p) => p.country !== null));
  return { ...args, actor: [...run, ...rest(args.actor)], recipient: stated };
}

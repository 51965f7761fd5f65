// An objection told in a concessive phrase (`وأعادت واشنطن العقوبات على طهران رغم معارضة بريطانيا وفرنسا`،
// `تستعد واشنطن لفرض عقوبات … رغم اعتراض كل من بريطانيا وفرنسا والصين`، `على الرغم من رفض موسكو`): the
// states after the noun of objection object to the act the clause before tells, so the REJECT is theirs,
// aimed at that act's actor. The trigger rows open with the concessive word (lexicons/triggers.tsv), so the
// noun is no object of the act before it (triggers.ts). `كل من` (each of) opens the list of objectors.
import type { Party, Token } from "../pipeline/types.ts";
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import { eachOfAt } from "./each-subject.ts";
import type { TriggerHit } from "./triggers.ts";

/** The hit is a REJECT whose form opens with a concessive word (cue concessive: رغم، الرغم). */
export function concessiveObjection(clause: Clause, hit: TriggerHit): boolean {
  return hit.trigger.type === "REJECT" && tokenIn(clause.cues.concessive, clause.tokens[hit.first] as Token);
}

/**
 * Sets the sides of a concessive objection: `كل من` after the noun opens its actors (read first as the
 * noun's object); with no recipient named after it (`للقرار الأمريكي`), the actor of the act the clause
 * before tells (`before`, the last event told in the sentence) is the one objected to. No recipient when
 * no act was told before it, or when that act's actor is one of the objectors' states.
 */
export function concededSides(
  args: Arguments,
  hit: TriggerHit,
  clause: Clause,
  units: readonly PartyUnit[],
  before: { actor: readonly Party[] } | undefined,
): void {
  if (!concessiveObjection(clause, hit)) return;
  if (args.actor.length === 0 && eachOfAt(clause, hit.end) && args.recipient[0]?.first === hit.end + 2) {
    args.actor = args.recipient;
    args.recipient = [];
  }
  // رغم معارضة الكونجرس للاتفاقية النووية مع إيران: a state after مع is a party of the thing objected to, not its owner.
  args.recipient = args.recipient.filter((u) => clause.tokens[u.first - 1]?.key !== "مع");
  if (args.actor.length === 0 || args.recipient.length > 0 || !before) return;
  const objectors = new Set(args.actor.flatMap((u) => u.parties.map((p) => p.country)));
  const wanted = new Set(before.actor.map((p) => p.country));
  if (wanted.has(null) || [...wanted].some((c) => objectors.has(c))) return;
  const sentence = (clause.tokens[hit.first] as Token).sentence;
  const doer = units.filter(
    (u) =>
      u.end <= hit.first &&
      !u.place &&
      (clause.tokens[u.first] as Token).sentence === sentence &&
      u.parties.length > 0 &&
      u.parties.every((p) => wanted.has(p.country)),
  );
  if (doer.length > 0) args.recipient = [doer[0] as PartyUnit];
}

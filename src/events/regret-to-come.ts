// When a regret or a price is one to come, so a threat (sixty-sixth pass, branch threaten66). The
// carrier `regret` (ستندم، ستدفع ثمنا باهظا) was read only with the future prefix س or a bare سوف before
// it; the same warning is told with a conjunction on سوف (`وسوف يندمون`), with a duty right before the
// verb (cue regret_duty: `إيران يجب أن تدفع الثمن`، `لا بد أن تدفع ثمن جرائمها`), or with a causative to come
// (cue regret_causative: `ستجعل واشنطن تندم`). A negated duty (`لا يجب أن`، `يجب ألا`) is no threat.
import type { Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** How far before the regret verb أن may stand (a subject between: `يجب أن إيران تدفع` is rare, one word). */
const DUTY_REACH = 3;

/** The index of the duty verb of `يجب أن` right before the regret verb (not negated), or -1. */
function dutyAt(tokens: readonly Token[], first: number, cues: EventCues): number {
  for (let k = first - 1; k >= Math.max(1, first - DUTY_REACH); k--) {
    if ((tokens[k] as Token).key !== "ان") continue;
    const duty = tokens[k - 1] as Token;
    if (!tokenIn(cues.regretDuty, duty)) return -1;
    // لا بد أن: the negation is part of the duty; لا يجب أن: a duty denied.
    if (duty.key.endsWith("بد")) return k - 1;
    const neg = tokens[k - 2];
    return neg && tokenIn(cues.negation, neg) ? -1 : k - 1;
  }
  return -1;
}

/** True when the regret verb at `first` (its proclitics `prefix`) is one to come. */
export function regretToCome(
  tokens: readonly Token[],
  hit: { first: number; prefix: string },
  cues: EventCues,
): boolean {
  if (hit.prefix.includes("س")) return true;
  const before = tokens[hit.first - 1];
  if (before && /^[وف]?سوف$/u.test(before.key)) return true;
  if (dutyAt(tokens, hit.first, cues) >= 0) return true;
  // ستجعل واشنطن تندم: the causative two or three words before, its object between.
  for (let k = hit.first - 2; k >= Math.max(0, hit.first - 3); k--)
    if (tokenIn(cues.regretCausative, tokens[k])) return true;
  return false;
}

/** The state that must pay when a duty stands before the regret verb: the party right before the duty verb. */
export function dutySubject(
  tokens: readonly Token[],
  units: readonly PartyUnit[],
  hit: { first: number },
  cues: EventCues,
): PartyUnit | null {
  const duty = dutyAt(tokens, hit.first, cues);
  if (duty < 0) return null;
  const start = tokens[duty]?.key.endsWith("بد") && tokens[duty - 1]?.key === "لا" ? duty - 1 : duty;
  return units.find((u) => !u.place && u.end === start && !/[لب]/u.test(u.prefix)) ?? null;
}

// A threat told with a condition on a state (sixty-sixth pass, second wave, branch cond66): a threat verb or a
// response to come (هدد، توعد، حذر، سترد) that finds no target in its clause, with a condition word a few words
// after it (cue condition_if: إذا، في حال، ما لم، إن لم) and a state right after that word, threatens that state
// (`ترامب يهدد بعقاب قاس إذا ثبت تورط السعودية`، `تعهد ظريف بأن تواصل بلاده برنامجها ... في حال انسحبت واشنطن`).
// The state is the condition's subject or the genitive of its verbal noun, at most three words after the condition
// word; a state of the actor's own (`إذا لم تغادر مصر`) or a place after في is none.
import type { Party, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words after the threat the condition word may stand. */
const CONDITION_REACH = 14;
/** How many words after the condition word its state may stand (its verb and a word between). */
const SUBJECT_REACH = 3;

/** The index of a condition word after the act (`إذا`، `في حال`، `ما لم`، `إن لم`), in its sentence, or -1. */
export function conditionAfter(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): number {
  const sentence = (tokens[hit.first] as Token).sentence;
  for (let k = hit.end; k < Math.min(tokens.length, hit.end + CONDITION_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || /^[.؟!:]$/u.test(t.text)) return -1;
    if (!tokenIn(cues.conditionIf, t)) continue;
    const before = tokens[k - 1]?.key ?? "";
    if (t.key.endsWith("حال") && before !== "في") continue;
    if (t.key === "لم" && before !== "ما" && before !== "ان") continue;
    return k;
  }
  return -1;
}

/** The recipient of a threat: `recipient` when it has one, else the state its condition names (see above). */
export function conditionTarget(
  tokens: readonly Token[],
  units: readonly PartyUnit[],
  hit: TriggerHit,
  actor: Party[],
  recipient: Party[],
  cues: EventCues,
): Party[] {
  if (hit.trigger.type !== "THREATEN" || recipient.length > 0 || actor.length === 0) return recipient;
  const at = conditionAfter(tokens, hit, cues);
  if (at < 0) return recipient;
  const u = units.find((v) => v.first > at && v.first <= at + SUBJECT_REACH);
  if (!u || u.place) return recipient;
  const own = new Set(actor.map((p) => p.country));
  if (u.parties.some((p) => p.country === null || own.has(p.country))) return recipient;
  return [...u.parties];
}

// Polarity and modality of an event from the cues before its trigger.
import type { Modality, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many tokens before a trigger a negation particle may stand (`لم يلتق`, `لم يعد يلتقي`). */
const NEGATION_REACH = 2;
/** How many tokens before a trigger a modal cue may stand (`من المقرر أن يعقد الجانبان محادثات`). */
const MODAL_REACH = 6;

export interface Polarity {
  negated: boolean;
  modality: Modality;
}

export function polarity(
  tokens: readonly Token[],
  hit: TriggerHit,
  clauseStart: number,
  cues: EventCues,
): Polarity {
  const before = (reach: number) => tokens.slice(Math.max(clauseStart, hit.first - reach), hit.first);
  const negated =
    before(NEGATION_REACH).some((t) => tokenIn(cues.negation, t)) ||
    before(MODAL_REACH).some((t) => tokenIn(cues.negationVerb, t));
  const modal = before(MODAL_REACH);
  let modality: Modality = "asserted";
  if (modal.some((t) => tokenIn(cues.conditional, t))) modality = "conditional";
  else if (hit.trigger.type !== "REQUEST" && modal.some((t) => tokenIn(cues.request, t)))
    modality = "requested";
  else if (hit.trigger.type !== "REQUEST" && modal.some((t) => tokenIn(cues.proposal, t)))
    modality = "proposed";
  else if (hit.prefix.includes("س") || modal.some((t) => tokenIn(cues.future, t))) modality = "future";
  return { negated, modality };
}

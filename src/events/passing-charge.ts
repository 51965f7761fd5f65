// `حذرت تركيا فرنسا من تكرار الخطأ الذي ارتكبته الولايات المتحدة`: a blameworthy deed told by its doer's
// relative clause (a `behind` verb read through its antecedent, trigger-fit.ts NEEDED_BEFORE) is a charge made
// in passing. A later act with no recipient of its own does not answer it (sides.ts implicitRecipient): the
// relative clause after it (`التي تهدد أنقرة بمهاجمتها`) still aims where the sentence's main act aims.
import type { Event } from "../pipeline/types.ts";
import type { TriggerHit } from "./triggers.ts";

const passing = new WeakSet<Event>();

/** Marks `event` when its hit is a charge told in passing. */
export function markPassingCharge(hit: TriggerHit, event: Event): void {
  if (hit.trigger.behind && hit.trigger.antecedent) passing.add(event);
}

/** Whether `event` is a charge told in passing, which lends no recipient to a later act. */
export function passingCharge(event: Event): boolean {
  return passing.has(event);
}

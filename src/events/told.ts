// What the event stage has told so far in a document, for the rules that look back at it: the act an
// act told inside it answers (`nested-acts.ts`), a coordinated act's actor, a dual verb's two states.
import type { Event } from "../pipeline/types.ts";
import type { TriggerHit } from "./triggers.ts";

export interface Told {
  /** The events, in the order their triggers were read. */
  readonly events: Event[];
  /** The sentence each event was told in. */
  readonly sentenceOf: Map<Event, number>;
  /** The event each trigger gave, for the acts told inside it (`within`). */
  readonly eventOf: Map<TriggerHit, Event>;
  /**
   * Events whose actor is not their clause's subject (`استقبل السيسي وزير الخارجية الأمريكي`: the
   * visitor acts; `حظيت روسيا بدعم الصين`: the giver acts): a verb coordinated after one shares the
   * subject, its recipient.
   */
  readonly swapped: Set<Event>;
}

/** The last event told, when it was told in this sentence. */
export function lastInSentence(told: Told, sentenceIndex: number): Event | undefined {
  const last = told.events[told.events.length - 1];
  return last && told.sentenceOf.get(last) === sentenceIndex ? last : undefined;
}

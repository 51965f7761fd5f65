// A backing told of several backers is one SUPPORT event each (findEvents, index.ts): the event made keeps
// the first backer, and each other gets an event of its own. Split from index.ts.
import type { ArabicText, Event, Party } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { Told } from "./told.ts";
import type { TriggerHit } from "./triggers.ts";

/** Splits `event`, just told, into one event a backer when its act is a backing of several backers. */
export function eachBacker(
  arabic: ArabicText,
  hit: TriggerHit,
  event: Event,
  actor: readonly Party[],
  told: Told,
  sentenceIndex: number,
  cues: EventCues,
): void {
  const { events, sentenceOf } = told;
  // النظام السوري المدعوم من روسيا وإيران: each backer backs the body on its own (backed.ts); so too backing
  // received in a relative clause (الحكومة السورية، التي تتلقى دعما من إيران وروسيا), a phrase of the sentence.
  const receivedBacking =
    hit.trigger.received &&
    hit.trigger.type === "SUPPORT" &&
    tokenIn(cues.relative, arabic.tokens[hit.first - 1]);
  if ((hit.trigger.backed || hit.trigger.backing || receivedBacking) && actor.length > 1) {
    event.actor = [actor[0] as Party];
    for (const p of actor.slice(1)) {
      const other: Event = { ...event, actor: [p], id: `v${events.length + 1}` };
      events.push(other);
      sentenceOf.set(other, sentenceIndex);
    }
  }
}

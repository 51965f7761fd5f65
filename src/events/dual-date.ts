// `تحدثت رئيسة الوزراء مع ترامب مساء الخميس، وأنهما اتفقا على مواصلة العمل`: a dual verb whose subject
// is the two states of the event just told in its own sentence (borrowed-sides.ts, `elidedDual`) tells
// what the two did at that event; with no date of its own it takes that event's date, not the day of
// its report. Only within one sentence: a dual verb in the next sentence may tell a later step.
import type { Event } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import type { Told } from "./told.ts";
import type { TriggerHit } from "./triggers.ts";

export function dualBorrowedDate(
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  told: Told,
  sentenceIndex: number,
): Pick<Event, "date" | "end_date" | "date_text"> | null {
  const unit = actor[0];
  if (actor.length !== 1 || !unit || unit.type !== "DUAL" || unit.first !== hit.first) return null;
  const last = told.events[told.events.length - 1];
  if (!last || told.sentenceOf.get(last) !== sentenceIndex || last.date_text === null) return null;
  return { date: last.date, end_date: last.end_date, date_text: last.date_text };
}

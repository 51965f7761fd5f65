// Events for the link stage's unit tests: an asserted CONSULT with nothing else set, unless given.
import type { Event, Party } from "../pipeline/types.ts";

export const party = (country: string | null, entity: string | null = null): Party => ({
  entity,
  text: "",
  country,
  sector: null,
});

export function eventOf(partial: Partial<Event>): Event {
  return {
    id: "v1",
    type: "CONSULT",
    mode: null,
    context: [],
    actor: [],
    recipient: [],
    date: null,
    end_date: null,
    date_text: null,
    location: null,
    negated: false,
    modality: "asserted",
    mechanism: null,
    source: null,
    evidence: { text: "", start: 0, end: 0 },
    cameo: "04",
    quad: 1,
    intensity: 1,
    ...partial,
  };
}

/** A USA → CHN meeting on 10 March 2026 unless told otherwise. */
export const meeting = (partial: Partial<Event>): Event =>
  eventOf({ actor: [party("USA", "e1")], recipient: [party("CHN", "e2")], date: "2026-03-10", ...partial });

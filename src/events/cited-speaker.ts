// `ونقلت وكالة شينخوا عن وزير الدفاع الصيني قوله إن على واشنطن …`: a report verb (cue `report_verb`) cites
// the speaker after its `عن`; the duty the quoted words lay is that speaker's demand, not the outlet's.
import { keyOf } from "../arabic/normalize.ts";
import type { Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";

const CITED_FROM = keyOf("عن");

/** How far after `عن` the speaker's party may start: past a title (`عن وزير الدفاع الصيني`). */
const TITLE_WORDS = 3;

/** The party after the first `عن` between the report verb at `verb` and `end`, if `verb` is one. */
export function citedSpeaker(
  tokens: readonly Token[],
  units: readonly PartyUnit[],
  verb: number,
  end: number,
  cues: EventCues,
): PartyUnit | undefined {
  if (!tokenIn(cues.reportVerb, tokens[verb])) return undefined;
  for (let k = verb + 1; k < end; k++) {
    if (tokens[k]?.key !== CITED_FROM) continue;
    return units.find((u) => !u.place && u.first > k && u.first <= k + TITLE_WORDS && u.end <= end);
  }
  return undefined;
}

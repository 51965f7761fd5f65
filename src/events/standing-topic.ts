// A standing measure told as a noun phrase (`العقوبات الأمريكية على إيران`, a trigger row of carrier `standing`) is
// coded where the text tells it in passing: it stands whether or not the sentence dates it. Right after a preposition
// of topic (cue `topic_prep`: `وحول العقوبات الأمريكية على روسيا، أعلنت …`) or a word of talking (cue `talk_of`, or
// the عن/في it takes: `تحدث عن العقوبات …`) the noun is what is spoken of, and the sentence's own act, if any, is told
// by its verb; the noun there would take that act's place and its day (branch sanction49).
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import type { TriggerHit } from "./triggers.ts";

/** Whether the noun at `first` stands right after a preposition of topic or a word of talking (or its عن/في). */
export function standingTopic(
  tokens: readonly Token[],
  first: number,
  cues: Pick<EventCues, "topicPrep" | "talkOf">,
): boolean {
  const before = tokens[first - 1];
  if (before === undefined) return false;
  if (tokenIn(cues.topicPrep, before) || tokenIn(cues.talkOf, before)) return true;
  return (before.key === "عن" || before.key === "في") && tokenIn(cues.talkOf, tokens[first - 2]);
}

/** How many tokens from the end of a measure's noun (`end`, exclusive) its alternative's أو may stand. */
const CHOICE_REACH = 8;

/**
 * `سيحسم موقفه بشأن الانسحاب أو البقاء`، `ينتظرون كلمته حول خروج بلاده من المعاهدة أو تمديدها`: a measure's noun after a topic word (standingTopic) and joined, within its phrase (no mark between), to an
 * alternative by أو (cue `choice_or`) is one of the choices spoken of, no act told (branch sanction61).
 */
export function choiceTopic(
  tokens: readonly Token[],
  first: number,
  end: number,
  cues: Pick<EventCues, "topicPrep" | "talkOf" | "choiceOr">,
): boolean {
  if (!standingTopic(tokens, first, cues)) return false;
  const sentence = (tokens[first] as Token).sentence;
  for (let k = end; k < Math.min(tokens.length, end + CHOICE_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || !t.linked) return false;
    if (tokenIn(cues.choiceOr, t)) return true;
  }
  return false;
}

/**
 * `تتواصل العقوبات الأمريكية على قطاع الطاقة، وتسعى الصين … مع فنزويلا`: a standing measure's
 * target is named in its own phrase; a party past a mark after the noun belongs to another clause.
 */
export function standingFar(c: Clause, hit: TriggerHit, recipient: readonly PartyUnit[]): boolean {
  return (
    hit.trigger.standing === true &&
    recipient.length > 0 &&
    recipient.every((u) => u.first > hit.end && punctuated(c, hit.end, u.first))
  );
}

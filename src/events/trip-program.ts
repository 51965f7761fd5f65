// A meeting said not to be on a trip's programme (forty-eighth pass, consult48): `قال الوزير إنه لن يلتقي
// بالرئيس الصيني خلال زيارته لبكين، لكنه سيجتمع مع نظيره`، `ولن يلتقي جونسون مع ترامب خلال الزيارة`. `لن`
// before a meeting is a refusal (`لن نلتقي بهم`، `لن نجري أي محادثات معه`, PLOVER's REJECT) unless a visit
// or summit that frames it follows (`خلال`/`أثناء` + a noun of cue `trip_frame`): then it tells who is and who
// is not on the schedule of that trip, a meeting not going to happen (negated, AGREE future by the rule of
// meetings to come), not a party turning the other down.
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far after the meeting verb the trip's frame may stand (`لن يجتمع بوزير الدفاع الياباني هذه المرة خلال جولته`). */
const FRAME_REACH = 8;

/** A meeting verb whose refusal particle is a schedule's: a trip's frame follows it in its sentence. */
export function tripProgram(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): boolean {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "verb") return false;
  const sentence = (tokens[hit.first] as Token).sentence;
  for (let k = hit.end; k < Math.min(tokens.length - 1, hit.end + FRAME_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return false;
    if (tokenIn(cues.tripDuring, t) && tokenIn(cues.tripFrame, tokens[k + 1])) return true;
  }
  return false;
}

// A meeting told as the purpose of a trip still to come is still to come (round 61, consult61):
// `وسيسافر وزير الخارجية إلى موسكو للقاء نظيره الروسي`، `سيتوجه الرئيس إلى الرياض الأسبوع المقبل للاجتماع مع
// الملك`. The meeting noun after ل of purpose (cue meeting_purpose) carries no time of its own; it takes the
// time of the verb it serves. Only a verb in `س` + the imperfect before it in its clause makes it future, so
// `وصل بومبيو إلى الرياض للقاء الملك سلمان` stays a meeting told as held.
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { futureVerb } from "./shared-future.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words back the future verb may stand: its subject, a title, a place and a time come between. */
const PURPOSE_REACH = 10;

/** The meeting noun `hit` carries the ل of purpose (`للقاء`، `وللاجتماع`). */
function purposeMeeting(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): boolean {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "noun") return false;
  const t = tokens[hit.first];
  return t !== undefined && t.bare.some((b) => cues.meetingPurpose.has(b.key) && /^[وف]?ل$/u.test(b.prefix));
}

/**
 * A meeting noun after ل of purpose whose clause has, before it, a verb in `س` + the imperfect, with no
 * clause break, speech verb or sentence end between: the meeting is planned with the trip it serves.
 */
export function purposeOfFuture(
  tokens: readonly Token[],
  hit: TriggerHit,
  clauseStart: number,
  cues: EventCues,
): boolean {
  if (!purposeMeeting(tokens, hit, cues)) return false;
  const sentence = (tokens[hit.first] as Token).sentence;
  for (let k = hit.first - 1; k >= Math.max(clauseStart, hit.first - PURPOSE_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || tokenIn(cues.clauseBreak, t) || tokenIn(cues.speech, t)) return false;
    if (futureVerb(t)) return true;
  }
  return false;
}

// A date told as another meeting's (`أشار الوزير خلال زيارته لأنقرة إلى اجتماع يعقد في العاشر من مايو`): the date
// right after a verb of being held that stands past the act's noun, with words between, is when that other
// meeting is held, not when the act told (the visit) took place (branch consult55).
import type { ArabicText, DateMention, Token } from "../pipeline/types.ts";
import { tokenIn } from "./cues.ts";
import type { MeetingCues } from "./meeting-cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** The preposition that may stand between the verb of holding and its date (`يعقد في السابع`). */
const IN_KEY = "في";

/**
 * The date `d` read for a CONSULT noun `hit` follows, right or past في, a verb of being held (cue `held_verb`:
 * `يعقد`، `تنعقد`) past the noun, with a meeting noun of its own (cue `face_meeting`) between: the verb's subject is
 * another meeting, whose date it is.
 */
export function otherMeetingDate(
  arabic: ArabicText,
  hit: TriggerHit,
  d: DateMention | null,
  cues: Pick<MeetingCues, "heldVerb" | "faceMeeting">,
): boolean {
  if (d === null || hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "noun") return false;
  const { tokens } = arabic;
  const at = tokens.findIndex((t) => t.start === d.start);
  if (at < 0) return false;
  let verb = at - 1;
  if (tokens[verb]?.key === IN_KEY) verb--;
  const v = tokens[verb] as Token | undefined;
  // The verb's subject is a meeting noun of its own between the act's noun and the verb (`عن اجتماع يعقد`).
  let other = false;
  for (let k = hit.end; k < verb; k++) if (tokenIn(cues.faceMeeting, tokens[k])) other = true;
  if (!other) return false;
  return (
    v !== undefined &&
    verb > hit.end &&
    v.sentence === (tokens[hit.first] as Token).sentence &&
    tokenIn(cues.heldVerb, v)
  );
}

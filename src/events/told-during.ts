// A meeting told as the setting of the speech before it: `أكد الوزير، السبت، أن …، وذلك خلال لقائه
// بنظيره`. The reported clause after أن names no date, and the meeting noun stands in it; but the words
// `وذلك خلال` set the speech, not the reported fact, inside the meeting, so the meeting took place when
// the speech was made and takes the date of the speaker's clause. Reads the cues told_during_ref and
// told_during; only meetings (CONSULT nouns), and only when the act's own clause names no date.
import type { ArabicText, DateMention, Token } from "../pipeline/types.ts";
import { governingDate } from "./act-dates.ts";
import type { ClauseSpan } from "./clauses.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

export function toldDuringDate(
  arabic: ArabicText,
  span: ClauseSpan,
  hit: TriggerHit,
  cues: EventCues,
): DateMention | null {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "noun" || hit.prefix !== "") return null;
  const { tokens } = arabic;
  const during = tokens[hit.first - 1];
  const ref = tokens[hit.first - 2];
  if (hit.first - 2 < span.reported || !tokenIn(cues.toldDuring, during) || !tokenIn(cues.toldDuringRef, ref))
    return null;
  const sentence = arabic.sentences[(tokens[hit.first] as Token).sentence];
  if (!sentence || span.reported <= sentence.firstToken) return null;
  // The speaker's clause: from the sentence start to the complementizer that opens the reported one.
  const speaker: ClauseSpan = {
    reported: sentence.firstToken,
    speakerActs: false,
    start: sentence.firstToken,
    end: span.reported,
  };
  return governingDate(arabic, speaker, span.reported - 1, cues);
}

// وتأتي هذه الخطوة قبيل محادثات بين واشنطن وبكين، ويأتي ذلك عشية زيارة الرئيس الفرنسي: a meeting told as a noun
// right after a word of "shortly before" (cue eve_word: قبيل، عشية), or after that word and a noun of holding (cue
// eve_hold: قبيل عقد محادثات، عشية انعقاد القمة), in a sentence that tells the news as coming now before it (a present
// verb of coming before the word, cue eve_frame: يأتي، تأتي), is still to come: a meeting planned, not held (AGREE
// future by CONSULT's future_as). After a verb in the perfect (`نظم المحتجون وقفة قبيل زيارة الأمين العام`، `قال
// الرئيس قبيل اجتماعه`) the meeting may have been held by the time of the report, and the reading is left as it was;
// so is a sentence told in the pluperfect (`وكانت الدعاية قد بثت قبيل الزيارة`).
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** The meeting noun stands right after a word of the eve, or after it and a noun of holding, with no proclitic. */
export function eveMeeting(
  tokens: readonly Token[],
  hit: TriggerHit,
  sentenceStart: number,
  cues: EventCues,
): boolean {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "noun" || hit.prefix !== "") return false;
  let eve = hit.first - 1;
  if (eve > sentenceStart && tokenIn(cues.eveHold, tokens[eve])) eve--;
  if (eve < sentenceStart || !tokenIn(cues.eveWord, tokens[eve])) return false;
  for (let k = sentenceStart; k < eve; k++) if (tokenIn(cues.eveFrame, tokens[k])) return true;
  return false;
}

// Events that tell again an act told elsewhere in the document (findEvents, index.ts): acts told in the
// pluperfect, a meeting revealed, or a verbal noun retelling an act (`retold`, merged by merge.ts), and
// the ground of a sentence's act after `بعد أن` (`grounds`, after-told.ts). Split from index.ts.
import type { ArabicText, Event, Sentence } from "../pipeline/types.ts";
import { groundVerb } from "./after-told.ts";
import type { EventCues } from "./cues.ts";
import { seatedHit } from "./embassy-seat.ts";
import { nounRetelling, pluperfect } from "./merge.ts";
import { revealedNoun } from "./revealed.ts";
import { comingAnnouncement } from "./coming-retold.ts";
import type { TriggerHit } from "./triggers.ts";

/** Adds `event`, just told, to `retold` or to `grounds` when it tells an act again. */
export function markToldAgain(
  arabic: ArabicText,
  hit: TriggerHit,
  sentence: Sentence,
  event: Event,
  cues: EventCues,
  retold: Set<Event>,
  grounds: Set<Event>,
): void {
  // كشفت صحيفة عن لقاء سري: a meeting revealed, undated, is the one the article dates further on (merge.ts).
  if (pluperfect(arabic.tokens, sentence.firstToken, hit.first) || revealedNoun(arabic, hit, cues))
    retold.add(event);
  // وجاء حديث الوزير بعد أن اتهم الرئيس بكين هذا الأسبوع: the ground of the sentence's act, told again.
  else if (
    hit.trigger.pos === "verb" &&
    event.date_text !== null &&
    groundVerb(arabic.tokens, hit.first, cues)
  )
    grounds.add(event);
  // وجاءت دعوة لودريان قبل …: an act told by its verbal noun with no date of its own, after the same act
  // by the same side to the same side, is that act (merge.ts nounRetelling).
  else if (
    hit.trigger.pos === "noun" &&
    event.date_text === null &&
    // افتتاح السفارة في القدس, told again by its noun: a state opens its embassy once (embassy-seat.ts).
    (nounRetelling(arabic.tokens, hit.first, hit.end, sentence, cues) || seatedHit(hit))
  )
    retold.add(event);
  // وجاء إعلان بريطانيا طرد الدبلوماسيين بعد …: the announcement that came, told before (coming-retold.ts).
  else if (event.date_text === null && comingAnnouncement(arabic.tokens, hit.first, sentence, cues))
    retold.add(event);
}

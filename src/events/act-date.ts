// The date an act takes from its text, in the order the readings are tried: the noun's own date, the date
// that governs its clause (or, for a charge told behind a claim, the claim's), a counted span after منذ;
// then a present denial drops a year that belongs to the claim it denies, and an imperfect's bare weekday
// moves to the next such day. Split from index.ts, which wires it; each reading is in its own module.
import type { ArabicText, DateMention, Sentence, Token } from "../pipeline/types.ts";
import { governingDate } from "./act-dates.ts";
import { heldRelativeDate } from "./held-relative-date.ts";
import type { ClauseSpan } from "./clauses.ts";
import { comingWeekday } from "./coming-weekday.ts";
import { finalDay } from "./final-weekday.ts";
import type { EventCues } from "./cues.ts";
import { claimDateOfDenial } from "./denial-date.ts";
import { judgedActDate } from "./judged-date.ts";
import { nounOwnDate } from "./noun-date.ts";
import { occasionDate } from "./occasion-date.ts";
import { otherMeetingDate } from "./other-meeting-date.ts";
import { quoteCoordinatedDate } from "./quote-coordinated-date.ts";
import { scheduledDate } from "./scheduled-date.ts";
import { sinceCountDate } from "./since-count.ts";
import { toldDuringDate } from "./told-during.ts";
import type { TriggerHit } from "./triggers.ts";

export function actDate(
  arabic: ArabicText,
  span: ClauseSpan,
  hit: TriggerHit,
  cues: EventCues,
  isAct: (k: number) => boolean,
  published: string | null,
): DateMention | null {
  const read =
    // اجتماعا بين … من المقرر أن ينعقد في أبريل المقبل: the schedule's date (scheduled-date.ts).
    scheduledDate(arabic, hit, cues) ??
    nounOwnDate(arabic, span, hit, cues, isAct, published) ??
    (hit.trigger.behind ? claimDate : governingDate)(arabic, span, hit.first, cues) ??
    // اعتقل منذ قرابة عامين: a counted span after منذ dates an act told in the perfect (since-count.ts).
    sinceCountDate(arabic, span, hit, cues) ??
    // أكد الوزير، السبت، أن …، وذلك خلال لقائه بنظيره: the meeting of the speech takes its date (told-during.ts).
    toldDuringDate(arabic, span, hit, cues) ??
    // اتهم أردوغان إسرائيل بأنها دولة إرهابية، الأحد: the day closing the sentence past the act's بأن (final-weekday.ts).
    finalDay(arabic, span, hit, cues) ??
    // قال الوزير، الثلاثاء، إن "…" وحث واشنطن: the act joined after the quote is of the speech's day (quote-coordinated-date.ts).
    quoteCoordinatedDate(arabic, hit, cues);
  // خلال القمة التي عقدت بين الطرفين: a meeting held in the relative clause after it is dated there (held-relative-date.ts).
  const governed = heldRelativeDate(arabic, hit, read, cues, published);
  // خلال زيارته لأنقرة إلى اجتماع يعقد في العاشر من مايو: another meeting's date (other-meeting-date.ts).
  if (otherMeetingDate(arabic, hit, governed, cues)) return null;
  // انقلاب عام 2016، وهو ما تنفيه واشنطن: the claim's year is not the present denial's (denial-date.ts).
  if (claimDateOfDenial(arabic, hit, governed, cues)) return null;
  // منتقدا الغزو التركي لقبرص في يوليو عام 1974: the year of the act judged is not the judging's (judged-date.ts).
  if (judgedActDate(arabic, span, hit, governed, cues, isAct, published)) return null;
  // بتهم التدخل في الانتخابات الأمريكية عام 2016: the year of the occasion named after the act (occasion-date.ts).
  if (governed && occasionDate(arabic, governed, hit.end, cues)) return null;
  // ويلتقي بوتين، الاثنين، ترامب، told on a Sunday: the imperfect's weekday is the next one.
  return comingWeekday(arabic, hit, governed, published, cues);
}

/**
 * `انتهى المحققون، في الربيع، إلى أن حكومة البلاد مسؤولة عن قصف جرى في يناير`: a charge told
 * by the state's responsibility is dated in the speaker's clause, before the reported one; the dates
 * after the word are the deed's.
 */
function claimDate(arabic: ArabicText, span: ClauseSpan, at: number, cues: EventCues): DateMention | null {
  const first = (arabic.sentences[(arabic.tokens[at] as Token).sentence] as Sentence).firstToken;
  if (span.reported <= first) return null;
  return governingDate(arabic, { ...span, start: first, end: span.reported }, span.reported - 1, cues);
}

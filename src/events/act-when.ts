// The date an event keeps (findEvents, index.ts): its own date, unless that date lies after publication in
// the clause of an act told as done or of one whose content it dates: then last year's day, or none, the
// day of its report (actWhen); and for an act of no date of its own, the day it was said (saidDay).
// Split from index.ts.
import type { ArabicText, DateMention, Modality, Sentence } from "../pipeline/types.ts";
import { carriedReportDate, perfectVerb, reportDate, yearBack } from "./act-dates.ts";
import type { ClauseSpan } from "./clauses.ts";
import { anyIn, type EventCues, tokenIn } from "./cues.ts";
import { participleReportDate } from "./participle-date.ts";
import { statementDay } from "./statement-day.ts";
import type { TriggerHit } from "./triggers.ts";
import type { TypeRules } from "./types.ts";

/** What findEvents read of the act's date and mood before it is recorded. */
export interface ActDating {
  /** The act's own date (act-date.ts, noun-ahead.ts). */
  readonly dated: DateMention | null;
  /** Whether that date lies after publication (`dateAhead`). */
  readonly ahead: boolean;
  /** The act's modality, a participle's, a regret's or a baseless charge's `asserted`. */
  readonly modality: Modality;
  /** A request that envoys leave, coded as their expulsion (act-type.ts `expelled`). */
  readonly expelled: boolean;
}

/** The date the act keeps: its own, last year's, or null for the day of its report. */
export function actWhen(
  arabic: ArabicText,
  hit: TriggerHit,
  sentence: Sentence,
  dating: ActDating,
  typeRules: TypeRules,
  cues: EventCues,
  published: string | null,
): DateMention | null {
  const { dated, ahead, modality } = dating;
  // أعلنت الحكومة أنها ستفرض الرسوم في 3 مارس المقبل، وطالبت الشركات بوقف
  // الاستيراد قبل يونيو المقبل: a date after publication in the clause of an act
  // made now whatever its content's time (a threat, charge or refusal: future_as `asserted`) or of one whose
  // complement is its content and has no future of its own (a demand, an agreement) dates the content, not
  // the act: the act takes the day of its report. Not a backing (`أن تنقل سفارتها … في مايو المقبل`).
  // An act after `إذا` (`إذا قرر ترامب عدم المصادقة … في 12 مايو القادم`) is the one to come: it keeps its date.
  // يجب على الدبلوماسيين مغادرة الأراضي قبل 5 أبريل: an expulsion asked for keeps the demand's day (act.expelled).
  const contentAhead =
    (typeRules.futureAs === "asserted" ||
      (typeRules.takesComplement && typeRules.futureAs === null) ||
      dating.expelled) &&
    !anyIn(arabic.tokens, sentence.firstToken, hit.first, cues.conditionWord);
  // قطعت الدول الأربع العلاقات مع قطر في 5 يونيو، told on 4 June: a bare day of the month of publication,
  // later than it, read for an act told as done (no complement to date) is last year's (yearBack).
  const lastYears =
    ahead && modality === "asserted" && !contentAhead && perfectVerb(arabic.tokens, hit)
      ? yearBack(dated, published)
      : null;
  return (
    lastYears ??
    (ahead && modality === "asserted" && (perfectVerb(arabic.tokens, hit) || contentAhead) ? null : dated)
  );
}

/** The day an act with no date it keeps (`when` null) was said, for its record (event-record.ts `said`). */
export function saidDay(
  arabic: ArabicText,
  hit: TriggerHit,
  sentence: Sentence,
  span: ClauseSpan,
  sentenceIndex: number,
  cues: EventCues,
  when: DateMention | null,
): DateMention | null {
  // A verb, the act reported, or a participle, the speaker's act as it speaks (`أعلنت … أن …، متهمة
  // إياها`), or a noun a light verb carries (`أن الجيش وجه ضربة`، `شن هجوما`); another noun may retell
  // an older act (`ردا على قرار بريطانيا طرد`), and so may a verb form after a preposition, which is a
  // noun (`بناء على طلب بريطانيا`).
  return when === null &&
    (hit.trigger.pos !== "noun" ||
      [hit.first - 1, hit.first].some((k) => tokenIn(cues.lightVerb, arabic.tokens[k]))) &&
    !tokenIn(cues.preposition, arabic.tokens[hit.first - 1])
    ? (reportDate(arabic, sentence, span, cues) ??
        // رفضت الرياض الأحد …، قائلة إنها سترد: the participle's words are said as the sentence's act is done.
        participleReportDate(arabic, sentence, span, cues) ??
        carriedReportDate(arabic, sentenceIndex, cues) ??
        // وأضاف البيان أن …: the day of the sentence that brought the statement in (statement-day.ts).
        statementDay(arabic, sentenceIndex, cues))
    : null;
}

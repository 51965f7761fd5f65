// The event record of an act whose type and sides are read: its date (a yearless month or a bare weekday
// ahead for a future act: `في شهر يونيو`، `الجمعة`), its place (`في سان فرانسيسكو`), the channel that carries it, its
// source and its PLOVER score. Moved out of findEvents (index.ts).
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, DateMention, Event, Party, Sentence, Token } from "../pipeline/types.ts";
import type { ActCoding } from "./act-type.ts";
import { newsDayAct } from "./news-day.ts";
import { revealedNoun } from "./revealed.ts";
import { measureBorne } from "./borne-measure.ts";
import { standingMeasure } from "./standing-measure.ts";
import { placeIn } from "./borrowed-sides.ts";
import { mechanismIn } from "./channel-context.ts";
import { dateFields, dayMinus, dayPlus, daysBefore, perfectVerb, yearsOn } from "./act-dates.ts";
import { pastTold, priorNoun, thenDate } from "./past-told.ts";
import { continuedTime } from "./continued-time.ts";
import { dealMadeBefore } from "./deal-made.ts";
import { afterClauseTold } from "./after-clause.ts";
import { pastYearOpened } from "./fronted-date.ts";
import { nextScheduleDate } from "./next-schedule.ts";
import { refusedBackground } from "./proposal-maker.ts";
import { nextDayDate } from "./next-day.ts";
import { chronologyItem } from "./item-date.ts";
import { reactedAct } from "./reacted-act.ts";
import { concessiveAct } from "./background-break.ts";
import { decadeTold } from "./decade-told.ts";
import { agreedHolding } from "./agreed-holding.ts";
import { summingDenial } from "./denial-date.ts";
import {
  joinedPluperfect,
  openingPluperfect,
  pluperfectClaim,
  pluperfectFrameDate,
  pluperfectSentence,
  pluperfectTold,
  wakeTold,
} from "./background-told.ts";
import { type ClauseSpan, sentenceEvidence } from "./clauses.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { type PloverTable, score } from "./plover.ts";
import type { TriggerHit } from "./triggers.ts";

/** What the record reads of the act's sentence and of the document. */
export interface RecordContext {
  arabic: ArabicText;
  found: EntitiesResult;
  cues: EventCues;
  plover: PloverTable;
  published: string | null;
  /** The day before publication when an early page tells that day's news (`newsDayBefore`). */
  newsDay: string | null;
  sentence: Sentence;
  span: ClauseSpan;
  /** The speaker of the act's clause (`speakerOf`): its source. */
  speaker: EntitiesResult["mentions"][number] | null;
  /** The date expression that governs the act's clause (`governingDate`). */
  when: DateMention | null;
  /** The day of the report whose clause the act is told in (`reportDate`). */
  said: DateMention | null;
  id: string;
}

export function eventRecord(
  hit: TriggerHit,
  act: ActCoding,
  actor: Party[],
  recipient: Party[],
  ctx: RecordContext,
): Event {
  const { arabic, found, cues, sentence, span, speaker } = ctx;
  const { type, modality, negated, ending } = act;
  // وكانت كانبيرا قد علقت الحوار في مارس الماضي، بعد أن اتهمت: a pluperfect sentence's time dates its acts.
  // …قبل نحو عامين …، وهو ما تنفيه واشنطن: a present denial summing up a claim holds now (denial-date.ts).
  const holdsNow = summingDenial(arabic, hit, cues) !== null;
  const framed =
    ctx.when === null && modality === "asserted" && !holdsNow
      ? pluperfectFrameDate(arabic, sentence, hit, cues)
      : null;
  // ومن المقرر أن يجتمع الرئيسان. وأوضحت موسكو أن القمة ستعقد يوم 20 أكتوبر: the next sentence's date.
  const scheduled =
    ctx.when === null && modality === "future" && hit.trigger.type === "CONSULT"
      ? nextScheduleDate(arabic, hit.first, cues)
      : null;
  const when = ctx.when ?? framed ?? scheduled;
  // وسبق أن اتهمت إيران …، هدد ترامب في السابق: an act told as done before, with no date of its own, is
  // background of a time the text does not give, not an act of the publication day; so is an act told in
  // the pluperfect (`وكانت اليونان قد استدعت السفير`).
  // وصف ماكرون، الأربعاء، انسحاب ترامب من الاتفاق: the act a reaction judges was done before the reaction's day.
  const reacted = modality === "asserted" && reactedAct(arabic, sentence, hit, when, cues);
  // في ظل اتفاق مسبق، تصريحاته السابقة: a noun act qualified as earlier is background even in a dated clause.
  // القوات السورية المدعومة من روسيا: a backing told by a participle is a standing relation, not an act of
  // the day the page is dated (docs/gold-format.md, "Backing told in a phrase": undated unless the text
  // dates it); a date its clause names (`نهاية عام 2016`) still dates it.
  const background =
    reacted ||
    (hit.trigger.backed === true && when === null) ||
    (modality === "asserted" && priorNoun(arabic.tokens, hit, cues)) ||
    (when === null &&
      modality === "asserted" &&
      !holdsNow &&
      // تأييد الضربات التي نفذتها …: an act its relative clause tells, taken by a later act, is known before;
      // so is one a relative clause tells in the perfect of the noun before it (`العقوبات التي فرضتها …`).
      (hit.carried === true ||
        // (Not a `behind` deed: الخطأ الذي ارتكبته واشنطن is blamed as the sentence is told, passing-charge.ts.)
        (hit.trigger.antecedent === true &&
          !hit.trigger.behind &&
          perfectVerb(arabic.tokens, hit) &&
          !decidedAct(arabic, hit, cues)) ||
        pastTold(arabic, sentence, span, hit, cues) ||
        // الاتفاق الذي وقعته القوى الكبرى: a deal its relative clause tells as made stood before the news.
        dealMadeBefore(arabic, hit, type, cues) ||
        pluperfectTold(arabic, sentence, hit, cues) ||
        (type === "REJECT" && refusedBackground(arabic, sentence, hit, cues)) ||
        openingPluperfect(arabic, sentence, hit, perfectVerb(arabic.tokens, hit), cues) ||
        joinedPluperfect(arabic, sentence, hit, perfectVerb(arabic.tokens, hit), cues) ||
        pluperfectSentence(arabic, sentence, hit, cues) ||
        wakeTold(arabic, sentence, hit, type, cues) ||
        afterClauseTold(arabic, sentence, hit, type, ctx.newsDay !== null, cues) ||
        // كشفت صحيفة عن لقاء سري: what a report reveals happened before it (revealed.ts).
        revealedNoun(arabic, hit, cues) ||
        // العقوبات الأمريكية المفروضة على كوبا: a standing measure told in passing (standing-measure.ts).
        standingMeasure(arabic, hit, type, actor, cues) ||
        // تركيا التي تخضع لعقوبات أمريكية: a measure the subject is told to bear stands, no act of the day (sanction63).
        measureBorne(hit) ||
        // رغم قرار أممي يطالب بهدنة: a fact a concessive phrase sets against the clause (background-break.ts).
        concessiveAct(arabic, hit.first, cues) ||
        // وفي أواخر الثمانينيات، زار الرئيس واشنطن: an act of a decade, a time no date gives (decade-told.ts).
        decadeTold(arabic, sentence, hit.first, cues) ||
        // وفي عام 2016، خلص تقرير إلى أن روسيا شنت …: a sentence opened by a past year (fronted-date.ts); not
        // an act its report's day dates (`في عام 2011: تقول كوريا …، متهمة اليابان`).
        (!ctx.said?.value && pastYearOpened(arabic, hit.first, ctx.published, cues)) ||
        (hit.trigger.behind === true && pluperfectClaim(arabic, sentence, span.reported, cues)))) ||
    // وكانت الرئيسة قد ذكرت أنها تسعى لترتيب لقاء مع نظيرها: a plan told in the pluperfect was made before the news,
    // on a day the text does not give (the meeting, dated later, is that plan: merge.ts datedLater).
    (when === null && modality === "future" && pluperfectSentence(arabic, sentence, hit, cues));
  // اتفقا على عقد محادثات، الجمعة: the date of the meeting agreed on is read ahead, as a future act's (agreed-holding.ts).
  const ahead = agreedHolding(arabic, hit, when, cues) ? "future" : modality;
  const date = aheadIfFuture(when, ahead, ctx.published, (arabic.tokens[hit.first] as Token).start);
  // قصفت الطائرات البلدة الأحد، بعد يوم من إخفاق الوسطاء في إبرام هدنة: the act after `بعد يوم من`
  // happened that many days before the day its clause is told on.
  const fields = background
    ? { date: null, end_date: null, date_text: null }
    : dateFields(date, ctx.published);
  // The next sentence's date is no date of the act's own words: a retelling of a meeting already listed still
  // folds into it (no date_text), as one dated by its report's day does.
  if (scheduled !== null && when === scheduled) fields.date_text = null;
  // قال بومبيو، الأحد، إن ترامب سيواصل …: with no date of its own, the act is dated by its report's day
  // (no date_text: it folds with the same act told before as an undated retelling did).
  if (!background && when === null && ctx.said?.value)
    Object.assign(fields, { date: ctx.said.value, end_date: ctx.said.endValue, date_text: null });
  // وهذا تسلسل لأهم ما جرى في هذا التاريخ: … توقيع معاهدة بين البلدين: an item
  // of a chronology, with no date of its own, is of a year the list does not give, not of the page's day.
  if (
    !background &&
    when === null &&
    !ctx.said?.value &&
    modality === "asserted" &&
    chronologyItem(arabic, hit.first, cues)
  )
    Object.assign(fields, { date: null, end_date: null, date_text: null });
  // اتهم المندوب الروسي واشنطن …, on a page of Sunday 05:50 GMT that tells Saturday's session: an act told
  // as done (a perfect verb, not a relative clause's) with the page's day only took place on the news's day.
  if (
    ctx.newsDay !== null &&
    !background &&
    when === null &&
    !ctx.said?.value &&
    fields.date === ctx.published &&
    modality === "asserted" &&
    perfectVerb(arabic.tokens, hit) &&
    newsDayAct(arabic, sentence, hit.first, cues)
  )
    fields.date = ctx.newsDay;
  // وفي اليوم التالي، طالبت كندا …: the day after the day told last, not the publication day.
  if (!background && when === null && !ctx.said?.value) {
    const next = nextDayDate(arabic, sentence, hit.first, cues);
    if (next !== undefined) Object.assign(fields, { date: next, end_date: null, date_text: null });
  }
  // وكان سفير الأمم المتحدة آنذاك …: an act of a subject named by the post it held then is of the time told last.
  const then = when === null ? thenDate(arabic, sentence, hit.first, cues) : undefined;
  if (then) Object.assign(fields, { date: then, end_date: null, date_text: null });
  // ففي الشهر الماضي فرضت …. كما طردت …: an act of a sentence going on with one that told an earlier time (continued-time.ts).
  const carried =
    !background && when === null && !ctx.said?.value && !then
      ? continuedTime(arabic, sentence, hit, ctx.published, ctx.cues)
      : undefined;
  if (carried) Object.assign(fields, { date: carried, end_date: null, date_text: null });
  const before = background ? 0 : daysBefore(arabic, hit.first, when, cues);
  // وتأتي العقوبات بعد يومين من إعلان …, on a page that names no day for the measures: counted back from
  // the day its news is told on (the day before an early page's, else the page's own).
  const from = !when?.value && fields.date === ctx.published ? (ctx.newsDay ?? fields.date) : fields.date;
  if (before > 0 && from !== dayMinus(from, before))
    Object.assign(fields, { date: dayMinus(from, before), end_date: null, date_text: null });
  const mode = type === hit.trigger.type || act.expelled ? act.mode : null;
  const channelAct = ending ? null : mechanismIn(found, sentence, hit.end);
  const { cameo, quad, intensity } = score(ctx.plover, type, mode);
  return {
    id: ctx.id,
    type,
    mode,
    context: hit.trigger.context,
    actor,
    recipient,
    ...fields,
    location: locationIn(arabic, found, span, cues),
    negated,
    modality,
    mechanism: channelAct,
    source: speaker?.entity ?? null,
    evidence: sentenceEvidence(arabic, sentence),
    cameo,
    quad,
    intensity,
  };
}

/** The place of the act: the first place named after `في` in its clause. */
function locationIn(
  arabic: ArabicText,
  found: EntitiesResult,
  span: ClauseSpan,
  cues: EventCues,
): string | null {
  return placeIn(arabic, found, span, cues)?.entity ?? null;
}

/**
 * `من المنتظر أن يلتقي الزعيمان في شهر أكتوبر`: a month named with no year dates a future act in the
 * next such month, not the last one before publication (the reader's default for reports of the past).
 * `وسوف يعقد الرئيسان قمة في طهران الجمعة`، `ومن المقرر أن يلتقي ترامب بوتين يوم الاثنين`: a weekday named
 * with no anchor word after the trigger of a future act is the next such day, not the last one; a weekday
 * before the trigger may date another clause (`أدرجت الخزانة، الأربعاء، … وعليه ستجمد`).
 */
function aheadIfFuture(
  date: DateMention | null,
  modality: string,
  published: string | null,
  trigger: number,
): DateMention | null {
  if (modality !== "future" || !date?.value || !published) return date;
  if (date.bareWeekday && date.start > trigger && date.value < published) {
    const next = dayPlus(date.value, 7);
    return { ...date, value: next, endValue: date.endValue ? dayPlus(date.endValue, 7) : null };
  }
  if (!date.yearless) return date;
  if (date.value.slice(0, 7) >= published.slice(0, 7)) return date;
  const later = (v: string | null) => (v ? yearsOn(v, 1) : v);
  return { ...date, value: later(date.value), endValue: later(date.endValue) };
}

/** How far before the verb a word of intent may stand (`التي قرر الرئيس الأمريكي ترامب فرضها`). */
const DECIDED_REACH = 5;

/** `الرسوم التي قرر ترامب فرضها`: the act is what a decision, told as the news, is to do; not background. */
function decidedAct(arabic: ArabicText, hit: TriggerHit, cues: EventCues): boolean {
  const { tokens } = arabic;
  const sentence = (tokens[hit.first] as Token).sentence;
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - DECIDED_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || tokenIn(cues.relative, t)) return false;
    if (tokenIn(cues.intent, t)) return true;
  }
  return false;
}

// An act's date: the date expression that governs its clause, the day of its report, the
// publication day for a present report; a date after publication read with the verb's tense; `بعد يوم
// من` counted back. Split from clauses.ts, which reads the clause and its speaker; an act told as
// background of no date is past-told.ts's.
import type { ArabicText, DateMention, Event, Sentence, Token } from "../pipeline/types.ts";
import { keyOf } from "../arabic/normalize.ts";
import { tokenIs } from "../arabic/tokens.ts";
import type { ClauseSpan } from "./clauses.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { whenDate } from "./when-date.ts";
import { carryingVerb } from "./carried-act.ts";
import { backgroundBetween, concessiveBetween } from "./background-break.ts";
import { continuesSpeech, openingDay } from "./praise-subject.ts";
import { markBetween } from "../arabic/gaps.ts";
import { dayOfRelative, relativeClauseDate } from "./relative-date.ts";
import { itemDate } from "./item-date.ts";
import { backReferredDate, frontedDate } from "./fronted-date.ts";
import { weekdayNamedDay } from "./weekday-named.ts";

/**
 * The date expression nearest to the trigger inside its own clause, one the text fixes before one it
 * names but does not fix; `منذ 2021` dates a state, not the event.
 */
export function governingDate(
  arabic: ArabicText,
  clause: ClauseSpan,
  first: number,
  cues: EventCues,
): DateMention | null {
  const at = (arabic.tokens[first] as Token).start;
  const from = (arabic.tokens[clause.start] as Token | undefined)?.start ?? at;
  const to = (arabic.tokens[clause.end - 1] as Token | undefined)?.end ?? at;
  const inClause = arabic.dates.filter(
    (d) =>
      d.start >= from &&
      d.end <= to &&
      // الاتفاق … الموقع عام 2015: a year after the participle of signing dates the signing it triggers.
      (!since(arabic, d, cues) || ownSigning(arabic, d, first, cues)) &&
      !datesNoun(arabic, d, first, cues) &&
      // المفاوضات التي أجريت عام 2015، وذلك في اتصال: a relative clause's date, past a comma (relative-date.ts).
      !relativeClauseDate(arabic, clause, d, at, cues) &&
      // الشهر الماضي …، وكانت عضويتها علقت بعد ضمها: not across a background clause (background-break.ts).
      !backgroundBetween(arabic, clause, d.start, at, cues) &&
      // تواصل القصف الأحد، رغم قرار أممي بالهدنة: not past a concessive phrase (background-break.ts).
      !concessiveBetween(arabic, clause, d.start, at, cues),
  );
  inClause.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  // The nearest date the text fixes; else one it names but does not fix (`في ديسمبر` with no year
  // and no publication date): the event has a date of its own, not known.
  return (
    inClause.find((d) => d.value !== null) ??
    inClause[0] ??
    // في اليوم ذاته الذي وجهت فيه …: the day the relative clause hangs on (relative-date.ts).
    dayOfRelative(arabic, clause, cues) ??
    heldOn(arabic, clause, first, cues) ??
    whenDate(arabic, clause, cues) ??
    frontedDate(arabic, first, cues) ??
    backReferredDate(arabic, first, cues) ??
    itemDate(arabic, first)
  );
}

/** How many tokens a noun carried by a relative clause may stand before its pronoun (`الضربات الجوية الأخيرة التي`). */
const CARRIED_NOUN_REACH = 4;
/** How many tokens past a relative pronoun and its verb of being held the date may stand (`الذي جمعه بنظيره الأردني، أيمن الصفدي، على هامش قمة الاتحاد الأفريقي، الأحد`). */
const HELD_REACH = 16;

/**
 * قمة ترامب وكيم التي عقدت في يونيو، القمة التي جمعت الكوريتين في سبتمبر الماضي: a clause with no date
 * of its own that ends at a relative pronoun followed by a verb of being held (cue held_past), or by a
 * light verb that carries the noun (`الضربة التي شنتها … في أبريل 2017`), is dated by that relative
 * clause, which tells when the act it names took place.
 */
function heldOn(arabic: ArabicText, clause: ClauseSpan, first: number, cues: EventCues): DateMention | null {
  const tokens = arabic.tokens;
  const rel = clause.end;
  // الغزو الذي قادته روسيا لجورجيا عام 2008: a clause whose verb carries the noun as its
  // object pronoun, its doer after it, tells when that act took place too (carried-act.ts).
  const verb = tokens[rel + 1];
  if (!tokenIn(cues.relative, tokens[rel]) || !verb) return null;
  // Only the noun right before the pronoun is what that verb carries, not an act told before it.
  const carried = rel - first <= CARRIED_NOUN_REACH && carryingVerb(verb, cues);
  if (!tokenIn(cues.heldPast, verb) && !carried) return null;
  const sentence = (tokens[rel] as Token).sentence;
  let last = rel + 2;
  while (
    last < Math.min(tokens.length, rel + 2 + HELD_REACH) &&
    (tokens[last] as Token).sentence === sentence &&
    !tokenIn(cues.clauseBreak, tokens[last])
  )
    last++;
  const from = (tokens[rel + 1] as Token).end;
  const to = (tokens[last - 1] as Token).end;
  return arabic.dates.find((d) => d.start >= from && d.end <= to && d.value !== null) ?? null;
}

/** How far before its speech verb the day of a report may stand (`ويوم الأربعاء، قال البيت الأبيض إن`). */
const REPORT_BEFORE = 3;
/** How far after its speech verb a date other than a day may stand (`وكان ليبرمان أعلن، في مايو الماضي، أن`). */
const REPORT_AFTER = 2;
/** How far past the speaker's name a date counted back from publication may stand (`قال وانغ يي الشهر الماضي إن`). */
const REPORT_RELATIVE_AFTER = 10;

/**
 * وقال وزير الخارجية الأمريكي، مايك بومبيو، الأحد إن ترامب سيواصل حملة الضغط: an act reported in a clause
 * that names no date of its own is dated by the day of its report: a date the text fixes in the
 * speaker's clause, between the last speech verb (cue speech) before the complementizer and the
 * complementizer, or up to 3 words before that verb. A day in one word (الأحد، أمس) may stand past the
 * speaker's name (`أكدت الوزيرة، ليلى حداد، الأربعاء، أن`), and so may a date counted back from the
 * publication (`قال وانغ يي الشهر الماضي إن`، `في مارس الماضي`) up to 10 words past the verb; another date
 * only right after the verb (`أكد عام 2017 أن`), since further on it may date a noun (`وصف ترامب قرار
 * غزو العراق عام 2003 بأنه`). Not the publication day, which may be days later.
 */
export function reportDate(
  arabic: ArabicText,
  sentence: Sentence,
  span: ClauseSpan,
  cues: EventCues,
): DateMention | null {
  const { tokens } = arabic;
  if (span.reported - 1 <= sentence.firstToken) return null;
  // The speech verb whose complement the reported clause is: no other complementizer between them.
  let verb = -1;
  for (let k = span.reported - 2; k >= sentence.firstToken; k--) {
    if (isComplementizer(tokens[k], cues)) return null;
    if (tokenIn(cues.speech, tokens[k])) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return null;
  const from = (tokens[Math.max(sentence.firstToken, verb - REPORT_BEFORE)] as Token).start;
  const verbStart = (tokens[verb] as Token).start;
  // The verb's word without its و (`وقال`): the text before it may end in that و.
  const verbWord = verbStart + ((tokens[verb] as Token).text.startsWith("و") ? 1 : 0);
  const near = (tokens[Math.min(span.reported - 1, verb + REPORT_AFTER + 1)] as Token).start;
  const to = (tokens[span.reported - 1] as Token).start;
  const farther = (tokens[Math.min(span.reported - 1, verb + REPORT_RELATIVE_AFTER)] as Token).start;
  let best: DateMention | null = null;
  for (const d of arabic.dates) {
    if (d.value === null || d.start < from || d.end > to || since(arabic, d, cues)) continue;
    // Before the verb, nothing but punctuation between (`ويوم الأربعاء، قال`; not `هذا العام، لكنه قال`).
    if (d.end <= verbStart && /[^\s،,:.؛«»"()/-]/u.test(arabic.text.slice(d.end, verbWord))) continue;
    const day =
      d.basis === "weekday" ||
      (d.basis === "relative" && d.granularity === "day" && oneDay(d, cues)) ||
      // قال الوزير يوم الأحد 14 أكتوبر 2018 إن: a full date opened by its weekday (weekday-named.ts).
      weekdayNamedDay(arabic, d, cues);
    if (day || d.end <= verbStart || d.start < near || (d.basis === "relative" && d.start < farther))
      best = d;
  }
  return best;
}

/**
 * A relative date that names one day as a unit: one word (`الأربعاء`، `أمس`), or a weekday with its
 * anchor (`الأربعاء الماضي`، `الجمعة المقبلة`), which is no more a date of some noun than the bare
 * weekday is; not a span counted in days (`قبل ثلاثة أيام`).
 */
function oneDay(d: DateMention, cues: EventCues): boolean {
  const words = d.text.trim().split(/\s+/u);
  return words.length === 1 || (words.length === 2 && cues.weekday.has(keyOf(words[0] as string)));
}

/** How many sentences back a run of continued speech (`وأضاف` … `وتابع`) is followed to its report. */
const CARRY_BACK = 3;

/**
 * قال الوزير أمس إن جارته "تخطت الحدود". وأضاف "لن نقبل …": a sentence that opens with a
 * verb continuing the speech before it (cue speech_more, with its و or ف; or a verb of praise with no subject,
 * `وأعرب عن شكره`) tells more of that report, and an
 * act it tells with no date of its own takes the report's day: the date `reportDate` reads in the sentence
 * before (up to 3 back through such sentences), before its first complementizer.
 */
export function carriedReportDate(
  arabic: ArabicText,
  sentenceIndex: number,
  cues: EventCues,
): DateMention | null {
  for (let i = sentenceIndex; i > Math.max(0, sentenceIndex - CARRY_BACK); i--) {
    const opening = arabic.tokens[(arabic.sentences[i] as Sentence).firstToken];
    const first = (arabic.sentences[i] as Sentence).firstToken;
    if (!opening || !/^[وف]/u.test(opening.text) || !continuesSpeech(arabic, first, cues)) return null;
    const before = arabic.sentences[i - 1] as Sentence;
    for (let k = before.firstToken; k < before.endToken; k++) {
      if (!isComplementizer(arabic.tokens[k], cues)) continue;
      const said = reportDate(
        arabic,
        before,
        { reported: k + 1, speakerActs: false, start: k + 1, end: before.endToken },
        cues,
      );
      if (said) return said;
      break;
    }
    // أشاد ترامب، السبت، بالضربات …. وأعرب عن شكره لـ: the praise goes on; it takes the day of the one before.
    if (!tokenIn(cues.speechMore, opening)) return openingDay(arabic, before, cues);
  }
  return null;
}

/**
 * An event's date fields from its governing date: the date the text fixes; else, for a present
 * report, the publication date; with no publication date, an event whose clause names a date the
 * text does not fix (`في ديسمبر` with no year) keeps that expression and no date.
 */
export function dateFields(
  date: DateMention | null,
  published: string | null,
): Pick<Event, "date" | "end_date" | "date_text"> {
  if (date?.value) return { date: date.value, end_date: date.endValue, date_text: date.text };
  if (date && published === null) return { date: null, end_date: null, date_text: date.text };
  return { date: published, end_date: null, date_text: null };
}

/**
 * يلتقي ترامب بوتين في هلسنكي يوم 16 يوليو، told on 1 July: the date the act's clause names is after the
 * day the article was published, at the date's own precision (a day, a month, a year). A date told as the
 * next one (`الأسبوع المقبل`، a word of cue future_adjective) is ahead even when its value, at its precision,
 * is the publication's own month (`عند لقائه مع بوتين الأسبوع المقبل`, told on 12 July: July).
 */
export function dateAhead(date: DateMention | null, published: string | null, cues: EventCues): boolean {
  if (!date?.value || published === null) return false;
  const own = published.slice(0, date.value.length);
  if (date.value > own) return true;
  return (
    date.value === own &&
    date.basis === "relative" &&
    date.text.split(/\s+/u).some((w) => cues.futureAdjective.has(keyOf(w)))
  );
}

/** A date value (`2018`، `2018-06`، `2018-06-05`) moved by whole years. */
export function yearsOn(value: string, years: number): string {
  return `${Number(value.slice(0, 4)) + years}${value.slice(4)}`;
}

/**
 * A day and month named with no year and no anchor word (`في 5 يونيو`) the reader put later in the month of
 * publication (date-values.ts: a bare date in that month is read as still to come): for an act told as done,
 * it is that day of the year before. Else null.
 */
export function yearBack(date: DateMention | null, published: string | null): DateMention | null {
  if (!date?.value || !date.yearless || date.granularity !== "day" || published === null) return null;
  if (date.value.slice(0, 7) !== published.slice(0, 7) || date.endValue !== null) return null;
  return { ...date, value: yearsOn(date.value, -1) };
}

/**
 * The trigger is a verb in the imperfect with ي or ن (`يلتقي`، `نزور`); `ت` also opens the perfect of
 * the `تفاعل` forms (`تباحث`، `تعاونت`), so a verb with ت is not read as either. A verb of duty
 * (`يجب على الدبلوماسيين المغادرة قبل 5 أبريل`) is laid now: a date ahead of it is its deadline.
 */
export function imperfectVerb(tokens: readonly Token[], hit: TriggerHit): boolean {
  if (hit.trigger.pos !== "verb" || hit.trigger.must) return false;
  const verb = (tokens[hit.first] as Token).text.slice(hit.prefix.length);
  return verb.startsWith("ي") || verb.startsWith("ن");
}

/** The trigger is a verb in the perfect: neither the imperfect (ي، ن) nor one with ت. */
export function perfectVerb(tokens: readonly Token[], hit: TriggerHit): boolean {
  if (hit.trigger.pos !== "verb") return false;
  const verb = (tokens[hit.first] as Token).text.slice(hit.prefix.length);
  return !/^[يتن]/u.test(verb);
}

/**
 * منذ 2021 dates a state; المعاهدة الموقعة عام 1960 dates the treaty. Declared here, not as a
 * closure per event: tsx names every function when it is made (about 0.7 µs each).
 */
export function since(arabic: ArabicText, d: DateMention, cues: EventCues): boolean {
  const k = tokenStartingAt(arabic.tokens, d.start);
  const near = [arabic.tokens[k - 1], arabic.tokens[k - 2]];
  return near.some((t) => tokenIn(cues.since, t) || tokenIn(cues.npDate, t));
}

/** The date stands one or two words after the trigger, itself a participle of signing (`الموقع عام 2015`). */
function ownSigning(arabic: ArabicText, d: DateMention, first: number, cues: EventCues): boolean {
  const k = tokenStartingAt(arabic.tokens, d.start);
  return (k === first + 1 || k === first + 2) && tokenIn(cues.npDate, arabic.tokens[first]);
}

/** How far before a date the participle of a noun phrase may stand (`الموقع بين البلدين في عام`). */
const NP_DATE_REACH = 7;

/**
 * الاتفاق التجاري الموقع بين البلدين في عام 2011، المبرم معها في عام 2011: a date a few words
 * after a participle of signing (cue np_date_far), with no comma between, dates the noun the
 * participle qualifies, not an act told before it (`أعاد ترامب فرض عقوبات … بعد انسحابها من الاتفاق
 * المبرم معها في عام 2015`). `since` reads the two words right before a date; this reads further, for a
 * trigger that stands before the participle.
 */
function datesNoun(arabic: ArabicText, d: DateMention, first: number, cues: EventCues): boolean {
  const k = tokenStartingAt(arabic.tokens, d.start);
  if (k < 0 || first >= k) return false;
  for (let j = k - 1; j >= Math.max(first + 1, k - NP_DATE_REACH); j--) {
    const t = arabic.tokens[j] as Token;
    if (markBetween(arabic.text, t.end, (arabic.tokens[j + 1] as Token).start, "phrase")) return false;
    if (tokenIn(cues.npDateFar, t)) return true;
  }
  return false;
}

/** The index of the token that starts at `offset` (tokens are in text order), else -1. */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = (tokens[mid] as Token).start;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** How many filler words may stand inside a span before an act (`بعد يوم واحد فقط من`). */
const SPAN_FILLERS = 2;
/** How far after the span's `من` the act may stand, past the noun that carries it (`بعد يوم من فشل الوسطاء بالتوصل إلى هدنة`). */
const SPAN_REACH = 5;

/**
 * قُصفت البلدة الأحد، بعد يوم من فشل الوسطاء بالتوصل إلى هدنة؛ وتأتي الإجراءات بعد
 * يوم من طرد الحكومة 12 دبلوماسيا: an act told right after `من` (or `على`) in `بعد يوم من`، `عقب يومين من`
 * (cues span_after, span_days:N, span_filler), or a few words on with no comma (past the noun that carries
 * it: فشل، إعلان), happened N days before the date its clause is told on: a day the text names before the
 * span (`السبت، وذلك بعد يوم من`، `في 13 يونيو بعد يوم من اجتماعه`), or, when the clause names none
 * (`when` null or unresolved, as `بعد يوم` itself), the day the caller dates the clause's news by (the
 * news's day of an early page, else the publication day: `وتأتي الإجراءات بعد يوم من طرد …` tells that
 * day's measures). Not from a day named after the span (`بعد يوم من مكالمة … الإثنين` dates the call
 * itself). Returns N, else 0.
 */
export function daysBefore(
  arabic: ArabicText,
  first: number,
  when: DateMention | null,
  cues: EventCues,
): number {
  const { tokens } = arabic;
  for (let j = first - 1; j >= Math.max(0, first - SPAN_REACH); j--) {
    const t = tokens[j] as Token;
    if (markBetween(arabic.text, t.end, (tokens[j + 1] as Token).start)) return 0;
    if (!(tokenIs(t, FROM_KEY) || tokenIs(t, ON_KEY))) continue;
    let k = j - 1;
    for (let n = 0; n < SPAN_FILLERS && tokenIn(cues.spanFiller, tokens[k]); n++) k--;
    const span = tokens[k];
    const days = span ? cues.spanDays.get(span.key) : undefined;
    const after = tokens[k - 1];
    // بعد يومين من شن الجيش موجة من الغارات: a `من` inside the act's own phrase is passed over.
    if (days === undefined || !after || !tokenIn(cues.spanAfter, after)) continue;
    return when === null || !when.value || when.end <= after.start ? days : 0;
  }
  return 0;
}

const FROM_KEY = keyOf("من");
const ON_KEY = keyOf("على");

/** `YYYY-MM-DD` minus `days` days; other values as they are. */
export function dayMinus(value: string | null, days: number): string | null {
  if (value === null || days === 0 || !/^\d{4}-\d{2}-\d{2}$/u.test(value)) return value;
  return new Date(Date.parse(`${value}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus `days` days; other values as they are. */
export function dayPlus(value: string, days: number): string {
  return dayMinus(value, -days) ?? value;
}

/**
 * `عقد لقاء قمة بينهما الشهر المقبل`، `في قمة يوم الجمعة المقبل بين`: a meeting noun (CONSULT) whose date
 * follows it, with no other act's word between (`لقائه آبي لمناقشة القمة القادمة … في 12 يونيو` dates the
 * summit, not the meeting; the word right after the noun may be another meeting word, `لقاء قمة`) is dated
 * by that phrase: dated after publication, it is planned.
 */
export function ownDateAfter(
  arabic: ArabicText,
  hit: TriggerHit,
  dated: DateMention | null,
  isAct: (k: number) => boolean,
): boolean {
  if (hit.trigger.pos !== "noun" || hit.trigger.type !== "CONSULT" || !dated) return false;
  const last = arabic.tokens[hit.end - 1] as Token;
  if (dated.start < last.end) return false;
  // عقد لقاء قمة، اجتماع القمة: the word right after the noun is its own head's second word, no other act.
  for (let k = hit.end + 1; k < arabic.tokens.length && (arabic.tokens[k] as Token).start < dated.start; k++)
    if (isAct(k)) return false;
  return true;
}

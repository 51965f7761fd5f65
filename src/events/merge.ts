// The final merge of events: one happening told in several sentences is one event.
import { keyOf } from "../arabic/normalize.ts";
import type { Event, Party, Sentence, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { Report } from "./continued-speech.ts";
import { listedBeside } from "./repeats.ts";
import { type CallMeetingCues, meetingAfterCall, otherPeople } from "./call-meeting.ts";
import { rulesOf, type TypeRules, type TypeTable } from "./types.ts";

/** `كان`/`وكان` … `قد` before the trigger in its sentence: the pluperfect of a retelling. */
export function pluperfect(tokens: readonly Token[], from: number, first: number): boolean {
  let was = false;
  for (let k = from; k < first; k++) {
    const t = tokens[k] as Token;
    const keys = [t.key, ...t.bare.map((b) => b.key)];
    if (keys.includes("كان") || keys.includes("كانت")) was = true;
    else if (was && keys.includes("قد")) return true;
  }
  return false;
}

/** How far before and after an act's verbal noun a word of a further happening may stand (`موجة ثانية من الهجمات`، `استدعاء السفير للمرة الثانية`). */
const ANOTHER_BEFORE = 3;
const ANOTHER_AFTER = 6;
/** How far before a verbal noun the light verb that tells it may stand, across its subject and a date (`وأجرت بحريتا البلدين في وقت سابق من هذا الشهر مناورات`). */
const LIGHT_VERB_REACH = 10;

/**
 * `وجاءت دعوة لودريان قبل …`، `تسرع بريطانيا في اتهام روسيا`، `ردا على الغارات الإسرائيلية`: an act told by
 * its verbal noun names a happening; after the same act by the same side to the same side in the article, it
 * is that act retold. Not when a word of a further happening stands around it (`موجة ثانية من الهجمات`،
 * `تهديد مماثل`، `للمرة الثانية`، `عقوبات جديدة`): that is a new act.
 */
export function nounRetelling(
  tokens: readonly Token[],
  first: number,
  end: number,
  sentence: Sentence,
  cues: EventCues,
): boolean {
  const from = Math.max(sentence.firstToken, first - ANOTHER_BEFORE);
  const to = Math.min(sentence.endToken, end + ANOTHER_AFTER);
  for (let k = from; k < to; k++) if (tokenIn(cues.anotherTime, tokens[k])) return false;
  // أعلنت موسكو إغلاق المركز الثقافي، إضافة إلى إغلاق القنصلية: a further item of a list (repeats.ts listedBeside).
  if (listedBeside(tokens, first, cues)) return false;
  // وأجرت بحريتا البلدين في وقت سابق من هذا الشهر مناورات مشتركة: a noun that is the object of a light verb
  // is an act told by its verb, not a reference to one told before (`ردا على الغارات`، `على اتهامه`: after a
  // preposition it names one).
  const head = tokens[first] as Token;
  if (head.bare.some((b) => /[بلك]/u.test(b.prefix)) || tokenIn(cues.preposition, tokens[first - 1]))
    return true;
  for (let k = first - 1; k >= Math.max(sentence.firstToken, first - LIGHT_VERB_REACH); k--) {
    const t = tokens[k] as Token;
    if (tokenIn(cues.clauseBreak, t) || tokenIn(cues.speech, t)) break;
    if (tokenIn(cues.lightVerb, t)) return false;
  }
  return true;
}

// Functions declared here, not closures made per call: the CLI runs through tsx, whose esbuild
// `keepNames` names every function when it is made (`__name`, about 0.7 µs each).
function statesOf(e: Event): string {
  return [...new Set([...e.actor, ...e.recipient].map((p) => p.country))].sort().join(",");
}

function sidesOf(e: Event): string {
  return [e.actor, e.recipient]
    .map((ps) => [...new Set(ps.map((p) => p.country))].sort().join(","))
    .join(">");
}

/**
 * The same date: the same value, and, when neither is fixed, the same words (`يوم الثلاثاء` and
 * `في ديسمبر` in an article with no publication date are two dates, both unknown).
 */
function sameDate(o: Event, e: Event): boolean {
  if (o.date !== e.date) return false;
  return o.date !== null || o.date_text === null || e.date_text === null || o.date_text === e.date_text;
}

/**
 * `وصل بومبيو إلى الرياض … بعد أن اتصل ترامب بالملك سلمان`: a call and a visit are two acts, even
 * between the same states on the same day; a talk or meeting with no mode still joins either.
 */
function callAndVisit(o: Event, e: Event): boolean {
  return (o.mode === "phone" && e.mode === "visit") || (o.mode === "visit" && e.mode === "phone");
}

/**
 * `زيارة ماي إلى السعودية في نوفمبر` … `وصل ولي العهد السعودي إلى لندن`: a visit by one state to the other
 * and a visit the other way are two trips, however the article dates them.
 */
function visitsBothWays(o: Event, e: Event): boolean {
  if (o.mode !== "visit" || e.mode !== "visit" || o.evidence.start === e.evidence.start) return false;
  const [ov, oh, ev, eh] = [visitorOf(o), hostOf(o), visitorOf(e), hostOf(e)];
  return ov !== null && ov === eh && oh !== null && oh === ev;
}

/** The one state a visit's side names, or null when it names none, several, or the other side's. */
function oneState(side: readonly Party[], other: readonly Party[]): string | null {
  const states = new Set(side.map((p) => p.country));
  const [only] = states;
  if (states.size !== 1 || only === null || only === undefined) return null;
  return other.some((p) => p.country === only) ? null : only;
}
const visitorOf = (e: Event) => oneState(e.actor, e.recipient);
const hostOf = (e: Event) => oneState(e.recipient, e.actor);

/**
 * `استقبل الرئيس أمير الدولة المجاورة في القصر` … `واستضاف الرئيس الثلاثاء ضيفه`: a meeting (a type whose
 * repeats all merge) first told with no date of its own (its date is the publication's) and then with a day
 * near it is one meeting, as a retelling with no date of its own is (mergeRepeats); the merged event takes
 * the day told. Not for a plan (`merged` = future): `استقرتا على مكان القمة` … `وسيلتقيان في 12 يونيو`
 * are an agreement made now and the meeting it prepares.
 */
function toldUndated(o: Event, e: Event, weekdays: ReadonlySet<string>): boolean {
  if (o.date_text !== null || e.date_text === null || o.date === null || e.date === null) return false;
  // Only a day near the first telling's (the news's days): `زار … أواخر أكتوبر الماضي`, `في 2013` tell
  // another happening of the pair, background to the news.
  if (!FULL_DAY.test(o.date) || !FULL_DAY.test(e.date)) return false;
  // The news's own days are told by a weekday or a day's number (`الثلاثاء`، `في 12 يونيو`); `الأسبوع
  // الماضي` tells the background of an earlier trip.
  if (!dayNamed(e.date_text, weekdays)) return false;
  const days = (Date.parse(e.date) - Date.parse(o.date)) / DAY_MS;
  // A happening told as held was held by the day of its first telling: a later day dates another act.
  if (days > 0 && e.modality === "asserted") return false;
  return Math.abs(days) <= NEAR_DAYS;
}

/**
 * `كشفت صحيفة عن لقاء سري …` … `وعقد اللقاء في الربيع الماضي`: a meeting first told undated as background
 * (retold: a pluperfect, a meeting revealed; no date at all) and then with a time of its own is one meeting.
 */
function datedLater(o: Event, e: Event, undatedFirst: ReadonlySet<Event>): boolean {
  return undatedFirst.has(o) && o.date === null && e.date !== null && e.date_text !== null;
}

/**
 * `وأدت العقوبات الأمريكية على إيران …` … `العقوبات التي اتخذتها واشنطن في مايو`: a measure (a type
 * whose modes are apart) first told by its noun with no date of its own (merge's retold nouns: the publication's
 * day) and then, of the same mode and sides, with a time of its own before that day is one measure, of that time.
 */
function measureDatedLater(types: TypeTable, o: Event, e: Event, nounFirst: ReadonlySet<Event>): boolean {
  return (
    nounFirst.has(o) &&
    rulesOf(types, o.type).modesApart &&
    e.date_text !== null &&
    e.date !== null &&
    o.date !== null &&
    e.date < o.date.slice(0, e.date.length) &&
    sidesOf(o) === sidesOf(e)
  );
}

/**
 * `القمة التاريخية المرتقبة بين البلدين` … `وسيلتقيان الثلاثاء`، `قمته المرتقبة الإثنين` … `عند لقائه مع بوتين الأسبوع
 * المقبل`: a plan (a type whose future repeats merge) told again with a date that holds the first telling's, or first
 * told with no date of its own and then with a day near it, is the same plan; a retelling with no date of its own
 * already folds into it (undatedRetelling), so the order of the tellings does not split one plan in two.
 */
function planRetold(o: Event, e: Event, weekdays: ReadonlySet<string>, cues: PlanCues | undefined): boolean {
  if (o.modality !== "future" || o.date === null || e.date === null || e.date_text === null) return false;
  if (o.date_text !== null)
    return o.date !== e.date && (o.date.startsWith(e.date) || e.date.startsWith(o.date));
  // `استقرتا على مكان لعقد القمة` … `وسيجتمعان في 12 يونيو`: an agreement on the plan, told with no word of a
  // schedule, is not the plan told again; `القمة المرتقبة`، `القمة المزمعة` name the plan itself.
  return cues !== undefined && toldScheduled(o, cues) && toldUndated(o, e, weekdays);
}

/** Words of a schedule (cues scheduled and future_adjective): `المرتقبة`، `المزمعة`، `من المقرر`. */
export interface PlanCues {
  scheduled: ReadonlySet<string>;
  futureAdjective: ReadonlySet<string>;
}

/** The event's sentence has a word of a schedule, bare or after a proclitic. */
function toldScheduled(e: Event, cues: PlanCues): boolean {
  for (const w of e.evidence.text.split(/[\s،,.:"«»()]+/u)) {
    const k = keyOf(w);
    const bare = /^[وفبل]/u.test(k) ? k.slice(1) : k;
    for (const x of [k, bare]) if (cues.scheduled.has(x) || cues.futureAdjective.has(x)) return true;
  }
  return false;
}

/** A date to the day, and how many days apart the first telling and the dated retelling may be. */
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/u;
const NEAR_DAYS = 7;
/** A number in a date's words, or a weekday's name after nothing or يوم (`الثلاثاء`، `يوم الجمعة`). */
function dayNamed(text: string, weekdays: ReadonlySet<string>): boolean {
  return /[\d\u0660-\u0669]/u.test(text) || text.split(/[\s،.]+/u).some((w) => weekdays.has(keyOf(w)));
}
const DAY_MS = 86_400_000;

/**
 * `اتهم الرئيس … الحرس الثوري بأنه …` … `واتهم ترامب الحرس الثوري أيضا بإفقار …`: an act of a type whose repeats
 * stay apart, done again by the same person (one entity) to the same side on the same day, with no time of its
 * own, is that person's statement told again (a lead and its retelling, a quote and its paraphrase).
 */
function sameTeller(
  o: Event,
  e: Event,
  persons: ReadonlySet<string>,
  habitual: ReadonlySet<string>,
  leadEnd: number,
): boolean {
  // The first telling in the lead (the article's first two sentences): the news, retold below by its teller. Two
  // acts of one person both told further down may be two points of a speech (`إذا … سينسحب` … `سنواصل الضغط`).
  if (o.evidence.start >= leadEnd) return false;
  if (e.date_text !== null && e.date_text !== o.date_text) return false;
  // ولطالما انتقد ترامب الصفقة، ودأب على انتقادها: a stance held over time, told beside the day's statement.
  if (toldAsHabit(o, habitual) || toldAsHabit(e, habitual)) return false;
  if (!sameDate(o, e) || sidesOf(o) !== sidesOf(e)) return false;
  return e.actor.some(
    (p) => p.entity !== null && persons.has(p.entity) && o.actor.some((q) => q.entity === p.entity),
  );
}

/**
 * `قال الوزير إن جارته تخطت الحدود. وأضاف أن جارته …`: an act told again in a sentence that continues the speech
 * of a sentence telling it (`وأضاف`، `وتابع`: continued-speech.ts), with the same sides, day, negation and
 * modality and no time of its own, is the same report's act told twice, for a type whose stance a report
 * tells once (event-types.tsv `one_report`: a charge, praise), not a threat or a demand with a new content.
 */
function sameReport(
  rules: TypeRules,
  o: Event,
  e: Event,
  reports: ReadonlySet<number> | undefined,
  reportOf: (e: Event) => Report | undefined,
): boolean {
  const r = reportOf(e);
  if (!rules.oneReport || !r?.continued || reports === undefined || !reports.has(r.opening)) return false;
  if (e.date_text !== null && e.date_text !== o.date_text) return false;
  return sameDate(o, e) && sidesOf(o) === sidesOf(e);
}

/**
 * `اتهم الرئيس بكين الأربعاء` … `بعد أن اتهم الرئيس بكين هذا الأسبوع`: the retelling's date holds the first
 * telling's (the same value, or its month or year), so it names the same time more loosely.
 */
function coarserDate(o: Event, e: Event): boolean {
  return o.date !== null && e.date !== null && o.date.startsWith(e.date);
}

/** The event's sentence has a word of a habit (cue habitual), bare or after و or ف. */
function toldAsHabit(e: Event, habitual: ReadonlySet<string>): boolean {
  for (const w of e.evidence.text.split(/[\s،.:"«»()]+/u)) {
    const k = keyOf(w);
    if (habitual.has(k) || (/^[وف]/u.test(k) && habitual.has(k.slice(1)))) return true;
  }
  return false;
}

/**
 * A telling with no date of its own is the happening already told, unless the first telling is an undated
 * background act (`وشنت إسرائيل في السابق ضربات جوية داخل سوريا`) and this one an act of the news told by a
 * verb, dated by the article (`وقالت إسرائيل إنها أسقطت طائرة سورية`): another act. A noun naming the
 * happening (`الضربات الإسرائيلية`) still retells the background act. A meeting (a mutual act) told again
 * undated is held to be the one told (`وكان ذلك آخر لقاء بين الزعيمين`): 3 of 4 such corpus changes were one meeting.
 */
function undatedRetelling(rules: TypeRules, o: Event, e: Event, retold: ReadonlySet<Event>): boolean {
  if (e.date_text !== null) return false;
  return rules.mutual || o.date !== null || e.date === null || retold.has(e);
}

/** Repeats of the event's type merge: every one, or (`merged` = future) only a plan or promise retold. */
function mergesWith(rules: TypeRules, e: Event): boolean {
  return rules.merged || (rules.mergedFuture && e.modality === "future");
}

/**
 * One meeting told in several sentences of an article is one event: same type, same states and
 * the same date (`أجرتا محادثات` … `زيارة بيلوسوف إلى بكين`).
 */
export function mergeRepeats(
  events: Event[],
  types: TypeTable,
  retold: ReadonlySet<Event>,
  weekdays: ReadonlySet<string>,
  /** The document's persons' entity ids: the same person's act told again is one (`sameTeller`). */
  persons: ReadonlySet<string> = new Set(),
  /** Words of a habit (cue habitual): an act told with one is no retelling of the day's (`sameTeller`). */
  habitual: ReadonlySet<string> = new Set(),
  /** Where the article's lead (its first two sentences) ends: `sameTeller` folds into an act told there. */
  leadEnd = 0,
  /** The report each event's sentence belongs to (continued-speech.ts): `sameReport` folds an act told twice in one. */
  reportOf: (e: Event) => Report | undefined = () => undefined,
  /** Acts of a clause of time with a date of their own (`بعد أن اتهم … هذا الأسبوع`): folded into the act told before on a day that date holds. */
  grounds: ReadonlySet<Event> = new Set(),
  /**
   * Words of a meeting and of a call: a meeting told after a call dated apart is another act (call-meeting.ts);
   * words of a schedule: a plan named as scheduled and given a day later is one plan (planRetold).
   */
  callMeeting?: CallMeetingCues & PlanCues,
): Event[] {
  const out: Event[] = [];
  /** Kept events first told undated as background (a pluperfect, a meeting revealed): `datedLater`. */
  const undatedFirst = new Set<Event>();
  /** Kept measures first told by a noun with no date of its own (`measureDatedLater`). */
  const nounFirst = new Set<Event>();
  // The reports each kept event is told in, its first telling's and those of the tellings folded into it.
  const told = new Map<Event, Set<number>>();
  const tell = (kept: Event, e: Event) => {
    const r = reportOf(e);
    if (r !== undefined) told.set(kept, (told.get(kept) ?? new Set<number>()).add(r.opening));
  };
  for (const e of events) {
    // A retelling without a date of its own (`قبل ساعات من اللقاء`) is the happening already told.
    // `وكان المتحدث قد أعلن أن بلاده قررت وقف …`: a pluperfect retelling of an act told before, by the
    // same side to the same side, is that act, whatever its type.
    const same = out.find(
      (o) =>
        o.type === e.type &&
        o.negated === e.negated &&
        // من المقرر أن يلتقي: a scheduled meeting is not the meeting told as held.
        o.modality === e.modality &&
        statesOf(o) === statesOf(e) &&
        !callAndVisit(o, e) &&
        !meetingAfterCall(o, e, callMeeting) &&
        !otherPeople(o, e, persons) &&
        !visitsBothWays(o, e) &&
        // طردت روسيا الدبلوماسيين … وكانت موسكو قد أغلقت القنصلية: for a type whose modes are apart, a
        // measure of another mode retold in another sentence is another measure, as in one sentence.
        !(rulesOf(types, o.type).modesApart && (o.mode ?? "") !== (e.mode ?? "")) &&
        (mergesWith(rulesOf(types, o.type), o)
          ? // قصف إسرائيلي … والهجمات الفلسطينية: a directed act told the other way is another act.
            (rulesOf(types, o.type).mutual || sidesOf(o) === sidesOf(e)) &&
            (sameDate(o, e) ||
              undatedRetelling(rulesOf(types, o.type), o, e, retold) ||
              (rulesOf(types, o.type).merged && toldUndated(o, e, weekdays)) ||
              (!rulesOf(types, o.type).merged && planRetold(o, e, weekdays, callMeeting)) ||
              // A strike told undated and a strike dated later may be two (`إسقاط طائرة مدنية` in summer, a
              // shelling in April): only a mutual act (a meeting) first told undated is the one dated later.
              // (A plan to meet told in the pluperfect, then dated, is one plan: mergesWith holds it for AGREE future.)
              (rulesOf(types, o.type).mutual && datedLater(o, e, undatedFirst)))
          : (retold.has(e) && e.date_text === null && sidesOf(o) === sidesOf(e)) ||
            (grounds.has(e) && coarserDate(o, e) && sidesOf(o) === sidesOf(e)) ||
            measureDatedLater(types, o, e, nounFirst) ||
            sameTeller(o, e, persons, habitual, leadEnd) ||
            sameReport(rulesOf(types, o.type), o, e, told.get(o), reportOf)),
    );
    if (!same) {
      const kept = { ...e, id: `v${out.length + 1}` };
      out.push(kept);
      tell(kept, e);
      if (retold.has(e) && e.date === null) undatedFirst.add(kept);
      if (retold.has(e) && e.date_text === null) nounFirst.add(kept);
      continue;
    }
    tell(same, e);
    // كشفت صحيفة عن لقاء سري … وعقد اللقاء في الربيع الماضي: the retelling gives the undated telling its time.
    if (datedLater(same, e, undatedFirst)) {
      Object.assign(same, { date: e.date, end_date: e.end_date, date_text: e.date_text });
      undatedFirst.delete(same);
    }
    // إعادة فرض العقوبات الأمريكية على إيران … العقوبات التي اتخذتها واشنطن في مايو: the measure takes its time.
    if (measureDatedLater(types, same, e, nounFirst)) {
      Object.assign(same, { date: e.date, end_date: e.end_date, date_text: e.date_text });
      nounFirst.delete(same);
    }
    // `سيلتقي الزعيمان في سنغافورة` … `وسيلتقيان الثلاثاء`: the happening takes the day its retelling gives.
    if (rulesOf(types, same.type).merged && toldUndated(same, e, weekdays))
      Object.assign(same, { date: e.date, end_date: e.end_date });
    // `قمته المرتقبة` … `وسيلتقيان الثلاثاء`: a plan takes the finer date its retelling gives.
    if (
      !rulesOf(types, same.type).merged &&
      planRetold(same, e, weekdays, callMeeting) &&
      (same.date_text === null || (e.date as string).length > (same.date as string).length)
    )
      Object.assign(same, { date: e.date, end_date: e.end_date, date_text: e.date_text });
    same.date_text ??= e.date_text;
  }
  return out;
}

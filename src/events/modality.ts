// Polarity and modality of an event from the cues before its trigger.
import { neededNoun } from "./needed-act.ts";
import { DIGITS_KEY } from "../arabic/regexes.ts";
import { heldAfterSides } from "./held-after-sides.ts";
import type { Modality, Token } from "../pipeline/types.ts";
import { imperfectVerb } from "./act-dates.ts";
import { soonImperfect } from "./soon-imperfect.ts";
import { anyIn, type EventCues, tokenIn } from "./cues.ts";
import { afterWordBefore } from "./after-told.ts";
import { lamNotPurpose } from "./lam-cause.ts";
import { purposeCarried } from "./purpose-carrier.ts";
import { purposeOfFuture } from "./purpose-future.ts";
import { unexpected } from "./unexpected.ts";
import { threatened } from "./threatened.ts";
import { ruledOut } from "./ruled-out.ts";
import { conditionalIn, conditionIn, unlessBefore } from "./conditions.ts";
import {
  cancelled,
  deniedEntailment,
  deniedClause,
  deniedFrom,
  decidedNot,
  NEGATION_REACH,
  negatedCarrier,
  failedAt,
  unableTo,
  negationIn,
  nounNegated,
} from "./negation.ts";
import { futureOccasion } from "./first-time.ts";
import { futurePassive, sharedFuture } from "./shared-future.ts";
import { futureVerbAround, futureVerbCarries, purposeHeld, scheduledMeeting } from "./schedule.ts";
import type { TriggerHit } from "./triggers.ts";
import { tripProgram } from "./trip-program.ts";
import { timeConjunction } from "./when-date.ts";
import { endingVisit } from "./coming-weekday.ts";
import { possible } from "./possible-act.ts";
import { heldFuture } from "./held-future.ts";

/** How many tokens before a trigger a modal cue may stand (`من المقرر أن يعقد الجانبان محادثات`). */
const MODAL_REACH = 6;

export interface Polarity {
  negated: boolean;
  /** Negated by a particle that states a refusal (`لن`), not a denial of a fact. */
  refused: boolean;
  modality: Modality;
  /** A future told as scheduled (`من المقرر أن يلتقي`، `القمة المرتقبة`), not only meant. */
  scheduled?: boolean;
  /** Not ruled out by its actor (`لم يستبعد توجيه ضربة`): possible, and for force a threat. */
  ruledIn?: boolean;
  /** Future in a sentence that states a condition (`ستفرض عقوبات إذا لم تطلق`): for force, a threat. */
  onCondition?: boolean;
}

/**
 * Where the modal cues of a trigger may stand: back to the clause break or speech verb before it.
 * A modal governs across `أن` (`من المقرر أن يلتقي`), a speaker's verb does not (`قال إنه سيلتقي`
 * is future by its own `س`). The window's first token; it ends before the trigger.
 */
function modalWindow(
  tokens: readonly Token[],
  hit: TriggerHit,
  sentenceStart: number,
  cues: EventCues,
): number {
  // تدرس الحلول بعد خروج أمريكا من الاتفاق: the act after `بعد` is the ground, not the studied act (after-told.ts).
  if (afterWordBefore(tokens, hit.first, cues)) return hit.first;
  // وستعيد الولايات المتحدة في السابع من أغسطس فرض: the words of a date between count for none of the reach.
  let from = Math.max(sentenceStart, hit.first - MODAL_REACH);
  for (let d = hit.first - 1; d >= from && from > sentenceStart; d--) if (dateWord(tokens[d], cues)) from--;
  let k = hit.first;
  while (
    k > from &&
    !tokenIn(cues.clauseBreak, tokens[k - 1]) &&
    !tokenIn(cues.speech, tokens[k - 1]) &&
    !summedUp(tokens, k - 1, cues) &&
    !coordinatedAfterComma(tokens[k] as Token)
  )
    k--;
  return k;
}

/** A word of a date written out: a number, a month's name, a weekday or an ordinal day word (calendar.tsv). */
function dateWord(t: Token | undefined, cues: EventCues): boolean {
  return t !== undefined && (DIGITS_KEY.test(t.key) || cues.calendarWord.has(t.key));
}

/**
 * `إن بغداد مستعدة لتقديم تسهيلات، ودعا عمان إلى`: a word in و after punctuation opens a coordinated
 * clause; the modal words of the clause before it are not its own.
 */
function coordinatedAfterComma(t: Token): boolean {
  return !t.linked && /^و/u.test(t.text);
}

/**
 * `ربما قتل هناك، وهو ما تنفيه السعودية`: a relative ما after a pronoun that sums up the clause before
 * (cue what_head) opens a clause of its own; the modal words of the summed-up clause are the charge's,
 * not the act told after ما.
 */
function summedUp(tokens: readonly Token[], k: number, cues: EventCues): boolean {
  return tokens[k]?.key === "ما" && tokenIn(cues.whatHead, tokens[k - 1]);
}

/** `سيعقدون جولة من المحادثات`: the future is carried by the verb that holds a noun trigger. */
function futureLightVerb(t: Token | undefined, cues: EventCues): boolean {
  if (!t) return false;
  for (const b of t.bare)
    if (b.prefix.includes("س") && (cues.lightVerb.has(b.key) || cues.aspectual.has(b.key))) return true;
  return false;
}

/**
 * `عندما يلتقي`، `وحين يزور`: a verb trigger in the imperfect (`ي`، `ن`: `ت` is also the perfect of the
 * `تفاعل` forms, `عندما تحدث` "when he spoke") right after a conjunction of time (cue when_ahead) tells
 * an act to come, not one done; `في حين` (whereas) is none.
 */
function imperfectWhen(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): boolean {
  return timeConjunction(tokens, hit.first - 1, cues) && imperfectVerb(tokens, hit);
}

export function polarity(
  tokens: readonly Token[],
  hit: TriggerHit,
  span: { clauseStart: number; sentenceStart: number },
  cues: EventCues,
): Polarity {
  // Plain numbers, not a closure: tsx names every function when it is made (about 0.7 µs each).
  const negationFrom = Math.max(span.clauseStart, hit.first - NEGATION_REACH);
  const modalFrom = Math.max(span.clauseStart, hit.first - MODAL_REACH);
  const end = hit.first;
  const noun = hit.trigger.pos === "noun";
  // لم تتمكن مصر وإثيوبيا من التوصل إلى اتفاق: not done, and no mere possibility (below).
  const unable = unableTo(tokens, hit, modalFrom, cues);
  const negated =
    (noun
      ? nounNegated(tokens, hit.first, hit.prefix, span.clauseStart, cues.negation, cues)
      : negationIn(tokens, negationFrom, end, cues)) ||
    anyIn(tokens, deniedFrom(tokens, hit, modalFrom, cues), end, cues.negationVerb) ||
    negatedCarrier(tokens, hit, modalFrom, cues) ||
    failedAt(tokens, hit, modalFrom, cues) ||
    deniedEntailment(tokens, span.clauseStart, cues) ||
    (!noun && deniedClause(tokens, span.clauseStart, span.sentenceStart, cues)) ||
    unable;
  const refusalBefore = !noun && anyIn(tokens, negationFrom, end, cues.refusal);
  // لن يلتقي بالرئيس خلال زيارته: a trip's programme, a meeting not to come, no refusal (trip-program.ts).
  const program = refusalBefore && tripProgram(tokens, hit, cues);
  const refused = noun
    ? nounNegated(tokens, hit.first, hit.prefix, span.clauseStart, cues.refusal, cues) ||
      decidedNot(tokens, hit.first, span.clauseStart, cues)
    : refusalBefore && !program;
  const modal = modalWindow(tokens, hit, span.sentenceStart, cues);
  // لم يستبعد الوزير خيار قصف …: the negation is the ruling out's; the act is left possible.
  // هدد ترامب بفرض رسوم جديدة: the threatened act is not done; the threat is its own event.
  if (threatened(tokens, hit, span.clauseStart, cues))
    return { negated: false, refused: false, modality: "conditional" };
  const ruling = ruledOut(tokens, hit.first, span.sentenceStart, cues);
  if (ruling === "in") return { negated: false, refused: false, modality: "conditional", ruledIn: true };
  // استبعد الوزير فرض عقوبات: an act its actor rules out is not done.
  if (ruling === "out") return { negated: true, refused: false, modality: "asserted" };
  // ألغى مسؤولون من كوريا الشمالية اجتماعا مقررا، ألغى ترامب محادثات مقررة مع كيم: cancelling a meeting is
  // REJECT in PLOVER (DESIGN.md); the meeting noun, the cancelling verb's object, carries it (refused_as).
  // توقفت المفاوضات: talks that stopped were not held, and no party refused them.
  const cancel = cancelled(tokens, hit, modalFrom, cues);
  if (cancel !== null)
    return { negated: cancel === "stopped", refused: cancel === "by", modality: "asserted" };
  // ما لم توافق بريطانيا على …، إن لم تطلق أنقرة سراح …: the act is a condition, not done nor denied.
  if (unlessBefore(tokens, modalFrom, end, cues))
    return { negated: false, refused: false, modality: "conditional" };
  let modality: Modality = "asserted";
  const ahead = nounAdjective(tokens, hit, cues.futureAdjective, cues);
  const scheduled = anyIn(tokens, modal, end, cues.scheduled) || ahead;
  const heldAfter = heldAfterSides(tokens, hit, cues); // محادثات بين مصر وإثيوبيا ستعقد، قد تعقد: its predicate
  if (
    conditionalIn(tokens, modal, end, cues) ||
    heldAfter === "possible" ||
    (!unable && possible(tokens, hit, modal, span.sentenceStart, negated, cues))
  )
    modality = "conditional";
  // بناء على طلب من الخرطوم: the request an act answers was made; no other modal before it governs it.
  else if (tokenIn(cues.atRequest, tokens[hit.first - 1]) || tokenIn(cues.atRequest, tokens[hit.first - 2]))
    modality = "asserted";
  else if (hit.trigger.type !== "REQUEST" && anyIn(tokens, modal, end, cues.request)) modality = "requested";
  else if (
    hit.trigger.type !== "REQUEST" &&
    (anyIn(tokens, modal, end, cues.proposal) ||
      nounAdjective(tokens, hit, cues.proposedAdjective, cues) ||
      talkedOf(tokens, hit, cues))
  )
    modality = "proposed";
  // سينهي زيارته إلى السعودية الأربعاء: a visit whose ending is to come is under way (coming-weekday.ts).
  else if (endingVisit(tokens, hit, cues)) modality = "asserted";
  else if (
    hit.prefix.includes("س") ||
    program ||
    futureIn(tokens, modal, end, cues) ||
    neededNoun(tokens, hit, cues) ||
    // ستغلق سفارة إيران وتطرد سفيرها: an imperfect joined by و to a future verb (shared-future.ts).
    sharedFuture(tokens, hit, span.clauseStart, cues) ||
    // سيتم قطع العلاقات وإلغاء دعوة الوزير: a future passive light verb and the verbal nouns it governs.
    futurePassive(tokens, hit, span.clauseStart, cues) ||
    // الاجتماع المرتقب، القمة المقبلة، القمة التاريخية المرتقبة
    ahead ||
    // عندما يلتقي ترامب الرئيس الصيني، حين يزور الرئيس الجزائر: an imperfect after a conjunction of time.
    imperfectWhen(tokens, hit, cues) ||
    // ويلتقي الزعيمان خلال ساعات، ويزور الوزير طهران قريبا: an imperfect with "soon" (soon-imperfect.ts).
    soonImperfect(tokens, hit, cues) ||
    // ستتركز المحادثات، القمة التي ستجمعه مع، اللقاء سيتضمن: a meeting a future verb tells of is planned.
    futureVerbAround(tokens, hit, cues) ||
    heldAfter === "future" ||
    futureVerbCarries(tokens, hit, cues) ||
    // ويفترض أن يجري المبعوث … محادثات مع، أن يذهب الرئيس لإجراء محادثاته مع: talks to come (held-future.ts).
    heldFuture(tokens, hit, span, cues) ||
    // وستكون هذه المرة الثانية التي يزور فيها: the occasion a future copula tells of (first-time.ts).
    futureOccasion(tokens, hit, cues) ||
    // وتسعى فرنسا لعقد قمة مع روسيا، تسعى تركيا لشن هجوم: an act carried with the ل of purpose is sought.
    purposeHeld(tokens, hit, cues) ||
    purposeCarried(tokens, hit, span.clauseStart, cues) ||
    purposeOfFuture(tokens, hit, span.clauseStart, cues) ||
    // تتواصل لاستئناف الاتصال: an indefinite verbal noun after ل of purpose is meant (`مهد للزيارة`: a visit).
    (hit.trigger.pos === "noun" &&
      hit.prefix.replace(/^[وف]/u, "") === "ل" &&
      !/^[وف]?لل/u.test((tokens[hit.first] as Token).text) &&
      // تعرضت مواقع للجيش لقصف تركي، تصدت الدفاعات لهجوم: the ل a verb of undergoing takes, no purpose.
      !undergoneBefore(tokens, hit.first, span.clauseStart, cues) &&
      // تنفيذاً لاتفاق أبرمه البلدان، انتقد الحكومة لموافقتها: the ل of an object or a cause (lam-cause.ts).
      !lamNotPurpose(tokens, hit, span.clauseStart, cues))
  )
    modality = "future";
  // اجتماعا بين أردوغان وبوتين من المقرر أن ينعقد في أبريل: a meeting noun told before its schedule is planned.
  // ومن المقرر أن يلتقي كيم بمون الجمعة، في أول قمة: a meeting noun after its schedule is that meeting.
  // ستفرض الولايات المتحدة عقوبات عليها إذا لم تطلق تركيا سراح القس: a future act on a condition.
  if (modality === "future" && !negated && conditionIn(tokens, hit.first, span.sentenceStart, cues))
    return { negated, refused, modality, onCondition: true };
  const scheduledAfter =
    modality === "asserted" && !negated && scheduledMeeting(tokens, hit, span.sentenceStart, cues);
  if (scheduledAfter) return { negated, refused, modality: "future", scheduled: true };
  return modality === "future" && scheduled
    ? { negated, refused, modality, scheduled }
    : { negated, refused, modality };
}

/**
 * `القمة المرتقبة`، `القمة التاريخية المرتقبة`، `المباحثات المقترحة`: an adjective of `set` right after a
 * noun trigger, or after one word that follows it (another adjective, a nisba, the name of a month:
 * `قمة مايو المقبل`), not across a preposition or a clause break (`محادثات مع الجانب المقبل`).
 */
function nounAdjective(
  tokens: readonly Token[],
  hit: TriggerHit,
  set: ReadonlySet<string>,
  cues: EventCues,
): boolean {
  if (hit.trigger.pos !== "noun") return false;
  if (bareIn(set, tokens[hit.end])) return true;
  const between = tokens[hit.end];
  if (!between || tokenIn(cues.preposition, between) || tokenIn(cues.clauseBreak, between)) return false;
  // زيارة غير مقررة: not scheduled (unexpected.ts).
  if (unexpected(tokens, hit.end + 1, cues)) return false;
  if (/^[وف]/u.test(between.text) && between.bare.some((b) => b.prefix.length > 0)) return false;
  return bareIn(set, tokens[hit.end + 1]);
}

/**
 * `مجرد الحديث عن فرض عقوبات`، `لمناقشة التعاون`، `لبحث اجتماع`: an act's noun right after a word of talking or
 * discussing, or after the عن/في it takes, is the topic of the talk: talked of, not done.
 */
function talkedOf(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): boolean {
  // `فرض عقوبات` is read as a verb too; after a word of talking (or its عن) it can only be the verbal noun.
  if (hit.first < 1) return false;
  if (tokenIn(cues.talkOf, tokens[hit.first - 1])) return true;
  const about = tokens[hit.first - 1] as Token;
  return (about.key === "عن" || about.key === "في") && tokenIn(cues.talkOf, tokens[hit.first - 2]);
}

/** The token itself is in `set`, with no proclitic: `لمقترح ماي` is a noun, the proposal, not an adjective. */
function bareIn(set: ReadonlySet<string>, t: Token | undefined): boolean {
  return t !== undefined && set.has(t.key);
}

/** How far before a noun a verb of undergoing may stand (`تتعرض إيران لضغوط`, as in frames.ts). */
const UNDERGO_REACH = 4;

/** A verb of undergoing (تعرض، واجه، تصدى) within reach before the noun at `first`, in its clause. */
function undergoneBefore(
  tokens: readonly Token[],
  first: number,
  clauseStart: number,
  cues: EventCues,
): boolean {
  for (let k = first - 1; k >= Math.max(clauseStart, first - UNDERGO_REACH); k--)
    if (tokenIn(cues.undergo, tokens[k])) return true;
  return false;
}

/** A future particle or a light verb with س in `tokens[from..to)`. */
function futureIn(tokens: readonly Token[], from: number, to: number, cues: EventCues): boolean {
  for (let k = from; k < to; k++)
    if ((tokenIn(cues.future, tokens[k]) && !unexpected(tokens, k, cues)) || futureLightVerb(tokens[k], cues))
      return true;
  return false;
}

// Negation and refusal of an event from the particles and verbs before its trigger (read by modality.ts).
import { tokenIs } from "../arabic/tokens.ts";
import type { Token } from "../pipeline/types.ts";
import { anyIn, type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many tokens before a trigger a negation particle may stand (`لم يلتق`, `لم يعد يلتقي`). */
export const NEGATION_REACH = 2;

/** A negation particle between `from` and `to`, but not one a verb of ceasing follows (`ما زالت تدعم`: still). */
export function negationIn(tokens: readonly Token[], from: number, to: number, cues: EventCues): boolean {
  for (let k = Math.max(0, from); k < to; k++)
    if (tokenIn(cues.negation, tokens[k]) && !tokenIn(cues.still, tokens[k + 1])) return true;
  return false;
}

/** How many words (`ذلك`) may stand between a verb of implying and its أن (`لا يعني ذلك أن`). */
const ENTAIL_GAP = 1;

/**
 * `لا يعني أن الولايات المتحدة سترفع العقوبات`: the act's clause opens (at `clauseStart`) with or after أن governed by a
 * negated verb of implying (cue entail_verb): it is said not to follow, so it is negated.
 */
export function deniedEntailment(tokens: readonly Token[], clauseStart: number, cues: EventCues): boolean {
  // The clause opens at its أن or right after it.
  const that = tokenIn(cues.complementizer, tokens[clauseStart]) ? clauseStart : clauseStart - 1;
  if (!tokenIn(cues.complementizer, tokens[that])) return false;
  for (let k = that - 1; k >= that - 1 - ENTAIL_GAP && k >= 0; k--)
    if (tokenIn(cues.entailVerb, tokens[k])) return negationIn(tokens, Math.max(0, k - 1), k, cues);
  return false;
}

/** How many words (the denier named after the verb) may stand between a verb of denial and its أن. */
const DENIER_WORDS = 8;

/**
 * `نفى المتحدث باسم الخارجية الصينية أن تكون بلاده قد زودت كوريا الشمالية بالنفط`: the act's clause opens (at
 * `clauseStart`) with or after أن governed by a verb of denial (cue negation_verb) before it, only its
 * subject between (no clause break, relative or other أن), so the act, a verb, is denied. A denial itself
 * negated (`لم ينف أن`) leaves the act open. Nouns deeper in the clause are not read (`نفى أن يكون رد الفعل على
 * اجتماع ترامب وبوتين قد حفزه`: the meeting was held).
 */
export function deniedClause(
  tokens: readonly Token[],
  clauseStart: number,
  sentenceStart: number,
  cues: EventCues,
): boolean {
  const that = tokenIn(cues.complementizer, tokens[clauseStart]) ? clauseStart : clauseStart - 1;
  if (that <= sentenceStart || !tokenIn(cues.complementizer, tokens[that])) return false;
  for (let k = that - 1; k >= Math.max(sentenceStart, that - DENIER_WORDS); k--) {
    const t = tokens[k] as Token;
    if (tokenIn(cues.negationVerb, t)) return !negationIn(tokens, Math.max(sentenceStart, k - 1), k, cues);
    if (k < that - 1 && !tokens[k + 1]?.linked) return false;
    if (tokenIn(cues.complementizer, t) || tokenIn(cues.clauseBreak, t) || tokenIn(cues.relative, t))
      return false;
  }
  return false;
}

/** How far before a noun trigger the light verb that carries it may stand (`لم يوجه الرئيس الأمريكي أي اتهامات`). */
const LIGHT_NEGATION_REACH = 5;

/**
 * A particle negates a noun trigger right before it (`عدم توقيع`، `لا اتفاق`), or two before unless an
 * imperfect verb of its own stands between (`لا تؤثر الضربات`: the strikes happened; `لا تزال
 * المحادثات`), or before the light verb that carries it (`لم تجر الصين محادثات`، `لم يوجه … أي اتهامات`).
 */
export function nounNegated(
  tokens: readonly Token[],
  first: number,
  prefix: string,
  clauseStart: number,
  set: ReadonlySet<string>,
  cues: EventCues,
): boolean {
  // لا زالت المحادثات: a verb of ceasing after the particle makes it "still", no negation.
  const at = (k: number) =>
    k >= clauseStart && tokenIn(set, tokens[k]) && !tokenIn(cues.still, tokens[k + 1]);
  if (at(first - 1)) return true;
  if (noneHeld(tokens, first, at, cues)) return true;
  const between = tokens[first - 1] as Token | undefined;
  // لا أساس لاتهامات مادورو: a charge called groundless was made; the negation is its ground's.
  if (
    tokenIn(cues.groundNoun, between) &&
    /ل/u.test(prefix) &&
    (tokenIn(cues.chargeNoun, tokens[first]) || tokenIn(cues.claimCharge, tokens[first]))
  )
    return false;
  if (at(first - 2) && between) {
    const verb = /^[يت]/u.test(between.text) && !tokenIn(cues.lightVerb, between);
    if (!verb) return true;
  }
  // لا تعتزم إبعاد دبلوماسيين، لا تريد حاليا فرض عقوبات: a verb of wanting under the particle carries it to the act
  // it wants, one word (an adverb, its subject) between at most.
  for (let k = first - 1; k >= Math.max(clauseStart + 1, first - 2); k--)
    if (tokenIn(cues.wishBridge, tokens[k]) && at(k - 1)) return true;
  // لم تقدم أي إنذار لضربة، لم يقدم أي دليل على اتهامه: the light verb's object is another noun.
  if (/[بلك]/u.test(prefix.replace(/^[وف]/u, "")) || tokenIn(cues.preposition, between)) return false;
  for (let k = first - 2; k >= Math.max(clauseStart + 1, first - LIGHT_NEGATION_REACH); k--) {
    if (tokenIn(cues.anyWord, tokens[k])) return false;
    if (tokenIn(cues.lightVerb, tokens[k]) && at(k - 1)) return true;
  }
  return false;
}

/**
 * `ليس لها أي اتصال بدمشق`، `ليس لقطر أي اتصال مع`: a negation, a ل phrase of the holder and `أي` (cue any_word)
 * right before the noun say that the holder has none of it: the act is negated, not left possible.
 */
function noneHeld(
  tokens: readonly Token[],
  first: number,
  at: (k: number) => boolean,
  cues: EventCues,
): boolean {
  if (!tokenIn(cues.anyWord, tokens[first - 1])) return false;
  const holder = tokens[first - 2];
  return holder !== undefined && holder.bare.some((b) => b.prefix === "ل") && at(first - 3);
}

/**
 * `إذا قرر ترامب عدم المصادقة على التزام إيران`، `قررت الحكومة عدم المشاركة`: an act a party decides not to
 * do (cue `decide` right before `عدم`, or with the deciding party between) is refused, as `لن` is.
 */
export function decidedNot(
  tokens: readonly Token[],
  first: number,
  clauseStart: number,
  cues: EventCues,
): boolean {
  if (!tokenIs(tokens[first - 1], "عدم")) return false;
  for (let k = first - 2; k >= Math.max(clauseStart, first - DECIDE_REACH); k--)
    if (tokenIn(cues.decide, tokens[k])) return true;
  return false;
}

/** How far before `عدم` its deciding verb may stand, its subject between (`قرر الرئيس الأمريكي دونالد ترامب عدم`). */
const DECIDE_REACH = 6;

/** `لم تواصل فرنسا دعمها لمالي`: a negation before the aspectual verb that carries a noun trigger. */
export function negatedCarrier(
  tokens: readonly Token[],
  hit: TriggerHit,
  from: number,
  cues: EventCues,
): boolean {
  if (hit.trigger.pos !== "noun") return false;
  for (let k = hit.first - 1; k >= from; k--)
    if (tokenIn(cues.aspectual, tokens[k]))
      return negationIn(tokens, Math.max(from, k - NEGATION_REACH), k, cues);
  return false;
}

/**
 * `لم تستطع مصر وإثيوبيا التوصل إلى اتفاق`، `لم تتمكن من زيارة`: a negated verb of being able (cue `able`)
 * before the trigger: the act was not done (a fact, not a possibility); not an attempt named by its
 * outcome (`لم تستطع إقناع إيران`: Iran was asked).
 */
export function unableTo(tokens: readonly Token[], hit: TriggerHit, from: number, cues: EventCues): boolean {
  if (tokenIn(cues.effortAct, tokens[hit.first])) return false;
  for (let k = hit.first - 1; k >= from; k--)
    if (tokenIn(cues.able, tokens[k])) return negationIn(tokens, Math.max(from, k - NEGATION_REACH), k, cues);
  return false;
}

/**
 * `فشلت مصر وإثيوبيا في التوصل إلى اتفاق`، `أخفق المجلس بالتوصل إلى قرار`: an act a party failed at (cue
 * `fail` before it, and في or ب right on the act) was not done. Talks that failed were held: `فشل
 * المحادثات` carries no في, and stays held.
 */
export function failedAt(tokens: readonly Token[], hit: TriggerHit, from: number, cues: EventCues): boolean {
  if (tokenIn(cues.effortAct, tokens[hit.first])) return false;
  const on = tokenIs(tokens[hit.first - 1], "في") || hit.prefix.replace(/^[وف]/u, "").startsWith("ب");
  return on && anyIn(tokens, from, hit.first, cues.fail);
}

/**
 * A meeting noun that is the object of a cancel cue a few words before it, with no preposition or clause
 * break between (but من) and no ب/ل/ك on the noun (`ألغت الصين العقوبات خلال زيارة الوزير`: the visit was held).
 */
export function cancelled(
  tokens: readonly Token[],
  hit: TriggerHit,
  from: number,
  cues: EventCues,
): "by" | "stopped" | null {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "noun") return null;
  return cancelledBefore(tokens, hit, from, cues) ?? stoppedAfter(tokens, hit, cues);
}

function cancelledBefore(
  tokens: readonly Token[],
  hit: TriggerHit,
  from: number,
  cues: EventCues,
): "by" | "stopped" | null {
  if (/[بلك]/u.test(hit.prefix.replace(/^[وف]/u, ""))) return null;
  for (let k = hit.first - 1; k >= Math.max(0, from); k--) {
    const t = tokens[k] as Token;
    // سيتوجه للسعودية من أجل اللقاء: أجل after من is "for", no postponing.
    if (tokenIn(cues.cancel, t) && !(t.key === "اجل" && tokens[k - 1]?.key === "من"))
      return tokenIn(cues.cancelBy, t) ? "by" : "stopped";
    // مسؤولون من كوريا الشمالية: من inside the canceller's name is no boundary.
    if (
      (tokenIn(cues.preposition, t) && t.key !== "من") ||
      tokenIn(cues.clauseBreak, t) ||
      tokenIn(cues.speech, t)
    )
      return null;
  }
  return null;
}

/** How far after a meeting noun its relative pronoun may stand (`محادثات السلام بين الإسرائيليين والفلسطينيين التي`). */
const STOPPED_REACH = 6;

/**
 * `محادثات السلام بين الإسرائيليين والفلسطينيين التي توقفت منذ`، `القمة التي ألغيت`: a meeting noun whose
 * relative clause opens with a verb of stopping or cancelling (cue cancel) names talks not held then, as
 * `وتوقفت المفاوضات` does; the relative pronoun a few words on, with no clause break before it.
 */
function stoppedAfter(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): "by" | "stopped" | null {
  const sentence = (tokens[hit.first] as Token).sentence;
  for (let k = hit.end; k < hit.end + STOPPED_REACH && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return null;
    if (tokenIn(cues.relative, t)) {
      const verb = tokens[k + 1];
      if (!verb || !tokenIn(cues.cancel, verb)) return null;
      return tokenIn(cues.cancelBy, verb) ? "by" : "stopped";
    }
    if (tokenIn(cues.clauseBreak, t) || tokenIn(cues.speech, t)) return null;
  }
  return null;
}

/**
 * نفت طهران أي دور لها في الهجوم، واتهمت باريس بتلفيق الرواية: a verb after و opens a clause of its own, and
 * a denial verb before it governs its own object, not this act; unless a complementizer stands between
 * (نفت أن تكون التقت الوفد وتفاوضت معه: both acts inside the denied clause). Where a denial verb counts from.
 */
export function deniedFrom(tokens: readonly Token[], hit: TriggerHit, from: number, cues: EventCues): number {
  if (hit.trigger.pos !== "verb" || !hit.prefix.startsWith("و")) return from;
  for (let k = hit.first - 1; k >= from; k--) {
    if (tokenIn(cues.complementizer, tokens[k])) return from;
    if (tokenIn(cues.negationVerb, tokens[k])) return hit.first;
  }
  return from;
}

// Whether a trigger row fits where its form stands (triggers.ts): a verb after no preposition, the
// word the row needs found after it, or before it (an aspectual verb's subject, a pronoun's antecedent).
import type { Token } from "../pipeline/types.ts";
import { keyOf } from "../arabic/normalize.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { followedBy } from "./key-openings.ts";
import { blamedFar, describedAs } from "./described-as.ts";
import { type DealCues, knownDeal, soughtDeal } from "./deal-known.ts";
import type { Trigger } from "./trigger-row.ts";
import { interceptedObject } from "./intercepted.ts";
import { choiceTopic, standingTopic } from "./standing-topic.ts";
import { measurePurposed } from "./borne-measure.ts";
import { verbCore } from "./gender-object.ts";
import { unlessWithin } from "./unless-words.ts";

/**
 * The cue sets `findTriggers` takes beside its own parameters: those `unfit` reads (the words of intent, of
 * its readings past a row's reach, of help and of relatives) and the prepositions before a complement noun.
 */
export type FitCues = Pick<
  EventCues,
  | "intent"
  | "descriptionOpener"
  | "blameNoun"
  | "helpNoun"
  | "objectRelative"
  | "complementPrep"
  | "topicPrep"
  | "choiceOr"
  | "talkOf"
  | "beforeAdverb"
  | "reachVerb"
  | "reachTo"
  | "reachedFinding"
  | "reachedDeal"
  | "decisionNoun"
  | "containVerb"
  | "demandNoun"
  | "titleObject"
  | "concessive"
  | "launchVerb"
> &
  DealCues;

/** No cues: what `findTriggers` reads when its caller gives none (tests of the rows alone). */
export const NO_FIT_CUES: FitCues = {
  intent: new Set(),
  descriptionOpener: new Set(),
  blameNoun: new Set(),
  helpNoun: new Set(),
  objectRelative: new Set(),
  complementPrep: new Set(),
  topicPrep: new Set(),
  choiceOr: new Set(),
  talkOf: new Set(),
  beforeAdverb: new Set(),
  reachVerb: new Set(),
  reachTo: new Set(),
  reachedFinding: new Set(),
  reachedDeal: new Set(),
  decisionNoun: new Set(),
  containVerb: new Set(),
  demandNoun: new Set(),
  titleObject: new Set(),
  concessive: new Set(),
  launchVerb: new Set(),
  dealKept: new Set(),
  dealKeptPrep: new Set(),
  dealMade: new Set(),
  dealMadeParticiple: new Set(),
  dealTopic: new Set(),
  dealSides: new Set(),
  dealSought: new Set(),
  dealSignNoun: new Set(),
  relative: new Set(),
};

/** A word whose last letter is ة, harakat after it allowed (`وزارةُ`). */
const TEH_MARBUTA_END = /ة\p{M}*$/u;

/**
 * Why the row does not fit here, or null when it does. A verb takes و ف س before it, never a
 * preposition: بحذر is "with caution", not "warned".
 */
export function unfit(
  trigger: Trigger,
  tokens: readonly Token[],
  first: number,
  end: number,
  prefix: string,
  aspectual: ReadonlySet<string>,
  cues: FitCues = NO_FIT_CUES,
): string | null {
  if (
    trigger.pos === "verb" &&
    prefix !== "" &&
    /[بلك]/u.test(prefix.replace(/^[وف]/u, "")) &&
    !(trigger.type === "REQUEST" && purposeVerb(tokens, first, prefix)) &&
    !(trigger.type === "AID" && helpNoun(tokens[first], cues) && purposeVerb(tokens, first, prefix, true))
  )
    return "verb after a preposition";
  // أعلنت من قبل تحفظها: with the word before it, the form is the adverb `من قبل` "before" or "by" (cue
  // before_adverb), no verb.
  if (trigger.pos === "verb" && prefix === "" && adverbPhrase(tokens, first, cues)) return "an adverb phrase";
  // الأمر الذي أدانته موسكو: the form is a verb with its object pronoun only right after a relative pronoun or
  // a summing ما; elsewhere it is the noun with its own (إدانته بالفساد, his conviction).
  if (trigger.relative && !afterRelative(tokens, first, cues)) return "not after a relative";
  // حتى هنا في أفريقيا: a form that folds into another word, written as that word, is that word (`هنأ`).
  if (trigger.writtenNot?.has(verbCore(tokens[first] as Token, prefix))) return "written as another word";
  if (trigger.pronounHeh && TEH_MARBUTA_END.test((tokens[first] as Token).text)) return "word in ة";
  // ضربة جزاء، هجوم المنتخب: the word after gives the trigger another sense; so does the word after one of
  // the trigger's own prepositions (وصل إلى حد، وصلت إلى مستوى: a point reached, no visit).
  if (!trigger.right && trigger.unless.length > 0 && unlessAfter(tokens, trigger, end))
    return "unless word after";
  // بدأت القوات الأمريكية انسحابها من سوريا: after an aspectual verb the noun is the act and the verb's
  // subject, between the two, may hold the word the noun needs (as a light verb's subject is its agent).
  // تسعى فرنسا للحفاظ على الاتفاق، موقف واشنطن من الاتفاق: a deal already known, kept or judged, is no deal made.
  if (trigger.deal && knownDeal(tokens, first, end, prefix, cues)) return "a deal known, not made";
  // جهود الوسطاء لإبرام اتفاق جديد: a signing sought, not made nor promised (conditions: act-type.ts).
  if (trigger.signing && trigger.pos === "noun" && soughtDeal(tokens, first, prefix, cues))
    return "a deal sought, not made";
  if (trigger.aspectual && aspectualBefore(tokens, first, aspectual) < 0) return "no aspectual verb";
  // وحول العقوبات الأمريكية على روسيا، أعلنت …: a standing measure after a topic word is spoken of (standing-topic.ts).
  if (trigger.standing && standingTopic(tokens, first, cues)) return "a standing measure as a topic";
  // سيحسم موقفه بشأن الانسحاب أو البقاء: a measure after a topic word, told with its alternative, is a choice.
  if (trigger.type === "SANCTION" && trigger.pos === "noun" && choiceTopic(tokens, first, end, cues))
    return "a measure as a choice";
  // تستعد واشنطن لفرض عقوبات: after the ل of purpose the verbal noun's row gives way to `عقوبات على` (borne-measure.ts).
  if (measurePurposed(trigger, tokens, first, end, prefix)) return "a measure as a purpose";
  // قررت روسيا سحب قواتها، أعرب عن رغبته في سحب القوات: the noun is the act decided, meant or announced;
  // bare, it is a topic or a past told in passing (ملف سحب القوات، فأسرعت بسحب القوات من العراق).
  if (
    trigger.intent &&
    aspectualBefore(tokens, first, aspectual) < 0 &&
    aspectualBefore(tokens, first, cues.intent) < 0
  )
    return "no word of intent";
  // قال إن لإسرائيل الحق في …: the right is the word itself, not a word it opens (حقق، حقوق، حقيقة).
  // حق النقض: a word after the right noun (the row's `unless`) gives it another sense, the veto.
  if (trigger.right) {
    const at = wholeWordAfter(tokens, end, trigger.needs, trigger.reach);
    return at >= 0 && !unlessWithin(tokens, at + 1, trigger.unless) ? null : "needed word missing";
  }
  // تصدت الدفاعات الجوية السورية لصواريخ إسرائيلية: a projectile met is the verb's object (intercepted.ts).
  if (trigger.received && trigger.type === "ASSAULT")
    return interceptedObject(trigger, tokens, end) ? null : "no projectile as object";
  if (trigger.needs.length === 0 || followedBy(tokens, end, trigger.needs, trigger.reach)) return null;
  if (describedAs(trigger, tokens, end, cues) || blamedFar(trigger, tokens, end, cues)) return null;
  const verb = trigger.pos === "noun" ? aspectualBefore(tokens, first, aspectual) : -1;
  if (verb >= 0 && followedBy(tokens, verb + 1, trigger.needs, first - verb - 1)) return null;
  // شنت القوات الأمريكية هجوما على العراق: so is a launching verb's subject a force that makes its attack noun one.
  const launch = trigger.pos === "noun" ? aspectualBefore(tokens, first, cues.launchVerb) : -1;
  if (launch >= 0 && followedBy(tokens, launch + 1, trigger.needs, first - launch - 1)) return null;
  // العقوبات الأخيرة التي فرضتها الولايات المتحدة، الاتفاق الذي وقعته: a verb whose object pronoun
  // stands for the noun just before it (its relative clause's antecedent) has its needed word there.
  if (
    trigger.pos === "verb" &&
    (trigger.object === "ه" || trigger.object === "ها") &&
    neededBefore(tokens, first, trigger.needs)
  )
    return NEEDED_BEFORE;
  return "needed word missing";
}

/** Where one of `keys` is a whole token, or a token's bare form, within `reach` tokens from `from`; else -1. */
function wholeWordAfter(
  tokens: readonly Token[],
  from: number,
  keys: readonly string[],
  reach: number,
): number {
  const to = Math.min(tokens.length, from + reach);
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (keys.includes(t.key) || t.bare.some((b) => keys.includes(b.key))) return k;
  }
  return -1;
}

/** `unfit`'s answer for a verb whose needed word is the antecedent of its object pronoun. */
export const NEEDED_BEFORE = "needed word before";

/** How far before a verb the antecedent of its object pronoun may stand (`العقوبات الجديدة، التي`; past a title and
 * a name: `العقوبات التي قرر الرئيس الأمريكي فرضها`). */
const ANTECEDENT_REACH = 6;

/** A needed word stands a few tokens before `first`, in its sentence. */
function neededBefore(tokens: readonly Token[], first: number, keys: readonly string[]): boolean {
  const sentence = (tokens[first] as Token).sentence;
  for (let k = first - 1; k >= Math.max(0, first - ANTECEDENT_REACH); k--) {
    if ((tokens[k] as Token).sentence !== sentence) return false;
    if (followedBy(tokens, k, keys, 1)) return true;
  }
  return false;
}

/** A word of `aspectual` (an aspectual verb, a word of intent or a launching verb) a few tokens before a noun in its
 * sentence, or -1. */
function aspectualBefore(tokens: readonly Token[], first: number, aspectual: ReadonlySet<string>): number {
  const sentence = (tokens[first] as Token).sentence;
  for (let k = first - 1; k >= Math.max(0, first - ASPECT_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return -1;
    // tokenIn: a loop, no closure per token, and a SlotSet's bit test before any look-up.
    if (tokenIn(aspectual, t)) return k;
  }
  return -1;
}

/** How far before a noun trigger the aspectual verb whose subject holds its needed word may stand. */
const ASPECT_REACH = 6;

/** An `unless` word right after the trigger, or right after one of its frame's prepositions standing alone. */
function unlessAfter(tokens: readonly Token[], trigger: Trigger, end: number): boolean {
  if (unlessWithin(tokens, end, trigger.unless)) return true;
  const next = tokens[end];
  return (
    next !== undefined && trigger.frame.includes(next.key) && unlessWithin(tokens, end + 1, trigger.unless)
  );
}

/**
 * `ليطلب من بريطانيا`، `لتحث طهران على`: ل before an imperfect is the ل of purpose before a verb, not a
 * preposition before a noun; read for the verb forms of requests only, whose asker is the subject of the
 * verb they serve (meeting-object.ts): ل before a visit may tell what came next (`ليزور فرنسا بعدها`), and
 * ت opens verbal nouns of other rows (`لتعاون`، `لتبادل`).
 */
function purposeVerb(tokens: readonly Token[], first: number, prefix: string, noun = false): boolean {
  return (
    prefix.replace(/^[وف]/u, "") === "ل" &&
    (noun || /^[يت]/u.test((tokens[first] as Token).text.slice(prefix.length)))
  );
}

/**
 * The token is the verbal noun of help (cue help_noun: `لمساعدة الجيش`), with or without its proclitics,
 * whose AID row is read as a verb only after ل of purpose (meeting-object.ts).
 */
export function helpNoun(t: Token | undefined, cues: Pick<EventCues, "helpNoun">): boolean {
  return tokenIn(cues.helpNoun, t);
}

/** The key of قد, made once (not at every call). */
const QAD = keyOf("قد");

/**
 * The token before `first` (or before a قد right before it) is a relative pronoun or the summing ما (cue
 * object_relative), before a verb whose object pronoun stands for what they refer to.
 */
function afterRelative(
  tokens: readonly Token[],
  first: number,
  cues: Pick<EventCues, "objectRelative">,
): boolean {
  const before = tokens[first - 1]?.key === QAD ? first - 2 : first - 1;
  const t = tokens[before];
  return (
    t !== undefined && t.sentence === (tokens[first] as Token).sentence && cues.objectRelative.has(t.key)
  );
}

/** The word at `i` ends a `before_adverb` phrase with the word before it in its sentence (`من قبل`). */
function adverbPhrase(tokens: readonly Token[], i: number, cues: FitCues): boolean {
  const prev = tokens[i - 1];
  const word = tokens[i] as Token;
  if (!prev || prev.sentence !== word.sentence) return false;
  return [prev.key, ...prev.bare.map((b) => b.key)].some((k) => cues.beforeAdverb.has(`${k} ${word.key}`));
}

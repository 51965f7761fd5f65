// Actor search: who did the act, from Arabic word order (`بكين رفضت`، `التقى بوتين`) and light verbs.
import { DIGITS_KEY } from "../arabic/regexes.ts";
import type { Token } from "../pipeline/types.ts";
import { isReference } from "./references.ts";
import { issuedTextIssuer, issuedTextObject, subjectAfterVerb } from "./issued-text.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { afterPreposition, GENITIVE_REACH, governed, groupAt, punctuated, unitFrom } from "./clause-units.ts";
import { anyIn, tokenIn } from "./cues.ts";
import { asideAntecedent } from "./aside.ts";
import { titleBody } from "./title-body.ts";
import { lamObjectNisba, nounAfterWord, notSubjectsAct, speechObjectOwner } from "./speech-object.ts";
import { personNisba } from "./private-subject.ts";
import type { TriggerHit } from "./triggers.ts";
import { seatOf } from "./place-mentions.ts";
import { groupBeforePast, pastOwnSeat } from "./envoy-seat.ts";
import { ownerOfObject } from "./object-owner.ts";
import { freedGenitive, refusedRelease, struckGenitive } from "./object-genitive.ts";
import { disagreeingBefore, objectByGender } from "./gender-object.ts";
import { commaVerbSubject } from "./comma-subject.ts";
import { conjunctOfAnother } from "./governed-conjunct.ts";
import { ownIndefiniteSubject } from "./own-subject.ts";
import {
  antecedentOf,
  OBJECT_PRONOUN,
  relativeAgent,
  relativeCarrier,
  relativeSubject,
} from "./relative-actor.ts";
import { lightVerbSubject, nearestLightVerb } from "./light-verb-subject.ts";
import { agreeingSubject } from "./participle-gender.ts";
import { eachOpensSentence, eachSubject } from "./each-subject.ts";
import { gapIs } from "../arabic/gaps.ts";
import { pastGenitive } from "./opening-genitive.ts";

/** How far after a verb its subject may stand (VSO: `التقى أكبر مسؤول … نظيره`). */
const SUBJECT_REACH = 8;
/** How close before a verb a subject must end to be read SVO (`بكين رفضت`). */
const SVO_GAP = 2;

/** The token is one of the words the trigger needs after it (`طرد` … `السفير`). */
function needed(t: Token | undefined, hit: TriggerHit): boolean {
  if (!t) return false;
  // Loops, not an array of the keys and two closures: asked twice of the token before each unit after a trigger.
  for (const n of hit.trigger.needs) {
    if (t.key.startsWith(n)) return true;
    for (const b of t.bare) if (b.key.startsWith(n)) return true;
  }
  return false;
}

/** `أعلن بوتين تعليق …، متهماً واشنطن`: a participle's actor is the subject its sentence opens with. */
export function matrixSubject(c: Clause, hit: TriggerHit, from: number = c.sentenceStart): PartyUnit[] {
  const first = c.units.find(
    (u) =>
      u.first >= from &&
      u.end <= hit.first &&
      u.prefix.replace(/^[وف]/u, "") === "" &&
      (!tokenIn(c.cues.preposition, c.tokens[u.first - 1]) ||
        tokenIn(c.cues.seatBody, c.tokens[u.first - 2]) ||
        eachOpensSentence(c, u)),
  );
  return first ? groupAt(c, first) : [];
}

/** An indefinite accusative ending (`إيرانيا`، `أمريكياً`): the nisba of an object, not a subject. */
const ACCUSATIVE = /[^ي]يا[\u064B]?$/u;
/** A phrase trigger that opens with ب + the article (`بالتنسيق مع`): an adverbial of manner. */
const MANNER = /^بال/u;

/** A noun trigger, or a verb's spelling right after a preposition (`حول رفض أنقرة`), which only a verbal noun takes. */
function verbalNoun(c: Clause, hit: TriggerHit): boolean {
  return hit.trigger.pos === "noun" || tokenIn(c.cues.preposition, c.tokens[hit.first - 1]);
}

export function findActor(c: Clause, hit: TriggerHit): PartyUnit[] {
  const actor = actorOf(c, hit);
  // اتهم السفير الداعية المصري: a nisba after a noun of a private person (cue person_head) is no agent; nor a refused release's.
  const none = (actor.length === 1 && personNisba(c, actor[0] as PartyUnit)) || refusedRelease(c, hit, actor);
  return none ? [] : actor;
}

function actorOf(c: Clause, hit: TriggerHit): PartyUnit[] {
  const frame = hit.trigger.frame;
  // …، إن خفر السواحل الهندي شارك في المداهمة بالتنسيق مع …: a manner phrase with ب is the nearest
  // clause's, so its actor is that clause's subject (none after a passive word: `وقد تم التخطيط للعمليات
  // بالتنسيق مع`); a circumstantial participle, or a manner phrase with no subject in its clause, the sentence's.
  if (hit.trigger.pos === "participle") {
    const manner = MANNER.test(c.tokens[hit.first]?.text ?? "");
    const own = manner ? matrixSubject(c, hit, c.start) : [];
    const ownEnd = own.length > 0 ? (own[own.length - 1] as PartyUnit).end : c.start;
    if (manner && anyIn(c.tokens, ownEnd, hit.first, c.cues.passiveAux)) return [];
    return agreeingSubject(c, hit, pastGenitive(c, hit, own.length > 0 ? own : matrixSubject(c, hit)));
  }
  const issuer = issuedTextIssuer(c, hit); // قرارا يطالب واشنطن: the text's issuer acts (issued-text.ts)
  if (issuer.length > 0) return issuer;
  // ناشد الأمين العام للأمم المتحدة: the title's body after ل (title-body.ts).
  const titled = titleBody(c, hit);
  if (titled.length > 0) return titled;
  const summing = summingSubject(c, hit);
  if (summing !== null) return summing;
  const antecedent = relativeSubject(c, hit);
  if (antecedent.length > 0) return antecedent;
  // الضربة التي وجهها الجيش: the relative clause names who carried the act out.
  const carriedBy = hit.trigger.pos === "noun" ? relativeCarrier(c, hit) : [];
  if (carriedBy.length > 0) return carriedBy;
  // اتفقت عليها روسيا وتركيا: a pronoun on a preposition is never the subject, nor stands in its place.
  const pronouns = c.units.filter(isReference);
  const after = unitFrom(c, hit.end, hit.trigger.pos === "noun" ? GENITIVE_REACH : SUBJECT_REACH, pronouns);
  const targeted =
    hit.trigger.pos === "noun" &&
    after !== undefined &&
    anyIn(c.tokens, hit.end, after.first, c.cues.targetVerb);
  const genderObject = after !== undefined && objectByGender(c, hit, after);
  // طالبت كل من بريطانيا وفرنسا، دعا مكتب … التابع للأمم المتحدة: a subject a preposition opens (subject-after.ts).
  const afterOk =
    (after !== undefined && subjectAfterVerb(c, hit, after)) ||
    (after !== undefined &&
      // بطرد السفير الكندي، طردت … 145 دبلوماسيا روسيا: a party right after the envoy the trigger needs is
      // the envoy's state, the act's object, not its agent (`عقوبات أمريكية` keeps its agent).
      !(needed(c.tokens[after.first - 1], hit) && tokenIn(c.cues.envoyHead, c.tokens[after.first - 1])) &&
      // اعتقال 21 فلسطينيا، القبض على 14 إيرانيا: a counted nisba names the people it was done to, no agent.
      !(needed(c.tokens[after.first - 1], hit) && DIGITS_KEY.test(c.tokens[after.first - 1]?.key ?? "")) &&
      !governed(c, after, hit.end, frame) &&
      !ownerOfObject(c, hit, after) &&
      // ضد قصف اليمن: the state right after a noun of force, with no target after it, is the one struck.
      !struckGenitive(c, hit, after) &&
      !freedGenitive(c, hit, after) &&
      // وأدانت كل من مصر والأردن، وزار عدد من الوزراء الفرنسيين: a subject opened before من (each-subject.ts).
      (!afterPreposition(c, after, hit.end) || eachSubject(c, hit, after)) &&
      // أصدرت المحكمة قرارا يطالب واشنطن: the state after a verb describing a text is its object (issued-text.ts).
      !issuedTextObject(c, hit, after) &&
      // رحب الوزير بالصين وروسيا، …، والبحرين تؤيد: a state joined by و to a governed one or opening a verb of its own.
      !conjunctOfAnother(c, after) &&
      // لن تقبل وجودا إيرانيا: an accusative nisba is the object's adjective, never a verb's subject.
      !(
        hit.trigger.pos === "verb" &&
        after.type === "NISBA" &&
        ACCUSATIVE.test(c.tokens[after.first]?.text ?? "")
      ) &&
      // رفضا لصفقة القرن الأمريكية، انتقادات للرئيس الأمريكي: a party after the object on ل of a noun of
      // speech to another (a charge, a refusal, a demand, a warning) is that object's, not the agent.
      !speechObjectOwner(c, hit, after) &&
      // تهديدات، وحُمّل مسؤولية أداء ألمانيا: a noun's genitive follows it with no punctuation between.
      (hit.trigger.pos !== "noun" || !punctuated(c, hit.end, after.first)) &&
      // شنت إسرائيل غارات استهدفت مواقع إيرانية: a party after a verb of targeting is its object.
      !targeted &&
      // ووصف طهران بأنها: a state right after a verb of the masculine form is its object.
      !genderObject);
  if (hit.trigger.pos === "noun" && afterOk) {
    const carrier = lamObjectNisba(c, hit, after) ? lightVerbSubject(c, hit) : []; // ووجهت إسرائيل ضربة لمواقع إيرانية
    return carrier.length > 0 ? carrier : groupAt(c, after);
  }
  const before = groupBeforePast(c, hit); // سفيرة الولايات المتحدة لدى الأمم المتحدة حثت (envoy-seat.ts)
  const last = before[before.length - 1];
  // تقطع طرق المواصلات مع قطر: a party a preposition governs is no subject.
  const head = before[0];
  const prepositional =
    head !== undefined &&
    // مواجهة بين الهند وباكستان إن ألغت الصين: the pair after بين is no subject either, nor, before a
    // verbal noun, a dual that stands for it (`الخلاف بين البلدين حول رفض أنقرة`: the genitive acts).
    ((head.type !== "DUAL" && tokenIn(c.cues.preposition, c.tokens[head.first - 1])) ||
      ((head.type !== "DUAL" || verbalNoun(c, hit)) && tokenIn(c.cues.between, c.tokens[head.first - 1]))) &&
    !seatOf(c.tokens, head.first - 1, c.cues);
  // البحرينية، تتهم البحرين إيران: a verb after a comma with subject and object after it (comma-subject.ts).
  if (last && after && afterOk && commaVerbSubject(c, hit, last, after)) return groupAt(c, after);
  // بكين رفضت: a subject right before a verb. A noun after a comma or و is not the agent's (`بشار
  // الأسد، والهجوم`) unless a predicate stands between (`واشنطن مستعدة للحوار`) or a light verb carries it;
  // right after a verb's subject it is (`ووصف الرئيس الأمريكي الاجتماع`).
  if (
    last &&
    !prepositional &&
    hit.first - pastOwnSeat(c, last, hit) <= SVO_GAP &&
    // …، وهو ما رفضته إسرائيل: a party before a summing ما is in the clause it sums up.
    !(c.tokens[hit.first - 1]?.key === "ما" && anyIn(c.tokens, last.end, hit.first, c.cues.whatHead)) &&
    // …، واتهم روسيا؛ بلاده … إذا فرضت أمريكا: after a comma and و, or إذا with a subject after, a verb opens a clause.
    !(hit.trigger.pos === "verb" && hit.prefix.startsWith("و") && punctuated(c, last.end, hit.first)) &&
    !(hit.trigger.pos === "verb" && afterOk && anyIn(c.tokens, last.end, hit.first, c.cues.conditionWord)) &&
    // وفي مسعى لإقناع الشركاء بالبقاء، دعت النمسا: a comma between a party and the verb after it
    // closes a fronted phrase; when a subject follows the verb, the party before is inside that phrase.
    !(hit.trigger.pos === "verb" && afterOk && frontedPhrase(c, last, hit)) &&
    // إبعادهم بسبب الهجوم، أشار السفير إلى هجوم: after a cause word or a verb of pointing, not the party's act.
    !((hit.trigger.pos === "noun" || nounAfterWord(c, hit)) && notSubjectsAct(c, hit, last)) &&
    (hit.trigger.pos !== "noun" ||
      (hit.first > last.end && !punctuated(c, last.end, hit.first)) ||
      (!punctuated(c, last.end, hit.first) && !hit.prefix.startsWith("و")) ||
      lightVerbBefore(c, hit, (before[0] as PartyUnit).first))
  )
    // الرئيس الفرنسي، الذي يزور ألمانيا، طالب: the subject is the aside's antecedent (aside.ts).
    return asideAntecedent(c, hit, last, antecedentOf) ?? before;
  if (hit.trigger.pos === "noun") {
    // المناورات التي تجريها الولايات المتحدة وكوريا الجنوبية: the agent of a noun in its relative clause.
    const agent = relativeAgent(c, hit);
    if (agent.length > 0) return agent;
    // Farther back, a noun's agent must be the subject of a light verb: أجرت روسيا والصين أمس مناورات.
    // أعلنت وزارة الخارجية الصينية يوم الجمعة 5 أغسطس 2022 تعليق …: the subject of the light verb.
    const carrier = lightVerbSubject(c, hit);
    if (carrier.length > 0) return carrier;
    // With its object after a verb of targeting, only a light verb's subject is the noun's agent
    // (`قد شنت الولايات المتحدة`، `الولايات المتحدة قد شنت مرتين ضربات`), in one stretch of words.
    if (targeted)
      return last &&
        !punctuated(c, last.end, hit.first) &&
        anyIn(c.tokens, last.end, hit.first, c.cues.lightVerb)
        ? before
        : [];
    if (!lightVerbBefore(c, hit)) return [];
    // …على مدينة دوما، ووجه رسالة تحذير لروسيا: a light verb after a comma and و continues the
    // clause before; its subject is that clause's, not a party named just before the comma.
    const light = nearestLightVerb(c, hit);
    if (light > c.sentenceStart && (c.tokens[light] as Token).bare.some((b) => b.prefix.startsWith("و")))
      if (punctuated(c, light, light)) {
        const subject = matrixSubject(c, hit);
        // Only the subject right after the verb the sentence opens with (`توعد الرئيس الأمريكي`).
        return subject.length > 0 && (subject[0] as PartyUnit).first - c.sentenceStart <= OPENING_SUBJECT
          ? subject
          : [];
      }
  }
  if (afterOk) return groupAt(c, after);
  // The act's object and its owner follow it, and no subject stands close before it: a party farther
  // back (`حمّل الجيش الإسرائيلي دمشق … المسؤولية عن إسقاط الطائرة الروسية`) is not its agent.
  if (after !== undefined && ownerOfObject(c, hit, after)) return [];
  // وقال الرئيس الأمريكي …، ووصف طهران بأنها: with no subject of its own, the one the sentence opens with.
  if (genderObject) {
    const subject = matrixSubject(c, hit);
    const first = subject[0];
    return first && first.first - c.sentenceStart <= OPENING_SUBJECT ? subject : [];
  }
  // …، ودعا نائب عن المعارضة: a verb with a subject of its own after it (own-subject.ts).
  if (ownIndefiniteSubject(c, hit)) return [];
  return disagreeingBefore(c, hit, before) ? [] : before;
}

/**
 * `فأنقرة … عدّت كل من يقاتلها إرهابيا، وهو ما اتفقت عليه مع بغداد`: a verb right after
 * a relative ما that sums up the clause before (cue `what_head`: وهو ما، وهي ما). With a subject of its
 * own after it, that subject (null: the usual reading). With ما taken up by a pronoun on the preposition
 * after it (`عليه`، `إليه`), ما is its object and its subject the sentence's. With a bare preposition after
 * it (`وهو ما دعا إلى`: which led to), ما itself is the subject: no state acts.
 */
function summingSubject(c: Clause, hit: TriggerHit): PartyUnit[] | null {
  if (hit.trigger.pos !== "verb" || c.tokens[hit.first - 1]?.key !== "ما") return null;
  if (!tokenIn(c.cues.whatHead, c.tokens[hit.first - 2])) return null;
  const next = c.tokens[hit.end];
  if (!next || hit.end >= c.sentenceEnd) return null;
  if (tokenIn(c.cues.pronounPrep, next)) return matrixSubject(c, hit);
  if (tokenIn(c.cues.preposition, next) && !OBJECT_PRONOUN.test(c.tokens[hit.end - 1]?.key ?? "")) return [];
  return null;
}

/**
 * `وفي مسعى لإقناع الشركاء بالبقاء، دعت النمسا`: an opening preposition (cue `fronted_opener`, after و or ف)
 * holds the party, and a comma closes its phrase right before the verb: an adverbial before a verb-first clause.
 */
function frontedPhrase(c: Clause, last: PartyUnit, hit: TriggerHit): boolean {
  const open = c.tokens[c.sentenceStart];
  if (!open || !tokenIn(c.cues.frontedOpener, open) || last.first <= c.sentenceStart) return false;
  const [before, at] = [c.tokens[hit.first - 1] as Token, c.tokens[hit.first] as Token];
  return gapIs(c.text, before.end, at.start, "comma") && !punctuated(c, c.sentenceStart + 1, last.first);
}

/** How far from its sentence's start the subject of the opening verb stands (`توعد الرئيس الأمريكي`). */
const OPENING_SUBJECT = 4;
/** A light verb stands before the noun trigger, or before the subject `from` that precedes it. */
function lightVerbBefore(c: Clause, hit: TriggerHit, from: number = hit.first): boolean {
  for (let k = Math.max(c.start, Math.min(from, hit.first) - SUBJECT_REACH); k < hit.first; k++) {
    if (tokenIn(c.cues.lightVerb, c.tokens[k])) return true;
  }
  return false;
}

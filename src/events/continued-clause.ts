// A verb that continues the clause before it shares that clause's subject: a و-verb after a comma
// (`إن دونغ أبلغ أوستن …، وطالب الولايات المتحدة`), one with an object pronoun (`واتفقت معها`،
// `ودعاها`), one after `قبل أن`/`بعد أن`. Which verbs do, and that subject. Split from arguments.ts.
import { matrixSubject } from "./actor.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated, statesOfUnits } from "./clause-units.ts";
import { inDashAside } from "./dash-aside.ts";
import { isComplementizer, tokenIn } from "./cues.ts";
import { feminineState, masculineVerb } from "./gender-object.ts";
import { isReference, objectReference } from "./references.ts";
import type { TriggerHit } from "./triggers.ts";
import type { Token } from "../pipeline/types.ts";

/** The verb carries an object pronoun (`ودعاها`) or a reference stands right after it (`معها`). */
export function pronounObject(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.pos !== "verb") return false;
  return (
    objectReference(hit, c.tokens, c.cues) !== null ||
    c.units.some((u) => isReference(u) && u.first === hit.end)
  );
}

/** The first token after the sentence's first complementizer (`قالت الوزارة إن دونغ أبلغ أوستن أن …`). */
function firstReported(c: Clause, hit: TriggerHit): number {
  for (let k = c.sentenceStart; k < hit.first; k++) if (isComplementizer(c.tokens[k], c.cues)) return k + 1;
  return c.sentenceStart;
}
/** The subject of the clause a و-verb continues: the reported clause's, else the sentence's. */
export function elidedSubject(c: Clause, hit: TriggerHit): PartyUnit[] {
  const reported = matrixSubject(c, hit, firstReported(c, hit));
  return reported.length > 0 ? reported : matrixSubject(c, hit);
}

/** How many tokens after its complementizer a reported clause's subject may start (`إن دونغ أبلغ`). */
const REPORTED_SUBJECT = 3;

/**
 * The subject a و-verb after a comma continues with (any other verb: `elidedSubject`): the reported
 * clause's only when a party opens
 * that clause; a party deep in it (`أنه سيؤدي إلى تصعيد في الحرب السورية، وحث موسكو`) stands in a phrase
 * of its own, and the verb continues the sentence's subject (the speaker). A verb of the masculine form
 * after a reported clause that a state's feminine name opens (`قال … إن المملكة جاهزة …، وطلب من`) is not
 * that state's (it would take `وطلبت`); it is taken to have no state subject. Reading the speaker there
 * was tried and lent a state to acts its people did not do (req42: a businessman's meeting, a verb read
 * amiss).
 */
export function continuedSubject(c: Clause, hit: TriggerHit): PartyUnit[] {
  const subject = continuedOrAside(c, hit);
  // الناشط - وهو من قادة الاحتجاجات التي شهدتها البحرين - …، وندد: a party of a dashed aside is no subject (dash-aside.ts).
  return subject[0] && inDashAside(c, subject[0], hit.first) ? [] : subject;
}

function continuedOrAside(c: Clause, hit: TriggerHit): PartyUnit[] {
  if (!afterComma(c, hit)) return elidedSubject(c, hit);
  const from = firstReported(c, hit);
  if (from === c.sentenceStart) return matrixSubject(c, hit);
  const reported = matrixSubject(c, hit, from);
  const head = reported[0];
  const opens = head !== undefined && head.first - from <= REPORTED_SUBJECT;
  const disagrees =
    head !== undefined && feminineState(c, head) && masculineVerb(c.tokens[hit.first] as Token, hit.prefix);
  if (opens && disagrees) return [];
  return opens ? reported : matrixSubject(c, hit);
}
/**
 * `… قبل أن يتوجه إلى إسلام آباد`: a verb after قبل/بعد أن shares the sentence's subject. So does one after
 * a schedule that opens a clause after a comma (`…، ومن المقرر أن يجتمع مع الرئيس الصيني`،
 * `…، ومن المتوقع أن يوقع اتفاقية مع`): with no subject of its own, the clause continues the one before.
 */
export function sharesSubject(c: Clause, hit: TriggerHit): boolean {
  const t = c.tokens[hit.first - 1];
  if (
    hit.trigger.pos !== "verb" ||
    t === undefined ||
    !(t.key === "ان" || t.bare.some((b) => b.key === "ان"))
  )
    return false;
  return tokenIn(c.cues.sharedSubject, c.tokens[hit.first - 2]) || scheduleAfterComma(c, hit.first - 2);
}
/** `…، ومن المقرر أن`: a schedule word at `at`, after من with و that follows a comma. */
function scheduleAfterComma(c: Clause, at: number): boolean {
  return scheduleOpensAt(c, at - 1);
}
/**
 * `…، ومن المقرر أن يلتقي`: من with و right after a comma at `k`, then a schedule word (cue `scheduled`) and أن:
 * a clause of another act opens there; its verb shares the subject before (sharesSubject), and a state after it
 * is that act's, no side of the act before the comma (recipient.ts otherState).
 */
export function scheduleOpensAt(c: Clause, k: number): boolean {
  const from = c.tokens[k];
  const that = c.tokens[k + 2];
  if (k <= c.sentenceStart || from === undefined || !tokenIn(c.cues.scheduled, c.tokens[k + 1])) return false;
  if (that === undefined || !(that.key === "ان" || that.bare.some((b) => b.key === "ان"))) return false;
  return from.bare.some((b) => b.prefix === "و" && b.key === "من") && punctuated(c, k, k);
}
/**
 * `التقى الوفد كيم في بيونغ يانغ ثم سافر إلى واشنطن`: a verb right after a particle of sequence (cue
 * then_verb) is the next act of the clause before; with no party of its own before it, it shares that
 * clause's subject, not the party named last (the one met).
 */
export function thenVerb(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): boolean {
  return (
    hit.trigger.pos === "verb" &&
    hit.prefix === "" &&
    tokenIn(c.cues.thenVerb, c.tokens[hit.first - 1]) &&
    actor.every((u) => u.end <= hit.first)
  );
}
/**
 * `… لكنه شكر الرئيس التركي`، `إلا أنها وافقت على التعاون`: a verb right after a particle of contrast that
 * carries its subject as a pronoun (cue subject_particle, or أنه/أنها, cue particle_pronoun, after a word of
 * cue subject_particle_head) has the sentence's subject, told before the particle.
 */
export function particleSubject(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.pos !== "verb" || hit.prefix !== "" || hit.first - 1 <= c.sentenceStart) return false;
  const t = c.tokens[hit.first - 1];
  if (t === undefined || punctuated(c, hit.first, hit.first)) return false;
  if (tokenIn(c.cues.subjectParticle, t)) return true;
  return c.cues.particlePronoun.has(t.key) && tokenIn(c.cues.subjectParticleHead, c.tokens[hit.first - 2]);
}

/**
 * A و-verb right after a comma (`…، وطالب`), or a bare verb of verbal conflict or coercion right after
 * `كما` there (`…، كما حذر دمشق`، cue comma_join): a second act of the clause before. So is the act's noun
 * right after a verb of ordering or deciding there (`…، كما أمرت بإغلاق القنصلية`، cue joined_carrier).
 */
export function afterComma(c: Clause, hit: TriggerHit): boolean {
  if (hit.first <= c.sentenceStart) return false;
  const joined = JOINED_TYPES.has(hit.trigger.type);
  if (hit.trigger.pos !== "verb") return joined && carriedNoun(c, hit);
  if (hit.prefix.startsWith("و")) return punctuated(c, hit.first, hit.first);
  return hit.prefix === "" && joined && joinedAt(c, hit.first - 1);
}
/** `كما` after a comma at `join`. */
function joinedAt(c: Clause, join: number): boolean {
  return join > c.sentenceStart && tokenIn(c.cues.commaJoin, c.tokens[join]) && punctuated(c, join, join);
}
/** The act's noun (`بإغلاق`) right after a bare verb of ordering that itself stands right after `، كما`. */
function carriedNoun(c: Clause, hit: TriggerHit): boolean {
  const verb = c.tokens[hit.first - 1];
  if (hit.prefix.replace(/^ب/u, "") !== "" || verb === undefined) return false;
  return c.cues.joinedCarrier.has(verb.key) && joinedAt(c, hit.first - 2);
}
/**
 * Verbal conflict (a charge, a refusal, a warning, a protest) and coercion (a measure, an arrest): after
 * `، كما` its verb has the speaker of the clause before (`قررت الكويت طرد السفير الفلبيني، كما استدعت
 * سفيرها`; sanction51). Other acts there bring subjects or objects of their own too often (`كما أطلقت قوات
 * موالية لإيران`، `كما طلبت من مواطنيها`; accuse50, docs/EVENTS.md).
 */
const JOINED_TYPES = new Set(["ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE"]);
/** The actor stands after a و-verb that follows a comma (`…، وطالب الولايات المتحدة`). */
export function elided(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): boolean {
  if (!afterComma(c, hit) || !hit.trigger.frame.includes("direct")) return false;
  // …، وانتقدتها روسيا: a verb that carries its object pronoun has its subject after it (party22).
  if (hit.trigger.object !== undefined) return false;
  // …، وتنفي طهران أي ضلوع لها: one denies a charge, never a state; the party after it is its subject.
  if (tokenIn(c.cues.denialVerb, c.tokens[hit.first])) return false;
  // …طهران إلى وقف التخصيب، ورفضت طهران الطلب: one refuses a thing, not a state; a state the sentence
  // named before, right after the verb of refusal, is the one answering (borrowed-sides.ts answersAct).
  if (hit.trigger.type === "REJECT" && namedBefore(c, hit, actor)) return false;
  return actor.length > 0 && (actor[0] as PartyUnit).first >= hit.end;
}
/** The party right after the verb is of a state the sentence named before the verb. */
function namedBefore(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): boolean {
  const head = actor[0];
  if (head === undefined || head.first !== hit.end) return false;
  const mine = statesOfUnits([head]);
  return c.units.some(
    (u) => u.first >= c.sentenceStart && u.end <= hit.first && u.parties.some((p) => mine.has(p.country)),
  );
}

// Who did it to whom: parties of a trigger from Arabic word order and prepositions.
import { killedByFire, lamAgentSides } from "./fire-agent.ts";
import { withCompanionLead } from "./companion-actor.ts";
import { agentAfter, genitiveUndergoer, objectAfterAgent, pronounUndergoer } from "./agent-phrase.ts";
import { beneficiary, informedParty } from "./addressed.ts";
import type { Party, Token } from "../pipeline/types.ts";
import { findActor } from "./actor.ts";
import { objectRelativeSubject } from "./object-relative-subject.ts";
import { eachListSides } from "./each-subject.ts";
import { letterAddressee } from "./issued-text.ts";
import { delegationActor } from "./delegation.ts";
import { chargedGenitive, chargedObject, chargedPronoun, outsideCharge } from "./charges.ts";
import { askedPatient, worldAsked } from "./object-genitive.ts";
import { groupAt, occasionPartner, statesOfUnits } from "./clause-units.ts";
import { constructState } from "./construct-state.ts";
import { afterComma, continuedSubject, pronounObject } from "./continued-clause.ts";
import { counterpartOwner } from "./counterparts.ts";
import { continuedSides } from "./continued-sides.ts";
import { betweenGroup } from "./between-group.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { atRequest, calledTo, hostsSides, objectCalled, passive, requestNoun, undergone } from "./frames.ts";
import { demandNoun } from "./demand-noun.ts";
import { wantFrom } from "./want-from.ts";
import { persuadedSides } from "./persuaded.ts";
import {
  ownedAgent,
  ownerAfter,
  possessedBy,
  possessedObject,
  settingHolder,
  settingNoun,
} from "./noun-agents.ts";
import { carrierRecipient } from "./carrier-recipient.ts";
import { companionOf, emptyAddressee, findRecipient } from "./recipient.ts";
import { otherState } from "./other-state.ts";
import { placeDestination } from "./place-destination.ts";
import { withoutDead } from "./victims.ts";
import { downedSides } from "./downed.ts";
import { targetVerbObject } from "./target-verb.ts";
import { guestAndDestination } from "./visit-guest.ts";
import { visitedPlace } from "./visited-place.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words may stand between a companion phrase's partners and the recipient after them (`إلى جانب روسيا، الرئيس السوري`). */
const COMPANION_RECIPIENT_GAP = 1;

/** A span of tokens that can take part in an event: a mention or a nisba (`نظيره الصيني`). */
export interface PartyUnit {
  first: number;
  end: number;
  /** Proclitics on its first token (`ب` in `بنظيره الصيني`). */
  prefix: string;
  /** One party, or two for a dual (`الجانبان` → both states last named). */
  parties: Party[];
  type: string;
  /** A state after locative ب (`بالصين`): a party only as the object of a frame that takes ب. */
  place: boolean;
}

export interface Arguments {
  actor: PartyUnit[];
  recipient: PartyUnit[];
  /** The sides were read from the trigger's own phrase (`بناء على طلب من X`); a speaker does not replace them. */
  fromPhrase?: boolean;
}

export interface Clause {
  tokens: readonly Token[];
  text: string;
  /** Units that can act: mentions and nisbas, without states after locative ب. */
  units: readonly PartyUnit[];
  /** All units, states after locative ب included. */
  all: readonly PartyUnit[];
  cues: EventCues;
  /** First token of the trigger's sentence. */
  sentenceStart: number;
  /** One past the last token of the trigger's sentence. */
  sentenceEnd: number;
  /** First token of the trigger's clause (after `إن`, `عندما` …). */
  start: number;
  /** One past its last token. */
  end: number;
  /** Token k opens a trigger word (an act: `القمة`، `الهجوم`), whatever its arguments. */
  isAct?: (k: number) => boolean;
  /** Token k opens a trigger form with an object pronoun (`وترفضه`): an act that answers the one before. */
  answersAt?: (k: number) => boolean;
  /** Token k opens a trigger form that is a verb (`تؤيد`), not a noun (`غارات`). */
  verbAt?: (k: number) => boolean;
  /**
   * One past the noun trigger of an act with a target (its type not `mutual`), else absent: nisbas stacked with
   * no و right after it (`الهجوم الثلاثي الأمريكي البريطاني الفرنسي`) are its joint agents (a mutual act's sides).
   */
  directedNounEnd?: number;
  /** The act's type takes no target from the partner of the call or meeting that sets its scene. */
  occasionNoTarget?: boolean;
  /** The act's type is done to a state's mission named right after its noun (`إغلاق القنصلية الأمريكية`). */
  missionTarget?: boolean;
  /** The act's type names who is asked by this preposition right after the verb (`طلب من`), as a key. */
  addresseePrep?: string;
  /** The act's type takes its target from a verb of targeting after its noun (target-verb.ts). */
  targetVerb?: boolean;
  /** A date the text fixes (`العام الماضي`، `في سبتمبر 2017`) starts in tokens from..to-1 (retold-dated.ts). */
  datedAt?: (from: number, to: number) => boolean;
}

/** How far after a host verb and its subject the guest may stand (`استضافت الصين، أمس، وزير الخارجية`). */
const HOST_OBJECT_REACH = 2;

export function findArguments(c: Clause, hit: TriggerHit): Arguments {
  // The host is a venue: the meeting noun after it codes the event between its sides.
  if (hostsSides(c, hit)) return { actor: [], recipient: [] };
  const suffered = undergone(c, hit);
  if (suffered) return suffered;
  const answered = atRequest(c, hit);
  if (answered) return answered;
  const asked = requestNoun(c, hit) ?? calledTo(c, hit) ?? objectCalled(c, hit); // called-to.ts, object-called.ts
  if (asked) return asked;
  // عقب مطالبة كندا المملكة: the verbal noun of another's demand, its genitive the demander (demand-noun.ts).
  const demanded = demandNoun(c, hit);
  if (demanded) return demanded;
  // وتريد تركيا من واشنطن أن تسترد: the wanter between the verb and the one asked (want-from.ts).
  const wanted = wantFrom(c, hit);
  if (wanted) return wanted;
  // في محاولة لإقناع الرئيس الأمريكي بالبقاء: the persuaded by title and nisba, the clause's subject persuades.
  const persuaded = persuadedSides(c, hit);
  if (persuaded) return persuaded;
  const done = passive(c, hit);
  if (done) return done;
  // قتل شاب فلسطيني برصاص جنود إسرائيليين: the killer after the fire word (fire-agent.ts); doers after ل (lam-agent.ts).
  const fired = killedByFire(c, hit) ?? lamAgentSides(c, hit);
  if (fired) return fired;
  const between = betweenGroup(c, hit);
  // شنت الولايات المتحدة إلى جانب بريطانيا وفرنسا ضربات: the subject before its partners (companion-actor.ts).
  let actor = withCompanionLead(c, hit, constructState(c, findActor(c, hit)));
  // وإعلام الحكومة الجزائرية برفض ما حدث: the party told is not the refusal's agent (addressed.ts).
  if (informedParty(c, hit, actor)) return { actor: [], recipient: [] };
  // وزار وفد من الاتحاد الأفريقي مالي: the body that sent the delegation acts (actor.ts).
  const sender = delegationActor(c, hit);
  if (sender.length > 0) actor = sender;
  // قال ترامب إن مباحثاته مع كيم، خلال زيارته إلى الرياض: a verbal noun's possessive pronoun is its agent.
  if (actor.length === 0) actor = possessedBy(c, hit);
  // للمواقع التي قصفها داخل سوريا: the agreeing party before the antecedent (object-relative-subject.ts).
  if (actor.length === 0) actor = objectRelativeSubject(c, hit);
  // شكر بومبيو السعودية خلال مكالمة هاتفية مع ولي العهد: a meeting or call noun after a preposition of
  // setting (في، خلال، عقب) is the occasion of its sentence's act; with no agent of its own, the
  // sentence's subject held it.
  const setting = actor.length === 0 && settingNoun(c, hit);
  if (setting) actor = settingHolder(c, hit);
  // وقال ترامب بعد لقائه الرئيس الروسي: the party right after a possessed verbal noun is its object,
  // the pronoun's owner its agent (docs/EVENTS.md "Ninth pass").
  const object = possessedObject(c, hit, actor);
  if (object) actor = object.owner;
  // بسبب رفضه لاستراتيجية ماكرون: a party after a possessed verbal noun is not its agent (noun-agents.ts).
  const owned = object ? null : ownedAgent(c, hit, actor);
  if (owned) actor = owned;
  // …محادثات مع إندونيسيا، واتفقت معها، ودعاها إلى: a و-verb after a comma whose object is a pronoun
  // continues the clause before; its subject is that clause's, not the party named just before.
  if (
    (afterComma(c, hit) || hit.prefix.startsWith("و")) &&
    pronounObject(c, hit) &&
    actor.every((u) => u.end <= hit.first)
  ) {
    const subject = continuedSubject(c, hit);
    if (subject.length > 0) actor = subject;
  }
  // حذرت الخارجية البريطانية مواطنيها من السفر إلى إيران: an act addressed to the actor's own people.
  // رفضت الحكومة الإسرائيلية التعليق: declining to comment is no act between states.
  // دعا نتنياهو المجتمع الدولي إلى إدانة …: an act addressed to a collective that is no state has no
  // state recipient; a state named in what it is asked to do is not one. So has a request to people
  // (`ستدعو صحفيين من أمريكا`).
  if (
    ownPeople(c, hit, actor) ||
    objectIn(c, hit, actor, c.cues.speechObject) ||
    worldAsked(c, hit, objectAt(hit, actor)) ||
    (hit.trigger.type === "REQUEST" && objectIn(c, hit, actor, c.cues.peopleAsked)) ||
    // تحدث إلى الصحفيين: talk to the press is no meeting with a state, whatever state the sentence names.
    (hit.trigger.type === "CONSULT" && pressAddressed(c, hit, actor)) ||
    (hit.trigger.type === "REQUEST" && courtAsked(c, hit, actor)) ||
    emptyAddressee(c, hit, actor)
  )
    return { actor: [], recipient: [] };
  if (between.length >= 2 && (actor.length === 0 || actor.every((u) => between.includes(u)))) {
    return { actor: [between[0] as PartyUnit], recipient: between.slice(1) };
  }
  // الاتفاق النووي مع القوى الكبرى: a group of unnamed states holds a subject's place only (units.ts groupUnit).
  let recipient = object
    ? object.recipient
    : withoutDead(
        c,
        hit,
        findRecipient(c, hit, actor).filter(
          (u) => !actor.includes(u) && u.type !== "GROUP" && !beneficiary(c, hit, u),
        ),
      );
  // وتطالب المملكة المتحدة بمعاقبة روسيا: the state to be punished is not the one asked (object-genitive.ts).
  if (askedPatient(c, hit, actor, recipient)) return { actor: [], recipient: [] };
  // نفذت بالتنسيق مع الولايات المتحدة وفرنسا: a list that opens after a companion phrase is the actor's partners.
  const head = recipient.reduce<PartyUnit | undefined>(
    (a, u) => (a && a.first <= u.first ? a : u),
    undefined,
  );
  // توصلت الولايات المتحدة وكندا إلى اتفاق، إلى جانب المكسيك: the partners named there act with the actor.
  // تساند مصر، إلى جانب الأردن، الحكومة الليبية: a party right after the partners is the act's recipient.
  // وقوف البحرين إلى جانب المملكة: after a companion word that is the trigger's frame stands its recipient.
  const framed = head !== undefined && hit.trigger.frame.includes((c.tokens[head.first - 1] as Token).key);
  if (head && !framed && companionOf(c, hit, head)) {
    const partners = groupAt(c, head);
    const end = partners[partners.length - 1]?.end ?? head.end;
    if (actor.length > 0) actor = [...actor, ...partners.filter((u) => !u.place)];
    const next = c.units.find((u) => u.first >= end && u.end <= c.end && !u.place && !actor.includes(u));
    recipient =
      next && next.first - end <= COMPANION_RECIPIENT_GAP && actor.length > 0 ? groupAt(c, next) : [];
  }
  // زيارة رسمية لولي العهد السعودي إلى الولايات المتحدة: the guest after ل, where it goes after إلى.
  // في إطار زيارة رسمية لولي العهد … إلى: the visit's own guest comes before the sentence's subject.
  const visit = guestAndDestination(c, hit, setting ? [] : actor, recipient);
  if (visit) return visit;
  // ماتيس أول مسؤول أمريكي يزور الصين: the state right after a trip's verb is where it goes.
  const visited = visitedPlace(c, hit, actor, recipient);
  if (visited) return visited;
  // سيزور فرنسا وإيطاليا وبلجيكا، بزيارة أربعة بلدان هي غانا وملاوي: with nowhere else to go, the
  // states after a visit are where it goes, not who goes (وصل ترامب وكيم إلى سنغافورة keeps its actors).
  if (
    hit.trigger.mode === "visit" &&
    recipient.length === 0 &&
    actor.length > 1 &&
    (actor[0] as PartyUnit).first >= hit.end
  )
    return { actor: [], recipient: actor };
  // تستضيف عمان مؤتمرا عن إعمار اليمن: a host's guest is its direct object, not a state
  // the hosted meeting is about.
  if (tokenIn(c.cues.host, c.tokens[hit.first])) {
    const from = Math.max(hit.end, ...actor.map((u) => u.end));
    const near = recipient.find((u) => u.first - from <= HOST_OBJECT_REACH);
    // نظيريه الروسي، فلاديمير بوتين، والإيراني: the guests listed with the first one stay guests.
    const listed = near ? groupAt(c, near) : [];
    recipient = recipient.filter((u) => u.first - from <= HOST_OBJECT_REACH || listed.includes(u));
  }
  // …، وطالب الولايات المتحدة بالكف، لكنه شكر، ثم سافر: the continued clause's subject (continued-sides.ts).
  ({ actor, recipient } = continuedSides(c, hit, actor, recipient));
  // فرضت عقوبات على كوريا الشمالية من قبل الولايات المتحدة: an act with no subject names its agent after it;
  // لتفادي العقوبات المفروضة عليها من قبل الولايات المتحدة: so does a noun whose subject was read before it.
  if (
    actor.length === 0 ||
    (hit.trigger.pos === "noun" && actor.every((u) => u.end <= hit.first) && agentAfter(c, hit).length > 0)
  ) {
    const before = actor;
    actor = agentAfter(c, hit);
    recipient = recipient.filter((u) => !actor.includes(u));
    if (recipient.length === 0) recipient = objectAfterAgent(c, hit, actor);
    if (recipient.length === 0) recipient = pronounUndergoer(c, hit, before, actor);
  }
  // مقاطعة قطر من قبل السعودية: a noun's genitive undergoes the act when its agent is named after (agent-phrase.ts).
  const undergoer = recipient.length === 0 ? genitiveUndergoer(c, hit, actor) : null;
  if (undergoer) ({ actor, recipient } = undergoer);
  // وخلال زيارته لواشنطن، سيلتقي جونسون: a possessed verbal noun opening its sentence is owned by the
  // person the main clause names after it.
  if (actor.length === 0 && recipient.length > 0) actor = ownerAfter(c, hit, recipient);
  const charged = chargedObject(c, hit, actor);
  if (charged) return charged;
  // الاتهامات التي وجهتها إسرائيل إلى إيران: the target the noun's relative clause names (recipient.ts).
  if (recipient.length === 0) recipient = carrierRecipient(c, hit, actor);
  const letter = letterAddressee(c, hit); // رسالة إلى ترامب يطلب فيها: whom the letter asks (issued-text.ts)
  if (letter.length > 0) recipient = letter;
  // الغارات الإسرائيلية التي استهدفت مواقع إيرانية: the object of a verb of targeting (target-verb.ts).
  if (recipient.length === 0 && c.targetVerb) recipient = targetVerbObject(c, hit, actor);
  if (recipient.length === 0 && actor.length > 0 && !compound(actor) && !placeDestination(c, hit))
    recipient = otherState(c, hit, actor);
  // اتهم الوزير المملكة باحتجاز رئيس الوزراء اللبناني: a party inside the charge is not the accused.
  const outside = outsideCharge(c, hit, actor, recipient);
  if (outside.length === 0 && recipient.length > 0) return { actor: [], recipient: [] };
  recipient = outside;
  // ضربة للنظام السوري بعد اتهامه باستخدام: the pronoun of the charge noun is the accused (charges.ts).
  const accused = chargedGenitive(c, hit, actor) ?? chargedPronoun(c, hit, actor);
  if (accused) return accused;
  // حاول إقناع …: a persuasion noun whose persuaded party is not read right after it has no sides.
  if (tokenIn(c.cues.patientNoun, c.tokens[hit.first])) return { actor: [], recipient: [] };
  // ووصف أردوغان خلال اتصال مع نظيره القطري الهجوم بـ، أدان ماكرون الهجوم خلال محادثة هاتفية مع
  // ترامب: the partner of the call or visit that sets the scene is whom it was told to, not its target.
  if (c.occasionNoTarget) recipient = recipient.filter((u) => !occasionPartner(c, u));
  // عندما يلتقي نظيره الأمريكي: a counterpart is the other side; its owner acts (counterparts.ts).
  const sides = counterpartOwner(c, hit, actor, recipient) ?? { actor, recipient };
  // رفضت إسرائيل التحقيق في مقتل الفلسطينيين: the dead are no addressee (victims.ts).
  // إسقاط طائرة عسكرية روسية: the downed aircraft's state is the target (downed.ts).
  // وأدانت كل من مصر والأردن: the list `كل من` opens is the subject, within limits (each-subject.ts).
  const kept = { ...sides, recipient: withoutDead(c, hit, sides.recipient) };
  return eachListSides(c, hit, downedSides(c, hit, kept));
}

/** Where the act's object stands: right after the trigger or after its post-verbal subject. */
export function objectAt(hit: TriggerHit, actor: readonly PartyUnit[]): number {
  return Math.max(hit.end, ...actor.filter((u) => u.first >= hit.end).map((u) => u.end));
}

/** The verb's object is the press after its preposition (`إلى الصحفيين`، `للصحفيين`). */
function pressAddressed(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): boolean {
  if (hit.trigger.pos !== "verb") return false;
  const k = objectAt(hit, actor);
  const prep = hit.trigger.frame.includes((c.tokens[k] as Token | undefined)?.key ?? "");
  return k + 1 < c.end && prep
    ? tokenIn(c.cues.peopleAsked, c.tokens[k + 1])
    : objectIn(c, hit, actor, c.cues.peopleAsked);
}

/** The act's object is a state's own people (`مواطنيها`). */
function ownPeople(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): boolean {
  return objectIn(c, hit, actor, c.cues.ownPeople);
}

/**
 * طلبات لمحكمة أمريكية: a request whose object is a court or judge (cue `court_asked`) is a filing in a case.
 * An international court (a unit of the IGO there: محكمة العدل الدولية) is a body states appeal to, and stays.
 */
function courtAsked(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): boolean {
  const k = objectAt(hit, actor);
  if (k >= c.end || !tokenIn(c.cues.courtAsked, c.tokens[k])) return false;
  return !c.units.some((u) => u.first <= k && u.end > k && u.parties.some((p) => p.country === "IGO"));
}

/** The act's object is one of the words of a cue set. */
function objectIn(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  set: ReadonlySet<string>,
): boolean {
  const k = objectAt(hit, actor);
  return k < c.end && tokenIn(set, c.tokens[k]);
}

/** The actor already names two states (`روسيا والصين أجرتا محادثات`). */
function compound(actor: readonly PartyUnit[]): boolean {
  return statesOfUnits(actor).size > 1;
}

// events: triggers, their parties, polarity, date and source → PLOVER events. This file wires the
// stage; each rule family is its own module, in the order a trigger meets them: named-tokens,
// clause-sides, speaker-actor, meeting-object, borrowed-sides, nested-acts, act-type, event-record;
// then evaluation-events for accusations with no trigger, and merge.
import type { PhraseIndex } from "../arabic/phrases.ts";
import type { EntitiesResult } from "../entities/index.ts";
import type { EntityLexicon } from "../entities/lexicon.ts";
import type { ArabicText, Event, Party, Sentence, Token } from "../pipeline/types.ts";
import { codeAct } from "./act-type.ts";
import { possessiveUnits } from "./anaphora.ts";
import type { PartyUnit } from "./arguments.ts";
import {
  type BackReferences,
  backReferenceUnits,
  latterUnits,
  organisationUnits,
} from "./back-references.ts";
import { borrowedSides } from "./borrowed-sides.ts";
import { channelSides, lightVerbBefore } from "./channel-context.ts";
import { actReader, clauseSides } from "./clause-sides.ts";
import { clauseOf, dateFields, governingDate, reportDate, speakerOf } from "./clauses.ts";
import { type EventCues, markNameWords, tokenIn } from "./cues.ts";
import { listLabel, resolveDuals } from "./duals.ts";
import { evaluativeEvents } from "./evaluation-events.ts";
import type { Evaluations } from "./evaluation-lexicon.ts";
import { eventRecord } from "./event-record.ts";
import { purposeSides } from "./meeting-object.ts";
import { mergeRepeats, nounRetelling, pluperfect } from "./merge.ts";
import { namedTokens } from "./named-tokens.ts";
import { nestedAct } from "./nested-acts.ts";
import type { PloverTable } from "./plover.ts";
import { claimant, ownActTarget, relativeBackref, replyTarget } from "./recipient.ts";
import { referenceUnits } from "./references.ts";
import { scanMasks } from "./scan.ts";
import { implicitRecipient, partiesOf } from "./sides.ts";
import { speakerSides } from "./speaker-actor.ts";
import type { Told } from "./told.ts";
import { findTriggers, type Trigger, type TriggerHit } from "./triggers.ts";
import { rulesOf, type TypeTable } from "./types.ts";
import { partyUnits } from "./units.ts";
import {
  agreementLeft,
  agreementRetold,
  agreementSought,
  confessed,
  countedNoun,
  draftSponsors,
  findingReached,
  peopleHosted,
  speechRefused,
} from "./vetoes.ts";

export interface EventsOptions {
  triggers: PhraseIndex<Trigger>;
  cues: EventCues;
  plover: PloverTable;
  types: TypeTable;
  entityLexicon: EntityLexicon;
  /** Evaluative accusations (`اعتبر … انتهاكا`); none are read without it. */
  evaluations?: Evaluations;
  /** lexicons/back-references.tsv compiled: `الدول الأربع`، `ولي العهد` resolved within the document. */
  backReferences?: BackReferences;
  published: string | null;
  /** Told what became of every trigger form (scripts/trigger-losses.ts); the pipeline passes none. */
  explain?: LossSink;
}

/** Where each trigger form found in a document ends: an event, or the reason it gives none. */
export interface LossSink {
  /** A form that yields no hit: its row's constraint failed, it lies in a name, it is another's object. */
  skipped(first: number, end: number, reason: string): void;
  /** A hit read through: `event` (`made`), or the reason it was dropped, with the parties found then. */
  hit(
    hit: TriggerHit,
    reason: string,
    actor: readonly Party[],
    recipient: readonly Party[],
    made?: Event,
  ): void;
}

const NONE: readonly Party[] = [];

/** A side's states, each once, sorted. */
function statesOf(side: readonly Party[]): string {
  const out: string[] = [];
  for (const p of side) if (p.country !== null && !out.includes(p.country)) out.push(p.country);
  return out.sort().join(",");
}

export function findEvents(arabic: ArabicText, found: EntitiesResult, options: EventsOptions): Event[] {
  const { cues, types, explain, triggers } = options;
  // مون جاي إن: a name's words are no particles, before any clause is read.
  markNameWords(arabic.tokens, found.mentions);
  // Each token's scan bits: the per-token scans below read only the tokens that can match.
  const masks = scanMasks(arabic.tokens, options);
  const { covered, named, channelWords } = namedTokens(arabic, found, cues, masks);
  // - سوريا: أكد البلدان …: a list item's label names the item's topic, not one of a dual's two states.
  const isLabel = listLabel(arabic.tokens, arabic.text);
  const listed = partyUnits(arabic, found, covered, options.entityLexicon, cues, masks);
  // بلاده، حكومته: a state's pronoun is a party unit of the state of the person named before.
  // الدول الأربع، ولي العهد: a phrase with no name of its own stands for the parties named before it.
  const units = [
    ...listed,
    ...possessiveUnits(arabic.tokens, arabic.sentences, listed, cues, masks),
    ...(options.backReferences
      ? backReferenceUnits(arabic, found, listed, covered, options.backReferences, cues)
      : []),
    // المجلس after مجلس حقوق الإنسان: an organisation of states called by its head noun alone.
    ...organisationUnits(arabic, found, covered, cues),
    // انتقاد الأخيرة: `the latter`, the party named last before it.
    ...latterUnits(arabic, listed, covered, cues),
  ].sort((a, b) => a.first - b.first);
  // معها، عليه: parties told by a pronoun on a preposition, resolved once the act's sides are read.
  const references = referenceUnits(arabic.tokens, cues, masks);
  const told: Told = { events: [], sentenceOf: new Map(), eventOf: new Map(), swapped: new Set() };
  const { events, sentenceOf, eventOf } = told;
  /** Each event kept so far by type, states and sentence, with the date expression that governs it. */
  const seen = new Map<string, string | null>();
  /** The accusers' states of the accusations kept under each key of `seen`: a counter-charge is not folded. */
  const accusers = new Map<string, string[]>();
  /** The call and visit modes of the triggers read so far for each key of `seen`. */
  const seenChannels = new Map<string, Set<string>>();
  const resolvedDuals = new Set<PartyUnit>();
  /** Events told in the pluperfect (`وكان … قد أعلن`): background, possibly told already. */
  const retold = new Set<Event>();
  const mentionStarts = new Set(found.mentions.map((m) => m.firstToken));
  const isAct = actReader(arabic, triggers);
  const sport = new Map<number, boolean>();
  const sporting = (index: number): boolean => {
    let known = sport.get(index);
    if (known === undefined) {
      const { firstToken, endToken } = arabic.sentences[index] as Sentence;
      known = arabic.tokens.slice(firstToken, endToken).some((t) => tokenIn(cues.sportWord, t));
      sport.set(index, known);
    }
    return known;
  };
  for (const hit of findTriggers(
    arabic.tokens,
    triggers,
    named,
    types,
    cues.speech,
    cues.aspectual,
    masks,
    explain && ((first, end, reason) => explain.skipped(first, end, reason)),
    cues.setting,
    { keys: cues.nestedAct, mentionStarts },
  )) {
    // A channel's name is an event only when a verb holds it: سيعقدون جولة من محادثات تنسيق …
    if (channelWords.has(hit.first) && !lightVerbBefore(arabic, hit.first, cues)) {
      explain?.hit(hit, "channel name, no verb", NONE, NONE);
      continue;
    }
    const sentenceIndex = (arabic.tokens[hit.first] as Token).sentence;
    const sentence = arabic.sentences[sentenceIndex] as Sentence;
    if (isAnaphoric(arabic, hit.first, cues)) {
      explain?.hit(hit, "refers back", NONE, NONE);
      continue;
    }
    resolveDuals(units, sentence, events, resolvedDuals, sentenceOf, sentenceIndex, isLabel);
    const span = clauseOf(arabic.tokens, sentence, hit.first, hit.end, cues);
    const speaker = speakerOf(arabic.tokens, sentence, span.reported, found, cues);
    // The sides the trigger's own clause names, its references resolved (clause-sides.ts).
    const read = clauseSides(hit, sentence, span, {
      arabic,
      units,
      references,
      cues,
      types,
      isAct,
      triggers,
    });
    const { clause } = read;
    // رفضت الحكومة الإسرائيلية التعليق، لكنه رفض التأكيد: declining to comment is no act between states.
    if (speechRefused(clause, hit)) {
      explain?.hit(hit, "declines to comment", NONE, NONE);
      continue;
    }
    // خمسة آلاف طالب سعودي: after a count word a verb form is the noun counted.
    if (countedNoun(clause, hit)) {
      explain?.hit(hit, "a counted noun", NONE, NONE);
      continue;
    }
    // انسحاب ترامب من الاتفاق مع إيران، سعت روسيا للتوصل إلى اتفاق: an agreement left or sought is none made.
    if (agreementLeft(clause, hit) || agreementSought(clause, hit) || agreementRetold(clause, hit)) {
      explain?.hit(hit, "an agreement left, sought or retold", NONE, NONE);
      continue;
    }
    // اعترف فلين بالكذب بشأن اجتماعاته مع السفير الروسي: an admission recognizes no state.
    if (confessed(clause, hit)) {
      explain?.hit(hit, "a deed admitted", NONE, NONE);
      continue;
    }
    // الفيتو ضد مشروع قرار يتهم إيران: what a draft resolution would do is no act done, but by its sponsor.
    const sponsors = draftSponsors(clause, hit);
    // توصلت وكالات الاستخبارات إلى نتيجة بأن …: a conclusion reached is no agreement.
    if (findingReached(clause, hit)) {
      explain?.hit(hit, "a finding reached", NONE, NONE);
      continue;
    }
    let { args } = read;
    // أعلن ترمب أنه سيزور الصين، وأضاف: "لن نسمح …": a clause with no subject of its own may be the
    // speaker's act, or continue the sentence before (speaker-actor.ts).
    speakerSides(args, hit, { arabic, units, cues, sentenceIndex, span, speaker });
    // وصل بومبيو إلى الرياض للقاء الملك سلمان: a verbal noun of purpose has the sentence's subject as
    // its actor, and the party after it, read as its agent, is its object.
    args = purposeSides(args, clause, hit);
    const rules = rulesOf(types, hit.trigger.type);
    // وافق ترامب على لقاء كيم، واتفقا، في باكستان، والاعتراف ببكين: sides the clause does not name,
    // taken from around it (borrowed-sides.ts).
    borrowedSides(args, hit, clause, { arabic, found, units, rules, span, sentenceIndex, told });
    // - سوريا: أكد البلدان دعمهما …: a list item whose sentence names its own two sides by a dual has
    // its label as topic; the label is no actor, and the dual stands for the sides the list item is
    // about, which the sentence does not name (a joint statement's headings).
    if (args.actor.some(isLabel) && clause.units.some((u) => u.type === "DUAL")) {
      explain?.hit(hit, "no actor", NONE, NONE);
      continue;
    }
    // استقبلت ألمانيا مئات الآلاف من السوريين: a host's object after its subject is people sheltered.
    if (peopleHosted(clause, hit, args.actor)) {
      explain?.hit(hit, "people sheltered", NONE, NONE);
      continue;
    }
    // قبلت تركيا اقتراح السعودية: an act told inside another keeps its own agent (nested-acts.ts).
    if (hit.within) {
      const nested = nestedAct(hit, hit.within, args, told, sentenceIndex);
      if (nested.lost !== null) {
        explain?.hit(hit, nested.lost, NONE, NONE);
        continue;
      }
      args.recipient = nested.recipient;
    }
    // حظيت روسيا بدعم الصين وإيران: the subject received the support; the states after it gave it.
    // استقبل السيسي وزير الخارجية الأمريكي: the host received a visitor, who is the actor (a visit's rule);
    // a guest named as a person, not a people or a crowd (`استقبلت ألمانيا مئات الآلاف من السوريين`).
    const swapped = hit.trigger.received === true || (hit.trigger.hosted === true && guests(args.recipient));
    if (swapped) args = { ...args, actor: args.recipient, recipient: args.actor };
    let actor = partiesOf(args.actor);
    let recipient = partiesOf(args.recipient).filter((p) => !actor.includes(p));
    if (sponsors !== null && !actor.every((p) => sponsors.has(p.country))) {
      explain?.hit(hit, "a draft's content", actor, recipient);
      continue;
    }
    // حذرت إيران من أنها سترد على أي هجوم أمريكي: a threat of the actor's own act names its target.
    // وهددت السعودية ببيع الأرصدة السعودية في الولايات المتحدة: a recipient of the actor's own state is what
    // the threatened act concerns, not its target; the content names the target further on.
    if (rules.contentTarget && (recipient.length === 0 || ownStates(recipient, actor))) {
      const target = partiesOf(ownActTarget(clause, hit, args.actor)).filter((p) => !actor.includes(p));
      if (recipient.length === 0 || target.length > 0) recipient = target;
    }
    // إجراءات انتقامية، ردا على العقوبات التي أعلنتها الإدارة الأمريكية: the state of the act replied to.
    if (recipient.length === 0 && rules.replyTarget)
      recipient = partiesOf(replyTarget(clause, hit, args.actor)).filter((p) => !actor.includes(p));
    // اتهمت السعودية … قطر، وهو ما تنفيه الدوحة: a reaction to the claim told before it in its sentence.
    if (recipient.length === 0 && rules.implicitRecipient)
      recipient = partiesOf(claimant(clause, hit, args.actor)).filter((p) => !actor.includes(p));
    // …تعرض دوما لهجوم كيماوي، وهو الذي نفته السلطات السورية: a denial of a claim told in its own
    // sentence answers that claim's teller; when no state told it, the event before is not its target.
    if (recipient.length === 0 && rules.implicitRecipient && !relativeBackref(clause, hit))
      recipient = implicitRecipient(actor, events, sentenceOf, sentenceIndex);
    // ستُستأنف محادثات قادة المسارح: a known channel names both sides when the clause does not.
    const bound = channelSides(found, span, hit.end, actor, recipient);
    if (bound) ({ actor, recipient } = bound);
    // والتقت فرنسا وأوروغواي ثماني مرات …: in a match's sentence, states named bare are teams.
    if (sporting(sentenceIndex) && [...actor, ...recipient].every((p) => p.sector === null)) {
      explain?.hit(hit, "sports sentence", actor, recipient);
      continue;
    }
    const countries = new Set<string>();
    for (const p of actor) if (p.country !== null) countries.add(p.country);
    for (const p of recipient) if (p.country !== null) countries.add(p.country);
    // داعش … أمريكا والسعودية: an act whose actor is no state (an armed group, a person with none) is no interstate event.
    if (actor.length === 0 || countries.size < 2 || actor.every((p) => p.country === null)) {
      explain?.hit(hit, partiesLost(actor, recipient), actor, recipient);
      continue;
    }
    // رفضت ألمانيا طلب واشنطن، أوقفت بث الدعاية، هاجم روحاني نظيره محذرا: the act's coding (act-type.ts).
    const act = codeAct(hit, args, actor, recipient, { arabic, cues, types, rules, sentence, span });
    // بناء على طلب بريطانيا وألمانيا وكندا، أبدى زعماء بريطانيا وفرنسا وألمانيا دعمهم للاتفاق.
    if (act.jointWithoutTarget) {
      explain?.hit(hit, "joint actor, no target", actor, recipient);
      continue;
    }
    // حذر المبعوث من تصاعد المواجهات بين إسرائيل وسوريا: a warning of a risk threatens no one.
    if (act.riskWarning) {
      explain?.hit(hit, "warning of a risk", actor, recipient);
      continue;
    }
    const { type, modality } = act;
    // زيارة … قبيل القمة المرتقبة: a scheduled meeting is another event than a meeting held in its sentence.
    // طرد السفير الكندي واستدعاء سفيرها، فرض عقوبات على إيران بعد قرار الانسحاب من الاتفاق: for a type
    // whose modes are apart (event-types.tsv `modes_apart`), acts of different modes are different measures.
    const mode = rulesOf(types, type).modesApart ? (hit.trigger.mode ?? "") : "";
    const dedupe = `${type}|${act.scheduled ? modality : ""}|${mode}|${[...countries].sort().join(",")}|${sentence.start}`;
    // انتقادات كندية …، الأمر الذي اعتبرته الرياض تدخلا: a charge and the counter-charge between the same
    // states, the second told by a verb, are two accusations; a noun's sides are read less surely (its
    // genitive may be the accuser or the accused), so an accusation told by a noun stays folded.
    const accuser = type === "ACCUSE" ? statesOf(actor) : "";
    const ways = accusers.get(dedupe);
    const counter = hit.trigger.pos !== "noun" && ways !== undefined && !ways.includes(accuser);
    const when = governingDate(arabic, span, hit.first, cues);
    const whenText = dateFields(when, options.published).date_text;
    // القمة … في نوفمبر، إذ تحدث … في ديسمبر: two acts each with a date of its own are two events.
    const dated = seen.get(dedupe);
    // وصل بومبيو إلى الرياض بعد أن اتصل ترامب بالملك سلمان: a call and a visit told in one sentence are
    // two acts (the call is no part of the trip); a talk verb or a meeting noun stays one with either.
    const channel = hit.trigger.mode === "phone" || hit.trigger.mode === "visit" ? hit.trigger.mode : null;
    const channels = seenChannels.get(dedupe);
    const otherChannel =
      channel !== null && channels !== undefined && channels.size > 0 && !channels.has(channel);
    if (channel !== null) seenChannels.set(dedupe, (channels ?? new Set<string>()).add(channel));
    if (
      dated !== undefined &&
      !counter &&
      !(dated !== null && whenText !== null && whenText !== dated) &&
      !otherChannel
    ) {
      explain?.hit(hit, "same event in sentence", actor, recipient);
      continue;
    }
    if (dated === undefined) seen.set(dedupe, whenText);
    if (type === "ACCUSE") accusers.set(dedupe, [...(ways ?? []), accuser]);
    // The record: its date, place, channel, source and PLOVER score (event-record.ts).
    const event = eventRecord(hit, act, actor, recipient, {
      arabic,
      found,
      cues,
      plover: options.plover,
      published: options.published,
      sentence,
      span,
      speaker,
      when,
      // A verb, the act reported; a noun there may retell an older act (`ردا على قرار بريطانيا طرد`), and so
      // may a verb form after a preposition, which is a noun (`بناء على طلب بريطانيا`).
      said:
        when === null &&
        hit.trigger.pos === "verb" &&
        !tokenIn(cues.preposition, arabic.tokens[hit.first - 1])
          ? reportDate(arabic, sentence, span, cues)
          : null,
      id: `v${events.length + 1}`,
    });
    events.push(event);
    eventOf.set(hit, event);
    if (swapped) told.swapped.add(event);
    explain?.hit(hit, "event", actor, recipient, event);
    sentenceOf.set(event, sentenceIndex);
    if (pluperfect(arabic.tokens, sentence.firstToken, hit.first)) retold.add(event);
    // وجاءت دعوة لودريان قبل …: an act told by its verbal noun with no date of its own, after the same act
    // by the same side to the same side, is that act (merge.ts nounRetelling).
    else if (
      hit.trigger.pos === "noun" &&
      event.date_text === null &&
      nounRetelling(arabic.tokens, hit.first, hit.end, sentence, cues)
    )
      retold.add(event);
  }
  // اعتبرت … أن إعلان إثيوبيا … يمثل انتهاكا: accusations told without an accusing verb.
  if (options.evaluations) {
    const { evaluations, plover, published } = options;
    events.push(
      ...evaluativeEvents(arabic, {
        found,
        units,
        events,
        cues,
        plover,
        types,
        evaluations,
        published,
        masks,
      }),
    );
    events.sort((a, b) => a.evidence.start - b.evidence.start);
  }
  return mergeRepeats(events, types, retold);
}

/** Why the parties found make no interstate event (for `LossSink`). */
function partiesLost(actor: readonly Party[], recipient: readonly Party[]): string {
  if (actor.length === 0) return recipient.length === 0 ? "no party" : "no actor";
  if (actor.every((p) => p.country === null)) return "actor not a state";
  if (recipient.length === 0) return "no recipient";
  return recipient.every((p) => p.country === null) ? "recipient not a state" : "same state";
}

/** `ذلك الهجوم`، `على هامش الاجتماع`: the trigger refers back to an event already told, or names a venue. */
function isAnaphoric(arabic: ArabicText, first: number, cues: EventCues): boolean {
  const before = arabic.tokens[first - 1];
  if (!tokenIn(cues.backref, before)) return false;
  // في غضون ذلك، تتهم إسرائيل …: a connective (cue `connective_head` before ذلك: meanwhile, besides,
  // after that) closed by a comma refers to the text before; the trigger after it opens a new clause.
  const head = arabic.tokens[first - 2];
  if (!head || head.sentence !== (before as Token).sentence || !tokenIn(cues.connectiveHead, head))
    return true;
  const gap = arabic.text.slice((before as Token).end, (arabic.tokens[first] as Token).start);
  return !/[،,]/u.test(gap);
}

/** The object of a verb of hosting names visitors: persons (`وزير الخارجية الإيراني`، `ميلانيا ترامب`). */
function guests(units: readonly PartyUnit[]): boolean {
  return units.length > 0 && units.every((u) => u.type === "PERSON");
}

/** Every party of `side` is of a state the actor is of (`هددت السعودية ببيع الأرصدة السعودية`). */
function ownStates(side: readonly Party[], actor: readonly Party[]): boolean {
  const mine = new Set(actor.map((p) => p.country));
  return !mine.has(null) && side.every((p) => p.country !== null && mine.has(p.country));
}

// A trigger's two sides, from the clause's own reading (clause-sides.ts) to the states of each side:
// the speaker's act, a verbal noun of purpose, sides borrowed from around the clause, an act told
// inside another, a swapped host or receiver; the states and the recipient the clause leaves unnamed
// (the target of a threat or reply, the claim a denial answers, a known channel's two states) are read
// by implied-recipient.ts. Some readings find the trigger is no act after all (a list label, people
// sheltered, what a draft would do). Split from findEvents (index.ts).
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Event, Party } from "../pipeline/types.ts";
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { participleSides } from "./backed-circumstance.ts";
import { backingSides } from "./backing.ts";
import { borrowedSides } from "./borrowed-sides.ts";
import { coordinatedImperfect, coordinatedObjectSides } from "./coordinated-object.ts";
import {
  inActorRelative,
  inCoincidence,
  inTimePhrase,
  withoutAsides,
  inTopicPair,
  meetingPair,
  victimOf,
  sponsorOf,
} from "./described-sides.ts";
import type { ClauseSpan } from "./clauses.ts";
import type { EventCues } from "./cues.ts";
import { impliedRecipientSides } from "./implied-recipient.ts";
import { purposeSides } from "./meeting-object.ts";
import { relativeObjectSides } from "./relative-object.ts";
import { carrierRecipient } from "./carrier-recipient.ts";
import { permittedParty } from "./refused-demand.ts";
import { chargeTellers, nestedAct } from "./nested-acts.ts";
import { invitedGuest } from "./call-object.ts";
import { premisesOwner } from "./premises.ts";
import { outletSpokenTo } from "./outlet-venue.ts";
import { relativeDealSide } from "./relative-deal-side.ts";
import { pastFreed } from "./object-genitive.ts";
import { addressee, heldSides } from "./held.ts";
import { summedAt } from "./reaction-targets.ts";
import { partiesOf } from "./sides.ts";
import { quotedSpeakerSides } from "./quoted-we.ts";
import { threatOwner } from "./threat-owner.ts";
import { repliedCharge } from "./replied-charge.ts";
import { ownNounSides } from "./own-noun.ts";
import { embassySeat } from "./embassy-seat.ts";
import { partnerAround } from "./partner-around.ts";
import { joinedActors } from "./joined-in.ts";
import { visitorOf } from "./visitor.ts";
import type { Told } from "./told.ts";
import type { TriggerHit } from "./triggers.ts";
import type { TypeRules } from "./types.ts";
import { peopleHosted, senseAfterSubject } from "./vetoes.ts";
import { draftRecipient } from "./draft-resolution.ts";
import { standingFar } from "./standing-topic.ts";
import { pronounSubject } from "./pronoun-subject.ts";
import { regretToCome } from "./regret-to-come.ts";

/** What the side readings take from the document and the trigger's sentence. */
export interface SidesContext {
  arabic: ArabicText;
  found: EntitiesResult;
  /** The document's party units. */
  units: readonly PartyUnit[];
  cues: EventCues;
  /** The rules of the trigger's type. */
  rules: TypeRules;
  sentenceIndex: number;
  span: ClauseSpan;
  /** The speaker of the trigger's clause (`speakerOf`), if any. */
  speaker: EntitiesResult["mentions"][number] | null;
  told: Told;
  /** A list item's label (`listLabel`): the item's topic, not a side. */
  isLabel: (u: PartyUnit) => boolean;
  /** The states that sponsor the draft resolution the act is told after (`draftSponsors`), if any. */
  sponsors: Set<string | null> | null;
  /** In a denial's late reading, the events told after it, first first (`firstAccuser`). */
  later?: readonly Event[];
}

/** The sides read, or why the trigger is no act between them (`lost`, for `LossSink`). */
export type ActSides =
  | { lost: null; args: Arguments; actor: Party[]; recipient: Party[]; swapped: boolean }
  | { lost: string; actor: readonly Party[]; recipient: readonly Party[] };
const NONE: readonly Party[] = [];

/** The trigger's sides, from its clause's reading `args`, by the rules above in their order. */
export function actSides(hit: TriggerHit, clause: Clause, read: Arguments, ctx: SidesContext): ActSides {
  const { arabic, found, units, cues, rules, sentenceIndex, span, speaker, told } = ctx;
  let args = read;
  // النظام السوري المدعوم من روسيا: a backing participle names its two sides itself (backed.ts, or as a حال
  // away from its subject, backed-circumstance.ts); so does a detention told of its detainee (held.ts).
  if (hit.trigger.backed) return ownSides(participleSides(hit, clause, ctx), "no state body backed");
  // وتتأهب أنقرة، بدعم من حليفتيها باكستان وأذربيجان: the adverbial noun of backing names its backers, and the
  // clause's subject is the side backed (backing.ts).
  if (hit.trigger.backing)
    return ownSides(backingSides(arabic, hit, clause, units, found.mentions, cues), "no state backed");
  if (hit.trigger.held)
    return ownSides(heldSides(arabic, hit, units, found.mentions, cues), "no national held");
  // وجهت تركيا تحذيرا لدمشق: the warning's addressee is the party right after it (held.ts).
  if (hit.trigger.addressed) {
    const to = addressee(arabic, hit, units);
    if (to === null) return { lost: "no addressee", actor: NONE, recipient: NONE };
    args = { ...args, recipient: [to] };
  }
  // إيران، التي تتهمها واشنطن: the antecedent of the verb's pronoun is its object (relative-object.ts).
  const related = relativeObjectSides(clause, hit);
  if (related) return ownSides(related, "");
  // …، ودعاه الرئيس الروسي: a coordinated verb with its object pronoun and its subject after it.
  const continued = coordinatedObjectSides(clause, hit, arabic, units);
  if (continued) return ownSides(continued.actor.length > 0 ? continued : null, "pronoun with no antecedent");
  if (hit.trigger.relativeOnly && !coordinatedImperfect(clause, hit) && summedAt(clause, hit) < 0)
    return { lost: "imperfect object outside a relative clause", actor: NONE, recipient: NONE };
  // لم يندم على قراره: a regret is a threat only when it is to come (ستندم، سوف يندمون; regret-to-come.ts).
  if (hit.trigger.regret && !regretToCome(arabic.tokens, hit, cues))
    return { lost: "no regret to come", actor: NONE, recipient: NONE };
  // قال مسؤول تركي إن الصحفي قتل داخل القنصلية السعودية: the mission's state is the one charged (premises.ts).
  if (hit.trigger.premises) args = { ...args, recipient: premisesOwner(arabic, hit, found.mentions, cues) };
  // أعلن ترمب أنه سيزور الصين، وأضاف: "لن نسمح …": the speaker's act (speaker-actor.ts, quoted-we.ts).
  quotedSpeakerSides(args, hit, { arabic, units, cues, sentenceIndex, span, speaker, clause });
  // بدا فيه أنه يدعم بوتين: with no speaker, the party after the verb is its object (pronoun-subject.ts).
  args = pronounSubject(args, hit, ctx) ?? args;
  // وأكد رفض العقوبات الأمريكية، كما أعرب عن تقديره لـ: a stance noun of a subjectless verb is the speaker's (own-noun.ts).
  args = ownNounSides(args, hit, clause, { arabic, units, cues, sentenceIndex }) ?? args;
  // قال إن بلاده لا تخشى تهديدات ترامب: the genitive of plural threats makes them (threat-owner.ts).
  args = threatOwner(clause, hit, args) ?? args;
  // ردت الصين على الاتهامات الأمريكية: the noun's owner made the charge, aimed at the replier (replied-charge.ts).
  args = repliedCharge(clause, hit, args) ?? args;
  // قال إن بلاده لن تنتهك الاتفاق: a charge with no other state as the doer is no charge; no side is borrowed.
  if (hit.trigger.behind && (args.recipient.length === 0 || args.actor.length === 0))
    return { lost: "no state charged", actor: NONE, recipient: NONE };
  // وصل بومبيو إلى الرياض للقاء الملك سلمان: a verbal noun of purpose has the sentence's subject as
  // its actor, and the party after it, read as its agent, is its object.
  args = purposeSides(args, clause, hit);
  // وافق ترامب على لقاء كيم، واتفقا، في باكستان، والاعتراف ببكين: sides the clause does not name,
  // taken from around it (borrowed-sides.ts).
  borrowedSides(args, hit, clause, { arabic, found, units, rules, span, sentenceIndex, told });
  // وانضمت كندا إلى الولايات المتحدة في فرض عقوبات: the joiner acts with those it joined (joined-in.ts).
  const joiners = joinedActors(clause, hit);
  if (joiners)
    args = { ...args, actor: joiners, recipient: args.recipient.filter((u) => !joiners.includes(u)) };
  // الوزير، الذي كان في زيارة لفرنسا: a visit carried by a verb of being or ending (visitor.ts).
  if (args.actor.length === 0 && args.recipient.length > 0) {
    const visitor = visitorOf(arabic, hit, units, cues);
    if (visitor) args = { ...args, actor: [visitor] };
  }
  // افتتاح السفارة الأمريكية في القدس: an embassy opened in a state's claimed seat backs that state (embassy-seat.ts).
  const seat = embassySeat(clause, hit, args.actor, found.mentions);
  if (seat) args = { ...args, recipient: [seat] };
  // خلال قمة هلسنكي، اللجنة المصرية السودانية، في اتصال هاتفي بينهما: the side met (partner-around.ts).
  if (args.recipient.length === 0) {
    const met = partnerAround(clause, hit, args.actor, found.mentions);
    if (met.length > 0) args = { ...args, recipient: met };
  }
  // - سوريا: أكد البلدان دعمهما …: a list item whose sentence names its own two sides by a dual has
  // its label as topic; the label is no actor, and the dual stands for the sides the list item is
  // about, which the sentence does not name (a joint statement's headings).
  if (args.actor.some(ctx.isLabel) && clause.units.some((u) => u.type === "DUAL"))
    return { lost: "no actor", actor: NONE, recipient: NONE };
  // استقبلت ألمانيا مئات الآلاف من السوريين: a host's object after its subject is people sheltered.
  if (peopleHosted(clause, hit, args.actor))
    return { lost: "people sheltered", actor: NONE, recipient: NONE };
  // وتوجه الحكومة البريطانية أصابع الاتهام: the row's other sense right after the subject.
  if (senseAfterSubject(clause, hit, args.actor))
    return { lost: "another sense after the subject", actor: NONE, recipient: NONE };
  // العقوبات الأمريكية على قطاع النفط …، وتسعى روسيا … وأوبك: a standing measure's target is in its phrase.
  if (standingFar(clause, hit, args.recipient))
    return { lost: "target past the measure's phrase", actor: NONE, recipient: NONE };
  // وكان العالم البريطاني … أثنى على الجيل الصيني: praise (mode `praise`) by a person who holds no state
  // post (a scientist, a singer: no sector) speaks for no state.
  if (hit.trigger.mode === "praise" && privatePraise(args.actor))
    return { lost: "a private person praises", actor: NONE, recipient: NONE };
  // قبلت تركيا اقتراح السعودية: an act told inside another keeps its own agent (nested-acts.ts).
  if (hit.within) {
    // يدين الضربات التي شنتها الولايات المتحدة على سوريا: the target is the one its relative clause names.
    if (hit.carried) args = { ...args, recipient: carrierRecipient(clause, hit, args.actor) };
    // نفت إيران الاتهامات السعودية: the state after a charge noun so taken is its teller (nested-acts.ts).
    args = chargeTellers(hit, args);
    // إلغاء دعوة وزير الخارجية الروسي لزيارة بريطانيا: the party after the invitation is its guest.
    if (invitedGuest(clause, hit, args.actor))
      return { lost: "the invited guest", actor: NONE, recipient: NONE };
    const nested = nestedAct(hit, hit.within, args, told, sentenceIndex);
    if (nested.lost !== null) return { lost: nested.lost, actor: NONE, recipient: NONE };
    args.recipient = nested.recipient;
  }
  // حظيت روسيا بدعم الصين وإيران: the subject received the support; the states after it gave it.
  // استقبل السيسي وزير الخارجية الأمريكي: the host received a visitor, who is the actor (a visit's rule);
  // a guest named as a person, not a people or a crowd (`استقبلت ألمانيا مئات الآلاف من السوريين`).
  const swapped = hit.trigger.received === true || (hit.trigger.hosted === true && guests(args.recipient));
  if (swapped) args = { ...args, actor: args.recipient, recipient: args.actor };
  // ضد مشروع قرار يتهم فنزويلا: no recipient; لإحباط مشروع قرار صاغته واشنطن: the sponsor (vetoes.ts).
  args.recipient = draftRecipient(clause, hit, args.recipient);
  // ورفضت روسيا التي تدعم الحكومة السورية خطة: a state in a relative clause on the actor describes it.
  args.recipient = args.recipient.filter((u) => !inActorRelative(clause, hit, args.actor, u));
  // رحبت بتحسن العلاقات بين السعودية والعراق: two states after a noun of relations and بين are the topic.
  args.recipient = args.recipient.filter((u) => !inTopicPair(clause, hit, args.actor, u));
  // اتفاق يضم قضايا مثل اليمن وسوريا، دعما للجيش السوري: examples of issues and the side backed are no sides.
  args = withoutAsides(clause, args);
  // نفذت غارات … بعد تبني مجلس الأمن لقرار: a state in a phrase of time after the trigger dates it.
  args.recipient = args.recipient.filter((u) => !inTimePhrase(clause, hit, args.actor, u));
  // أصيب جنديان أمريكيان في هجوم: the wounded are no doers of the attack (described-sides.ts).
  if (rules.targeted) args = { ...args, actor: args.actor.filter((u) => !victimOf(clause, hit, u)) };
  // وتأتي زيارة روحاني تزامنا مع زيارة الرئيس الروسي: a state in a phrase of coincidence is another act's.
  args.recipient = args.recipient.filter((u) => !inCoincidence(clause, hit, u));
  // في تصريح للتلفزيون الرسمي الإيراني: the outlet spoken to is where the act was told (outlet-venue.ts).
  args.recipient = args.recipient.filter((u) => !outletSpokenTo(clause, u));
  // إطلاق سراح الجندي … المدان بقتل فلسطيني: the freed's state stands in his phrase (object-genitive.ts).
  args.recipient = args.recipient.filter((u) => !pastFreed(clause, hit, u));
  // هدد بشن هجوم على المنطقة التي اتفقت عليها واشنطن وموسكو: the agreement's sides (relative-deal-side.ts).
  args.recipient = args.recipient.filter((u) => !relativeDealSide(clause, hit, u));
  // محادثات أستانة التي ترعاها تركيا وروسيا وإيران: the sponsors or host of a meeting are none of its sides.
  args = {
    ...args,
    actor: args.actor.filter((u) => !sponsorOf(clause, hit, u)),
    recipient: args.recipient.filter((u) => !sponsorOf(clause, hit, u)),
  };
  // تصريحات ترامب في أعقاب اجتماع جمع بين الهند والصين: the meeting's pair are its sides, not the speaker.
  const pair = meetingPair(clause, hit, args.actor, args.recipient);
  if (pair) args = { ...args, actor: pair, recipient: [] };
  // دعا ترامب إلى السماح لموسكو بالعودة: the state permitted is not the one asked (refused-demand.ts).
  if (hit.trigger.type === "REQUEST")
    args.recipient = args.recipient.filter((u) => !permittedParty(clause, u));
  return impliedRecipientSides(hit, clause, args, swapped, ctx);
}

/** The sides a participle names itself, the recipient's parties of the actor's states left out; `lost` when none. */
function ownSides(sides: Arguments | null, lost: string): ActSides {
  if (sides === null) return { lost, actor: NONE, recipient: NONE };
  const actor = partiesOf(sides.actor);
  const recipient = partiesOf(sides.recipient).filter((p) => !actor.some((q) => q.country === p.country));
  return {
    lost: null,
    args: { actor: sides.actor, recipient: sides.recipient },
    actor,
    recipient,
    swapped: false,
  };
}

/** The object of a verb of hosting names visitors: persons (`وزير الخارجية الإيراني`، `ميلانيا ترامب`). */
function guests(units: readonly PartyUnit[]): boolean {
  return units.length > 0 && units.every((u) => u.type === "PERSON");
}

/** Every unit of the side is a person, none of whom holds a post of state (no sector). */
function privatePraise(units: readonly PartyUnit[]): boolean {
  return units.length > 0 && units.every((u) => u.type === "PERSON" && u.parties.every((p) => !p.sector));
}

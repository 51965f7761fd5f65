// The states of a trigger's two sides, and the recipient its clause does not name: the target of a threat
// or reply, the state what is agreed is done for, the doer of a deed praised, the claim a denial answers, the
// holder a demand to free is aimed at, a coordinated act's object, a known channel's two states. A claim
// about another denied, or what a draft would do, is no act. Split from actSides (act-sides.ts), the
// last stage of its reading.
import { relativeDealSide } from "./relative-deal-side.ts";
import { signedPartner } from "./signed-partner.ts";
import type { ArabicText, Event, Party, Sentence } from "../pipeline/types.ts";
import type { ActSides, SidesContext } from "./act-sides.ts";
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { complementTarget } from "./agreed-target.ts";
import { answeredMeasure } from "./answered-measure.ts";
import { causedRefusal } from "./caused-refusal.ts";
import { channelSides } from "./channel-context.ts";
import { coordinatedRecipient } from "./coordinated-recipient.ts";
import { anyIn, type EventCues, tokenIn } from "./cues.ts";
import { deniedClaim, deniesCharge, deniesPartOnly } from "./denied-words.ts";
import { noImplicitTarget } from "./group-held.ts";
import { haltAddressee } from "./halt-addressee.ts";
import { confrontedOrPartner } from "./pair-pronoun.ts";
import { praisedAgent, welcomedActor } from "./praised-agent.ts";
import { demonstrativeObject, previousSentenceState, reactionScope } from "./previous-claim.ts";
import { definiteProposal, proposalMaker } from "./proposal-maker.ts";
import {
  chargedSelf,
  claimant,
  contrastedBackref,
  ownActTarget,
  replyTarget,
  summingBackref,
} from "./reaction-targets.ts";
import { refuserAfter } from "./refused-demand.ts";
import { firstAccuser, implicitRecipient, lastAccuser, lastAgainst, partiesOf } from "./sides.ts";
import { chargeNounBefore } from "./told.ts";
import type { TriggerHit } from "./triggers.ts";

/**
 * The states of the trigger's sides from the units actSides read (`args`), and the recipient the clause
 * leaves unnamed, by the rules below in their order; `swapped` as actSides found it.
 */
export function impliedRecipientSides(
  hit: TriggerHit,
  clause: Clause,
  args: Arguments,
  swapped: boolean,
  ctx: SidesContext,
): ActSides {
  const { arabic, found, units, cues, rules, sentenceIndex, span, told } = ctx;
  let actor = partiesOf(args.actor);
  let recipient = partiesOf(args.recipient).filter((p) => !actor.includes(p));
  // نفت موسكو أن تكون وراء الهجوم: a denied claim answers its accuser, never a state inside it (denied-words.ts).
  const claim = rules.implicitRecipient ? deniedClaim(arabic, hit, cues) : null;
  if (claim === "other") return { lost: "a claim about another denied", actor, recipient };
  if (claim === "own") recipient = [];
  // مشروع قرار لإدانة الهجمات التي شنتها الولايات المتحدة على سوريا: an act whose relative clause tells
  // its doer (carried-act.ts) was done; the draft condemns it, it is not what the draft would do.
  if (
    ctx.sponsors !== null &&
    !hit.carried &&
    !actor.every((p) => (ctx.sponsors as Set<string | null>).has(p.country))
  )
    return { lost: "a draft's content", actor, recipient };
  // حذرت إيران من أنها سترد على أي هجوم أمريكي: a threat of the actor's own act names its target.
  // وهددت مصر ببيع الأصول المصرية في فرنسا: a recipient of the actor's own state is what
  // the threatened act concerns, not its target; the content names the target further on.
  if (rules.contentTarget && (recipient.length === 0 || ownStates(recipient, actor))) {
    // بشن هجوم على المنطقة التي اتفقت عليها واشنطن وموسكو: not the agreement's sides (relative-deal-side.ts).
    const own = ownActTarget(clause, hit, args.actor).filter((u) => !relativeDealSide(clause, hit, u));
    const target = partiesOf(own).filter((p) => !actor.includes(p));
    if (recipient.length === 0 || target.length > 0) recipient = target;
  }
  // خروجها من الاتفاق التجاري مع المكسيك الموقع عام 2012: the signed deal's partner after مع (signed-partner.ts).
  if (recipient.length === 0)
    recipient = partiesOf(signedPartner(clause, hit)).filter((p) => !actor.includes(p));
  // وافقت فرنسا على تسليم الطائرات إلى الهند: the state what is agreed is done for (agreed-target.ts).
  if (recipient.length === 0 && rules.complementTarget)
    recipient = partiesOf(complementTarget(clause, hit, args.actor)).filter((p) => !actor.includes(p));
  // أشاد الوزير بالجهود التي تبذلها الكويت: praise of a deed is for its doer (praised-agent.ts).
  if (recipient.length === 0 && rules.praisedAgent)
    recipient = partiesOf(praisedAgent(clause, hit, args.actor)).filter((p) => !actor.includes(p));
  // وأيدت ميركل هذا الموقف: praise of "the decision" told before is for the state that took it.
  if (recipient.length === 0 && rules.praisedAgent)
    recipient = welcomedActor(clause, hit, args.actor, told, sentenceIndex);
  // إجراءات مضادة، ردا على العقوبات التي فرضتها كندا: the state of the act replied to.
  if (recipient.length === 0 && rules.replyTarget)
    recipient = partiesOf(replyTarget(clause, hit, args.actor)).filter((p) => !actor.includes(p));
  // دفع النظام السوري بقوات إلى عفرين لمواجهة العدوان التركي: the state confronted; محادثاتهما: the pair's other.
  if (recipient.length === 0)
    recipient = partiesOf(confrontedOrPartner(clause, hit, args.actor)).filter((p) => !actor.includes(p));
  // ونفى السفير الروسي … تورط موسكو في الهجوم: the denier's own state, charged, is no recipient.
  if (rules.implicitRecipient && chargedSelf(arabic.tokens, args.recipient, actor, cues)) recipient = [];
  // اتهمت السعودية … قطر، وهو ما تنفيه الدوحة: a reaction to the claim told before it in its sentence.
  const deniesPart = rules.implicitRecipient && deniesPartOnly(arabic, hit, cues);
  if (recipient.length === 0 && rules.implicitRecipient)
    recipient = partiesOf(claimant(clause, hit, args.actor, deniesPart)).filter((p) => !actor.includes(p));
  // ويعتقد مسؤولون أتراك أن …، لكن السعوديين ينفون ذلك: a denial after a contrast answers the claim its own
  // sentence told; when no state told it, no charge told before is its target.
  const ownClaim =
    rules.implicitRecipient &&
    tokenIn(cues.denialVerb, arabic.tokens[hit.first]) &&
    contrastedBackref(clause, hit, args.actor, deniesPart) > clause.sentenceStart;
  // …تعرض دوما لهجوم كيماوي، وهو الذي نفته السلطات السورية: a denial of a claim told in its own
  // sentence answers that claim's teller; when no state told it, the event before is not its target.
  const implicit = !ownClaim && !noImplicitTarget(clause, hit);
  if (recipient.length === 0 && rules.implicitRecipient && implicit) {
    // …أشارت أصابع الاتهام إلى روسيا، بينما نفت روسيا: a denial of a charge its sentence tells with no
    // teller answers no charge told before.
    const denial = deniesCharge(arabic, hit, cues);
    const unnamed = denial && chargeNounBefore(arabic.tokens, hit, told, sentenceIndex, cues.chargeNoun);
    // …تسعى الولايات المتحدة للحصول على إجابات من الحكومة السعودية. ونفت القنصلية السعودية …: a denial
    // answers a claim, not a request made to the denier's state (askedOf).
    const denies = tokenIn(cues.denialVerb, arabic.tokens[hit.first]);
    const claims = denies ? told.events.filter((e) => !askedOf(e, actor)) : told.events;
    const far = reactionScope(arabic, units, sentenceIndex, actor, cues);
    const joint = hit.trigger.type === "REJECT";
    if (!unnamed) recipient = implicitRecipient(actor, claims, told.sentenceOf, sentenceIndex, joint, far);
    // وتنفي روسيا أي ضلوع لها: the last charge on the denier, else the first after; not `الأمر الذي تنفيه` (a claim near).
    const far2 = denial && !unnamed && !summingBackref(clause, hit);
    if (recipient.length === 0 && far2) recipient = lastAccuser(actor, told.events);
    if (recipient.length === 0 && far2 && ctx.later) recipient = firstAccuser(actor, ctx.later);
    if (recipient.length === 0 && rules.replyTarget) recipient = answeredMeasure(clause, hit, actor, told);
    // وقالت وزارة العدل الأمريكية إن … . ورفضت روسيا هذه المزاعم: with no event told just before to answer,
    // a reaction to "this" answers the one other state the sentence before names (previous-claim.ts).
    if (recipient.length === 0 && !unnamed && demonstrativeObject(clause, hit, args.actor))
      recipient = previousSentenceState(arabic, units, sentenceIndex, actor);
    // …قد اقترح إردوغان … . ولكن الولايات المتحدة رفضت الفكرة: a refusal of "the proposal" answers the
    // state that made it in a sentence before (proposal-maker.ts).
    if (recipient.length === 0 && hit.trigger.type === "REJECT" && definiteProposal(clause, hit, args.actor))
      recipient = proposalMaker(arabic, units, cues.proposalWord, sentenceIndex, actor);
  }
  // طالبت إسرائيل بإعادة رفاته، لكن سوريا ترفض: a demand refused in its sentence was made to the refuser.
  if (recipient.length === 0 && hit.trigger.type === "REQUEST")
    recipient = partiesOf(refuserAfter(clause, hit, args.actor)).filter((p) => !actor.includes(p));
  // طالبت واشنطن بإطلاق سراح القس الأمريكي: a demand to free people held names no addressee; it is aimed
  // at the state holding them, the other state of the event just told that involved the actor (the
  // detention, the crisis over it), as a reaction's implicit recipient is. Only a verb's: the subject of a
  // participle or a noun of demand is read less surely (`انتقاد الأخيرة لاعتقال … مطالبة بالإفراج عنهم`
  // is the latter's demand, not the sentence subject's).
  if (
    recipient.length === 0 &&
    rules.holderTarget &&
    hit.trigger.pos === "verb" &&
    freesPeople(arabic, hit, cues, args.actor)
  )
    recipient = implicitRecipient(actor, told.events, told.sentenceOf, sentenceIndex);
  // ودعت الخارجية القطرية إلى سرعة الإفراج عن المواطن (his arrest told sentences before): with no event
  // just told, the demand to free goes to the state that detained the demander's nationals, the actor of
  // the last COERCE against its state, however far back (as a denial's accuser, lastAccuser).
  if (
    recipient.length === 0 &&
    rules.holderTarget &&
    hit.trigger.pos === "verb" &&
    freesPeople(arabic, hit, cues, args.actor)
  )
    recipient = lastAgainst("COERCE", actor, told.events);
  // قصفت القوات التركية مواقع في العراق. ودعت بغداد إلى وقف الهجمات: a call to halt, no one asked, after a
  // sentence of conflict between the caller's state and one other (halt-addressee.ts).
  if (recipient.length === 0 && hit.trigger.type === "REQUEST")
    recipient = haltAddressee(hit, clause, actor, arabic, units, told, sentenceIndex);
  // جمدت السعودية التعاملات مع كندا وطردت سفيرها: a و-verb with the subject of the act just told and no
  // object state of its own acts on that act's object (coordinated-recipient.ts).
  if (recipient.length === 0 && !ownClaim)
    recipient = coordinatedRecipient(hit, clause, actor, told, sentenceIndex);
  // فرضت واشنطن عقوبات على تركيا لرفضها الإفراج عن القس: the refusal is the punished state's (caused-refusal.ts).
  if (hit.trigger.type === "REJECT") {
    const cause = causedRefusal(hit, arabic.tokens[hit.first], actor, recipient, told, sentenceIndex);
    if (cause) ({ actor, recipient } = cause);
  }
  // ستُستأنف محادثات قادة المسارح: a known channel names both sides when the clause does not.
  const bound = channelSides(found, span, hit.end, actor, recipient);
  if (bound) ({ actor, recipient } = bound);
  return { lost: null, args, actor, recipient, swapped };
}

/** A REQUEST made to one of `actor`'s states: what a denial by that state does not answer. */
function askedOf(e: Event, actor: readonly Party[]): boolean {
  if (e.type !== "REQUEST") return false;
  const mine = new Set(actor.map((p) => p.country).filter((c) => c !== null));
  return e.recipient.some((p) => p.country !== null && mine.has(p.country));
}

/** Every party of `side` is of a state the actor is of (`هددت السعودية ببيع الأرصدة السعودية`). */
function ownStates(side: readonly Party[], actor: readonly Party[]): boolean {
  const mine = new Set(actor.map((p) => p.country));
  return !mine.has(null) && side.every((p) => p.country !== null && mine.has(p.country));
}

/** How far after a demand the words of freeing people may stand (`طالبت الدوحة بإطلاق سراح`، `دعت إلى الإفراج عن`). */
const RELEASE_REACH = 4;

/**
 * A demand whose complement frees people held (`بإطلاق سراح`، `بالإفراج عن`، `إطلاق سراحه`), counted
 * past the subject right after the verb (`ودعت الخارجية القطرية إلى سرعة الإفراج عن`).
 */
function freesPeople(
  arabic: ArabicText,
  hit: TriggerHit,
  cues: EventCues,
  actor: readonly PartyUnit[] = [],
): boolean {
  const { tokens } = arabic;
  const verb = tokens[hit.first];
  if (!verb) return false;
  const from = Math.max(hit.end, ...actor.filter((u) => u.first === hit.end).map((u) => u.end));
  const end = Math.min((arabic.sentences[verb.sentence] as Sentence).endToken, from + RELEASE_REACH);
  return anyIn(tokens, hit.end, end, cues.releaseWord);
}

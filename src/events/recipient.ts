// Recipient search: to whom the act was done, from its frame's prepositions and the direct object.
import type { Token } from "../pipeline/types.ts";
import { keyOf } from "../arabic/normalize.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import {
  afterPreposition,
  groupAt,
  hedgedTarget,
  PREP_REACH,
  procliticPrep,
  punctuated,
  statesOfUnits,
  unitFrom,
} from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { subjectBefore } from "./aside.ts";
import { pastSeat } from "./envoy-seat.ts";
import { dealAfter, dealNamedBefore } from "./deal-recipient.ts";
import { genitiveTopic } from "./relations-genitive.ts";
import { goodsAfter, importsOrigin } from "./imports-origin.ts";
import { flagAfter } from "./flag-recipient.ts";
import { harmedOwner } from "./harmed-owner.ts";
import { titleObject } from "./title-object.ts";
import { tradeParty } from "./trade-party.ts";
import type { TriggerHit } from "./triggers.ts";
import { acrossBorder } from "./units.ts";
import { pastTimeGap } from "./time-gap.ts";
import { placeDestination } from "./place-destination.ts";
import { groupFromAll } from "./proclitic-list.ts";
import { markBetween } from "../arabic/gaps.ts";
import { afterAside, apposedName } from "./aside-object.ts";
import { PARTNER_PREPS, partnerTaken } from "./partner-slot.ts";
import { coordinatedActBefore, coordinatedClauseBetween } from "./coordinated-act.ts";
import { newSubjectAt } from "./own-verb-conjunct.ts";

/** `إيا`، the carrier of a participle's object pronoun (`مطالبا إياها`), as a key. */
const CARRIER = keyOf("إيا");
/** How far after the actor a direct object may stand (`اتهمت بكين واشنطن`). */
const OBJECT_REACH = 6;

export function findRecipient(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  const frame = hit.trigger.frame;
  const from = Math.max(hit.end, ...actor.filter((u) => u.first >= hit.end).map((u) => u.end));
  // زيارة إلى مرتفعات الجولان: a visit whose destination is a place that is no state visits no state.
  if (placeDestination(c, hit)) return [];
  // داعيا إياها إلى الضغط على دمشق: a participle's object pronoun right after it is its object, before
  // any party of the act asked for or charged with.
  if (frame.includes("direct") && hit.trigger.pos === "participle") {
    const u = c.units.find((x) => x.first === hit.end && x.prefix === CARRIER && x.type.startsWith("REF"));
    if (u) return [u];
  }
  // زار بوتين بكين: an object right after a post-verbal subject.
  if (frame.includes("direct") && from > hit.end) {
    const u =
      afterAppositive(c, from, actor) ??
      afterRelativeClause(c, from, actor) ??
      afterAside(c, hit, from, actor) ??
      unitFrom(c, from, 1, actor);
    if (u && !apposedName(c, from, u, actor)) return groupAt(c, u);
  }
  // الرئيس، الذي يزور ألمانيا، دعا الأمريكيين إلى عدم مغادرة سوريا: with its subject before it, a
  // verb's party right after it is the object, before any preposition's.
  if (frame.includes("direct") && hit.trigger.pos === "verb" && subjectBefore(c, hit, actor)) {
    const u = c.units.find((x) => x.first === hit.end && x.prefix === "" && !actor.includes(x));
    if (u) return groupAt(c, u);
  }
  // تعهد بالرد بعد أن أجرى محادثات مع بريطانيا: a threat's cause clause names no one threatened.
  const end = hit.trigger.type === "THREATEN" ? causeStop(c, hit.end, c.end) : c.end;
  // لقائه مع الطلاب … سياسة بلاده مع قطر: a later partner preposition is another phrase's (partnerTaken).
  const taken = partnerTaken(c, hit.end);
  for (let k = hit.end; k < Math.min(end, from + OBJECT_REACH + PREP_REACH); k++) {
    const t = c.tokens[k] as Token;
    if (saidAgain(c, hit, k)) break;
    // أدانت فرنسا الهجوم، ووصل الوفد إلى طهران: a coordinated act after a mark opens a clause of its own.
    if (coordinatedClauseBetween(c, hit, k, k + 1)) break;
    if (taken && k > hit.end && PARTNER_PREPS.includes(t.key)) continue;
    // شنت غارات على القطاع ردا على إصابة جنود من جيشها: the preposition after a reply noun names what the act
    // answers, not whom it was done to (reaction-targets.ts reads that target when the act names none).
    if (k > hit.end && frame.includes(t.key) && tokenIn(c.cues.replyTo, c.tokens[k - 1])) break;
    // تناولت المحادثات … العلاقات مع إيران: the preposition of a topic noun names what the act is about.
    if (frame.includes(t.key) && topicPreposition(c, hit, k)) continue;
    if (frame.includes(t.key)) {
      // على ما قالت إنه مواقع إيرانية: a target told on the actor's word, after ما and a verb of saying.
      const said = hedgedTarget(c, k);
      // The verb of saying ends the clause; the target it sets off is read in the sentence.
      const u =
        (said > k
          ? c.units.find(
              (x) =>
                x.first > said &&
                x.first <= said + PREP_REACH &&
                x.end <= c.sentenceEnd &&
                !actor.includes(x),
            )
          : (importsOrigin(c, hit, k, actor) ?? unitFrom(c, k + 1, PREP_REACH, actor))) ??
        goodsAfter(c, hit, k);
      // حذر من محاولات تقسيم سوريا: the state whose unity is at stake is no addressee (harmedOwner).
      if (u && harmedOwner(c, hit, u)) continue;
      // على الحدود مع العراق: the neighbour of the place struck is not what was struck.
      if (u && !acrossBorder(c.tokens, u.first, u.prefix, c.cues)) return groupAt(c, u);
      const deal = dealAfter(c, hit, k, actor);
      if (deal) return [deal];
    } else if (k < from + PREP_REACH) {
      // بنظيره، لتايوان: a preposition carried as a clitic governs only a party close by.
      const u =
        c.all.find((x) => x.first === k && !actor.includes(x) && procliticPrep(x, frame)) ??
        titleObject(c, k, frame, actor);
      if (u) return groupFromAll(c, u);
    }
  }
  if (frame.includes("direct")) {
    // اتهم السفير الإسرائيلي في الأمم المتحدة إيران: the seat of the actor's post is no object.
    const u = unitFrom(c, from > hit.end ? pastSeat(c, from, actor) : from, OBJECT_REACH, actor);
    if (
      u &&
      u.first < end &&
      !harmedOwner(c, hit, u) &&
      !acrossBorder(c.tokens, u.first, u.prefix, c.cues) &&
      !coordinatedActBefore(c, hit, from, u.first) &&
      !coordinatedClauseBetween(c, hit, from, u.first) &&
      !newSubjectAt(c, u)
    )
      return groupAt(c, u);
  }
  // احتجزت البحرية الإيرانية ناقلة ترفع العلم البريطاني: a ship's flag names whom its seizure is done to.
  const flag = flagAfter(c, hit, from, actor);
  if (flag) return [flag];
  // وقعت الأردن اتفاقا لشراء الغاز الإسرائيلي: a deal's trade names whom it was made with (trade-party.ts).
  const trade = tradeParty(c, hit, from, actor);
  return trade ? [trade] : [];
}

/**
 * The preposition at `k` follows a topic noun after the trigger (`العلاقات مع`، `الحرب في`): the noun's.
 * `العلاقات بين البلدين` still names the two sides of the sentence's act.
 */
export function topicPreposition(c: Clause, hit: TriggerHit, k: number): boolean {
  return (
    k - 1 >= hit.end &&
    (c.tokens[k] as Token | undefined)?.key !== "بين" &&
    (tokenIn(c.cues.topicHead, c.tokens[k - 1]) || dealNamedBefore(c, hit, k) || genitiveTopic(c, hit, k))
  );
}

/** How many tokens an appositive after a post-verbal subject may take (`، وزير خارجية فرنسا،`). */
const APPOSITIVE_REACH = 5;

/**
 * `طالب يوهان كار، وزير خارجية النمسا، المجر بـ`، `دعا لافروف وزير الخارجية الروسي واشنطن إلى`:
 * a post-verbal subject's appositive names the subject's own state (its title's nisba or genitive); the
 * direct object is the unit of another state right after it, not the appositive.
 */
function afterAppositive(c: Clause, from: number, actor: readonly PartyUnit[]): PartyUnit | undefined {
  const mine = statesOfUnits(actor);
  if (mine.has(null) || mine.size === 0) return undefined;
  let end = -1;
  for (const u of c.units) {
    if (u.first < from || actor.includes(u)) continue;
    // …، ستافان دي ميستورا، يوم الثلاثاء روسيا: a time phrase may stand before the object (time-gap.ts).
    if (u.end > c.end || u.first >= (end < 0 ? from + APPOSITIVE_REACH : pastTimeGap(c, end) + 1))
      return undefined;
    // A title with no state of its own (`وزير خارجية` before `فرنسا`) or the subject's state.
    // The appositive is set off by commas: one before it (after the subject) and one after it.
    const own = u.prefix === "" && u.parties.every((p) => p.country === null || mine.has(p.country));
    if (own && u.parties.some((p) => p.country !== null || u.type === "PERSON")) {
      if (end < 0 && !punctuated(c, from, u.first)) return undefined;
      end = u.end;
      continue;
    }
    return end >= 0 &&
      punctuated(c, end, u.first) &&
      !afterPreposition(c, u, end) &&
      u.parties.every((p) => !mine.has(p.country))
      ? u
      : undefined;
  }
  return undefined;
}

/** How far after its relative pronoun the comma that closes the clause may stand. */
const RELATIVE_CLAUSE_REACH = 16;

/**
 * `واتهم الوزير، الذي كان يتحدث في ندوة بأوسلو، الدنمارك`: a relative clause set off by commas right after
 * the subject (its pronoun of cue aside_relative) describes the subject; the object stands right after its
 * closing comma.
 */
function afterRelativeClause(c: Clause, from: number, actor: readonly PartyUnit[]): PartyUnit | undefined {
  const t = c.tokens[from];
  if (!t || !c.cues.asideRelative.has(t.key) || !punctuated(c, from, from)) return undefined;
  const mine = statesOfUnits(actor);
  for (let k = from + 1; k < Math.min(c.tokens.length, from + RELATIVE_CLAUSE_REACH); k++) {
    if (!punctuated(c, k, k)) continue;
    const u = c.units.find((x) => x.first === k);
    return u && u.prefix === "" && otherSide(u, actor, mine) ? u : undefined;
  }
  return undefined;
}

// Functions declared here, not closures made per call: the CLI runs through tsx, whose esbuild
// `keepNames` names every function when it is made (`__name`, about 0.7 µs each).
/** A unit not of the actor that names a state other than the actor's. */
export function otherSide(
  u: PartyUnit,
  actor: readonly PartyUnit[],
  mine: ReadonlySet<string | null>,
): boolean {
  return !actor.includes(u) && u.parties.some((p) => p.country !== null && !mine.has(p.country));
}

/**
 * The trigger's word said again at `k` (`قمة الناتو أصعب من قمة الإثنين القادم مع بوتين`): the second
 * one owns the prepositions and states after it; the first has no side there.
 */
export function saidAgain(c: Clause, hit: TriggerHit, k: number): boolean {
  return k > hit.first && c.tokens[k]?.key === c.tokens[hit.first]?.key;
}

/** The first token in `[from, stop)` that opens a cause clause (`بسبب`، `بعد أن`), else `stop`. */
export function causeStop(c: Clause, from: number, stop: number): number {
  for (let k = from; k < stop; k++) if (opensCause(c, k)) return k;
  return stop;
}

/** The token at `k` opens a threat's cause clause: cue `threat_cause` (`بسبب`), or قبل/بعد + أن. */
export function opensCause(c: Clause, k: number): boolean {
  const t = c.tokens[k];
  return (
    tokenIn(c.cues.threatCause, t) || (tokenIn(c.cues.sharedSubject, t) && c.tokens[k + 1]?.key === "ان")
  );
}

/** How many words a companion phrase may take (`جنبا إلى جنب مع`). */
const COMPANION_WORDS = 4;

/**
 * `الضربات التي نفذت بالتنسيق مع الولايات المتحدة على مواقع داخل سوريا`، `شنتها بلاده إلى جانب فرنسا`:
 * a state right after a companion phrase (cue `companion`) acts with the actor; it is not the act's
 * recipient. A phrase that is the trigger itself (`بالتنسيق مع` as COOPERATE, `تقف إلى جانب`) is left alone.
 */
export function companionOf(c: Clause, hit: TriggerHit, u: PartyUnit, phrases = c.cues.companion): boolean {
  // The phrase ends right before the unit or one head word before it (`بالتنسيق مع القوات العراقية`).
  for (let last = u.first - 1; last >= u.first - 2; last--) {
    // The words from j to `last`, read backwards; the first one without its و (`وبالتنسيق مع`).
    let rest = "";
    for (let j = last; j >= Math.max(c.sentenceStart, last + 1 - COMPANION_WORDS); j--) {
      if (j < hit.end && j >= hit.first) return false;
      const t = c.tokens[j] as Token;
      if (markBetween(c.text, t.end, (c.tokens[j + 1] as Token).start)) return false;
      const first = t.key.startsWith("و") && t.key !== "و" ? t.key.slice(1) : t.key;
      if (phrases.has(rest === "" ? first : `${first} ${rest}`)) return true;
      rest = rest === "" ? t.key : `${t.key} ${rest}`;
    }
  }
  return false;
}

/**
 * `ستطلب من شركات الشحن إجلاء البحارة من الميناء`، `طلبت الحكومة من المواطنين مغادرة سوريا`: the
 * preposition that names who is asked (event-types.tsv `addressee_prep`) stands right after the verb or its
 * post-verbal subject and governs no party: the one asked is no state, and a state named in what is asked
 * is not the recipient. After a word that makes `من` a compound preposition (cue `min_compound`: من جهتها،
 * من خلال) it names no one asked.
 */
export function emptyAddressee(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): boolean {
  if (c.addresseePrep === undefined || hit.trigger.pos !== "verb") return false;
  const from = Math.max(hit.end, ...actor.filter((u) => u.first >= hit.end).map((u) => u.end));
  if (from + 1 >= c.end || (c.tokens[from] as Token).key !== c.addresseePrep) return false;
  // ودعت روسيا من جهتها إلى …، طلب من خلال القنوات الرسمية من السلطات الصينية: no one asked named here.
  if (tokenIn(c.cues.minCompound, c.tokens[from + 1])) return false;
  if (unitFrom(c, from + 1, PREP_REACH, actor)) return false;
  return !c.all.some((u) => u.first > from && u.first <= from + PREP_REACH && !actor.includes(u));
}

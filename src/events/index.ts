// events: triggers, their parties, polarity, date and source → PLOVER events.
import type { PhraseIndex } from "../arabic/phrases.ts";
import type { EntitiesResult } from "../entities/index.ts";
import type { EntityLexicon } from "../entities/lexicon.ts";
import type { ArabicText, Event, EventType, Party, Sentence, Token } from "../pipeline/types.ts";
import { PRONOUN_UNIT, possessiveUnits, referenceUnits, resolveReferences } from "./anaphora.ts";
import { type Arguments, type Clause, findArguments, objectAt, type PartyUnit } from "./arguments.ts";
import { channelSides, lightVerbBefore, mechanismIn } from "./channel-context.ts";
import { type ClauseSpan, clauseOf, governingDate, speakerOf } from "./clauses.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { type Evaluations, evaluativeEvents } from "./evaluations.ts";
import { type Polarity, polarity } from "./modality.ts";
import { type PloverTable, score } from "./plover.ts";
import { findTriggers, type Trigger, type TriggerHit } from "./triggers.ts";
import { rulesOf, type TypeTable } from "./types.ts";
import { isPlace, partyUnits } from "./units.ts";

export interface EventsOptions {
  triggers: PhraseIndex<Trigger>;
  cues: EventCues;
  plover: PloverTable;
  types: TypeTable;
  entityLexicon: EntityLexicon;
  /** Evaluative accusations (`اعتبر … انتهاكا`); none are read without it. */
  evaluations?: Evaluations;
  published: string | null;
}

export function findEvents(arabic: ArabicText, found: EntitiesResult, options: EventsOptions): Event[] {
  const { cues, types } = options;
  const covered = new Set<number>();
  // A channel's name may hold its own trigger: محادثات تنسيق السياسة الدفاعية.
  const named = new Set<number>();
  for (const m of found.mentions)
    for (let k = m.firstToken; k < m.endToken; k++) {
      covered.add(k);
      if (m.type !== "MECHANISM") named.add(k);
    }
  // وزير الشؤون الخارجية والتعاون الدولي المغربي، ناصر بوريطة: a person's title holds no act.
  for (const m of found.mentions) for (let k = m.titleToken; k < m.firstToken; k++) named.add(k);
  // منتدى التعاون الصيني الأفريقي: a noun trigger right after a body's or forum's head is its name.
  arabic.tokens.forEach((t, k) => {
    if (tokenIn(cues.nameHead, t)) named.add(k + 1);
  });
  const listed = partyUnits(arabic, found, covered, options.entityLexicon, cues);
  // بلاده، حكومته: a state's pronoun is a party unit of the state of the person named before.
  const units = [...listed, ...possessiveUnits(arabic.tokens, arabic.sentences, listed, cues)].sort(
    (a, b) => a.first - b.first,
  );
  // معها، داعيا الأخيرة: parties told by a pronoun or back-reference, resolved once the act's sides are read.
  const verbAt = (k: number) =>
    options.triggers.matchAt(arabic.tokens, k, { bare: true })?.values.some((t) => t.pos !== "noun") ?? false;
  const references = referenceUnits(arabic.tokens, cues, verbAt);
  const events: Event[] = [];
  const sentenceOf = new Map<Event, number>();
  const seen = new Set<string>();
  const resolvedDuals = new Set<PartyUnit>();
  /** Events told in the pluperfect (`وكان … قد أعلن`): background, possibly told already. */
  const retold = new Set<Event>();
  const channelWords = new Set([...covered].filter((k) => !named.has(k)));
  const acts = new Map<number, boolean>();
  const isAct = (k: number): boolean => {
    let known = acts.get(k);
    if (known === undefined) {
      known = options.triggers.matchAt(arabic.tokens, k, { bare: true }) !== null;
      acts.set(k, known);
    }
    return known;
  };
  for (const hit of findTriggers(arabic.tokens, options.triggers, named, types, cues.speech)) {
    // A channel's name is an event only when a verb holds it: سيعقدون جولة من محادثات تنسيق …
    if (channelWords.has(hit.first) && !lightVerbBefore(arabic, hit.first, cues)) continue;
    const sentenceIndex = (arabic.tokens[hit.first] as Token).sentence;
    const sentence = arabic.sentences[sentenceIndex] as Sentence;
    if (isAnaphoric(arabic.tokens, hit.first, cues)) continue;
    resolveDuals(units, sentence, events, resolvedDuals, sentenceOf, sentenceIndex);
    const span = clauseOf(arabic.tokens, sentence, hit.first, hit.end, cues);
    const speaker = speakerOf(arabic.tokens, sentence, span.reported, found, cues);
    const within = (u: PartyUnit) => u.first >= sentence.firstToken && u.end <= sentence.endToken;
    const inSentence = units.filter(within);
    const clause: Clause = {
      tokens: arabic.tokens,
      text: arabic.text,
      units: inSentence.filter((u) => !u.place),
      all: inSentence,
      cues,
      sentenceStart: sentence.firstToken,
      sentenceEnd: sentence.endToken,
      start: span.start,
      end: span.end,
      isAct,
    };
    // ودعاها، معها، داعيا الأخيرة: read with the references; one with no antecedent, read as before.
    const nounForm =
      hit.trigger.object !== undefined &&
      (options.triggers
        .matchAt(arabic.tokens, hit.first, { bare: true })
        ?.values.some((t) => t.pos === "noun") ??
        false);
    let args = withReferences(clause, hit, references.filter(within), nounForm, (a, h) =>
      resolveReferences(a, h, arabic.tokens, arabic.text, arabic.sentences, units, cues),
    );
    // أعرب الوزير السوداني عن تقدير بلاده لمواقف قطر: a state's pronoun that only repeats the
    // other side's state is no party; the clause is read again without it.
    if (selfReference(args)) {
      const stated = (u: PartyUnit) => u.type !== PRONOUN_UNIT;
      args = findArguments(
        { ...clause, units: clause.units.filter(stated), all: clause.all.filter(stated) },
        hit,
      );
    }
    // أعلن ترمب أنه سيزور الصين: the speaker is the actor when no subject stands before the verb.
    // أعلن الجيش الباكستاني أن دفاعاته الجوية أسقطت …، قال إن بلاده رفضت …: a reported clause whose
    // subject carries the speaker's pronoun is the speaker's act.
    const reported = span.reported > sentence.firstToken && span.reported < hit.first;
    const possessed = reported && ownedBySpeaker(arabic.tokens[span.reported]);
    const speakerSubject = span.speakerActs || possessed;
    if (
      !args.fromPhrase &&
      speakerSubject &&
      speaker &&
      !args.actor.some((u) => u.first >= span.start && u.end <= hit.first)
    ) {
      const unit = units.find(
        (u) => !u.place && u.parties.some((p) => p.entity === speaker.entity) && u.end <= span.reported,
      );
      if (unit) {
        args.recipient = [...args.actor, ...args.recipient].filter((u) => u !== unit);
        args.actor = [unit];
      }
    }
    // شنت الهند ضربات … في باكستان: the place struck is the target.
    const rules = rulesOf(types, hit.trigger.type);
    if (args.recipient.length === 0 && rules.targeted) {
      const place = placeIn(arabic, found, span, cues);
      if (place?.country)
        args.recipient = [
          {
            first: place.firstToken,
            end: place.endToken,
            prefix: "",
            type: "GPE",
            parties: [{ entity: place.entity, text: place.text, country: place.country, sector: null }],
            place: false,
          },
        ];
    }
    // قطع علاقاتها مع تايوان والاعتراف ببكين: a coordinated act shares the actor of the act before it.
    const before = events[events.length - 1];
    if (before && hit.prefix.startsWith("و") && sentenceOf.get(before) === sentenceIndex)
      args.actor = sharedActor(args.actor, before, units);
    // A directed act's dual names two states other than the actor's; a mutual one may include it.
    if (!rulesOf(types, hit.trigger.type).mutual)
      args.recipient = mapUnits(args.recipient, (u) => otherDual(u, args.actor, units));
    let actor = partiesOf(args.actor);
    let recipient = partiesOf(args.recipient).filter((p) => !actor.includes(p));
    if (recipient.length === 0 && rules.implicitRecipient)
      recipient = implicitRecipient(actor, events, sentenceOf, sentenceIndex);
    // ستُستأنف محادثات قادة المسارح: a known channel names both sides when the clause does not.
    const bound = channelSides(found, span, hit.end, actor, recipient);
    if (bound) ({ actor, recipient } = bound);
    const countries = new Set<string>();
    for (const p of actor) if (p.country !== null) countries.add(p.country);
    for (const p of recipient) if (p.country !== null) countries.add(p.country);
    // داعش … أمريكا والسعودية: an act whose actor is no state (an armed group, a person with none) is no interstate event.
    if (actor.length === 0 || countries.size < 2 || actor.every((p) => p.country === null)) continue;
    const pol = polarity(
      arabic.tokens,
      hit,
      { clauseStart: Math.max(sentence.firstToken, span.start - 1), sentenceStart: sentence.firstToken },
      cues,
    );
    const joint = recipient.length === 0 && new Set(actor.map((p) => p.country)).size > 1;
    // أوقفت كوريا الجنوبية بث الدعاية: stopping a hostile act is a de-escalation, not a sanction.
    const object = objectAt(hit, args.actor);
    const ending =
      rules.endingAs &&
      hit.trigger.channel === "suspend" &&
      object < span.end &&
      tokenIn(cues.hostileAct, arabic.tokens[object]);
    const actType = ending ? (rules.endingAs as EventType) : hit.trigger.type;
    const coding = coded(actType, pol, types);
    const jointAs = rulesOf(types, actType).jointAs;
    const { modality, negated } = coding;
    const type = joint && jointAs && coding.type === actType ? jointAs : coding.type;
    // بناء على طلب بريطانيا وألمانيا وكندا: an act with a target and none found is no event, unless
    // the two sides did it to each other (`البلدان ألغيا`، `اتهامات متبادلة`، `تبادل … القصف`).
    if (
      joint &&
      !rulesOf(types, type).mutual &&
      !args.actor.some((u) => u.type === "DUAL" || u.type === "PAIR") &&
      !reciprocal(arabic.tokens, hit.first, hit.end, cues)
    )
      continue;
    // زيارة … قبيل القمة المرتقبة: a scheduled meeting is another event than a meeting held in its sentence.
    const dedupe = `${type}|${pol.scheduled ? modality : ""}|${[...countries].sort().join(",")}|${sentence.start}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const date = governingDate(arabic, span, hit.first, cues);
    const mode = type === hit.trigger.type ? hit.trigger.mode : null;
    const channelAct = ending ? null : mechanismIn(found, sentence, hit.end);
    const { cameo, quad, intensity } = score(options.plover, type, mode);
    const event: Event = {
      id: `v${events.length + 1}`,
      type,
      mode,
      context: hit.trigger.context,
      actor,
      recipient,
      date: date?.value ?? options.published,
      end_date: date?.endValue ?? null,
      date_text: date?.text ?? null,
      location: locationIn(arabic, found, span, cues),
      negated,
      modality,
      mechanism: channelAct,
      source: speaker?.entity ?? null,
      evidence: {
        text: arabic.text.slice(sentence.start, sentence.end),
        start: sentence.start,
        end: sentence.end,
      },
      cameo,
      quad,
      intensity,
    };
    events.push(event);
    sentenceOf.set(event, sentenceIndex);
    if (pluperfect(arabic.tokens, sentence.firstToken, hit.first)) retold.add(event);
  }
  // اعتبرت … أن إعلان إثيوبيا … يمثل انتهاكا: accusations told without an accusing verb.
  if (options.evaluations) {
    const { evaluations, plover, published } = options;
    events.push(...evaluativeEvents(arabic, { found, units, events, cues, plover, evaluations, published }));
    events.sort((a, b) => a.evidence.start - b.evidence.start);
  }
  return mergeRepeats(events, types, retold);
}

/** `كان`/`وكان` … `قد` before the trigger in its sentence: the pluperfect of a retelling. */
function pluperfect(tokens: readonly Token[], from: number, first: number): boolean {
  let was = false;
  for (let k = from; k < first; k++) {
    const t = tokens[k] as Token;
    const keys = [t.key, ...t.bare.map((b) => b.key)];
    if (keys.includes("كان") || keys.includes("كانت")) was = true;
    else if (was && keys.includes("قد")) return true;
  }
  return false;
}

/** An actor or recipient is a state's pronoun (`بلاده`) of the same state as the other side. */
function selfReference(args: { actor: PartyUnit[]; recipient: PartyUnit[] }): boolean {
  const states = (us: readonly PartyUnit[]) => new Set(us.flatMap((u) => u.parties.map((p) => p.country)));
  const [actor, recipient] = [states(args.actor), states(args.recipient)];
  const repeats = (u: PartyUnit, other: Set<string | null>) =>
    u.type === PRONOUN_UNIT && u.parties.every((p) => other.has(p.country));
  return args.recipient.some((u) => repeats(u, actor)) || args.actor.some((u) => repeats(u, recipient));
}

/** Third-person pronoun suffixes that point back to the speaker (`بلاده`، `قواتها`). */
const SPEAKER_PRONOUNS = new Set(["ه", "ها", "هما", "هم"]);

/**
 * The word carries a possessive pronoun: the segmenter found one, or, for a word it does not know,
 * an indefinite word of four letters or more ends in one (`دفاعاته`; a word with ال takes none).
 */
function ownedBySpeaker(t: Token | undefined): boolean {
  if (!t) return false;
  if (SPEAKER_PRONOUNS.has(t.segments?.suffix ?? "")) return true;
  const word = t.text.replace(/[\u064B-\u0652\u0640]/gu, "");
  return !t.segments?.known && !word.startsWith("ال") && word.length >= 4 && /(?:ه|ها|هما|هم)$/u.test(word);
}

/** The actor found is the previous act's recipient: the coordinated act is the previous actor's. */
function sharedActor(found: PartyUnit[], before: Event, units: readonly PartyUnit[]): PartyUnit[] {
  const received = new Set(before.recipient.map((p) => p.entity ?? p.country));
  const mine = found.flatMap((u) => u.parties);
  if (found.length > 0 && !mine.every((p) => received.has(p.entity ?? p.country))) return found;
  const ids = new Set(before.actor.map((p) => p.entity ?? p.country));
  const unit = units.find((u) => !u.place && u.parties.some((p) => ids.has(p.entity ?? p.country)));
  return unit ? [unit] : found;
}

/** How far from a trigger a word of reciprocity may stand (`اتهامات متبادلة`، `تبادل جيشا البلدين القصف`). */
const RECIPROCAL_REACH = 3;

function reciprocal(tokens: readonly Token[], first: number, end: number, cues: EventCues): boolean {
  const sentence = (tokens[first] as Token).sentence;
  for (
    let k = Math.max(0, first - RECIPROCAL_REACH);
    k < Math.min(tokens.length, end + RECIPROCAL_REACH);
    k++
  ) {
    const t = tokens[k] as Token;
    if (t.sentence === sentence && tokenIn(cues.reciprocal, t)) return true;
  }
  return false;
}

/** How many sentences back a reaction looks for the event it answers. */
const REACTION_REACH = 2;

/**
 * `فرضت واشنطن عقوبات على شركات صينية … وأدانت الخارجية الصينية القرار`: a reaction with no
 * recipient answers the last event, told just before, that involved the actor's state and one other.
 */
function implicitRecipient(
  actor: readonly Party[],
  events: readonly Event[],
  sentenceOf: ReadonlyMap<Event, number>,
  sentence: number,
): Party[] {
  const mine = new Set(actor.map((p) => p.country).filter((c) => c !== null));
  if (mine.size !== 1) return [];
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k] as Event;
    if (sentence - (sentenceOf.get(e) ?? -Infinity) > REACTION_REACH) return [];
    const parties = [...e.actor, ...e.recipient];
    const others = parties.filter((p) => p.country !== null && !mine.has(p.country));
    const states = new Set(others.map((p) => p.country));
    if (parties.some((p) => p.country !== null && mine.has(p.country)) && states.size === 1)
      return [others[0] as Party];
  }
  return [];
}

/**
 * One meeting told in several sentences of an article is one event: same type, same states and
 * the same date (`أجرتا محادثات` … `زيارة بيلوسوف إلى بكين`).
 */
function mergeRepeats(events: Event[], types: TypeTable, retold: ReadonlySet<Event>): Event[] {
  const out: Event[] = [];
  const statesOf = (e: Event) =>
    [...new Set([...e.actor, ...e.recipient].map((p) => p.country))].sort().join(",");
  const sidesOf = (e: Event) =>
    [e.actor, e.recipient].map((ps) => [...new Set(ps.map((p) => p.country))].sort().join(",")).join(">");
  for (const e of events) {
    // A retelling without a date of its own (`قبل ساعات من اللقاء`) is the happening already told.
    // `وكان المتحدث قد أعلن أن بلاده قررت وقف …`: a pluperfect retelling of an act told before, by the
    // same side to the same side, is that act, whatever its type.
    const same = out.find(
      (o) =>
        o.type === e.type &&
        o.negated === e.negated &&
        // من المقرر أن يلتقي: a scheduled meeting is not the meeting told as held.
        o.modality === e.modality &&
        statesOf(o) === statesOf(e) &&
        (rulesOf(types, o.type).merged
          ? o.date === e.date || e.date_text === null
          : retold.has(e) && e.date_text === null && sidesOf(o) === sidesOf(e)),
    );
    if (!same) {
      out.push({ ...e, id: `v${out.length + 1}` });
      continue;
    }
    same.date_text ??= e.date_text;
  }
  return out;
}

/**
 * Cooperation promised or intended is AGREE in PLOVER (`مستعدة للتعاون`، `سيلتقي`); a threat's
 * future is the threat itself (`سترد`), made now. event-types.tsv says which is which.
 */
function coded(
  type: EventType,
  pol: Polarity,
  types: TypeTable,
): { type: EventType; modality: Event["modality"]; negated: boolean } {
  const rules = rulesOf(types, type);
  // لن توقع الصين أي اتفاق: the refusal is the event.
  if (pol.refused && rules.refusedAs) return { type: rules.refusedAs, modality: "asserted", negated: false };
  const { modality, negated } = pol;
  if (modality !== "future" || rules.futureAs === null) return { type, modality, negated };
  return rules.futureAs === "asserted"
    ? { type, modality: "asserted", negated }
    : { type: rules.futureAs, modality, negated };
}

/** The first place named after `في` in the event's clause (`في سان فرانسيسكو`). */
function placeIn(arabic: ArabicText, found: EntitiesResult, span: ClauseSpan, cues: EventCues) {
  return found.mentions.find(
    (x) => x.firstToken >= span.start && x.endToken <= span.end && isPlace(arabic, x, cues),
  );
}

function locationIn(
  arabic: ArabicText,
  found: EntitiesResult,
  span: ClauseSpan,
  cues: EventCues,
): string | null {
  return placeIn(arabic, found, span, cues)?.entity ?? null;
}

/** `ذلك الهجوم`، `على هامش الاجتماع`: the trigger refers back to an event already told, or names a venue. */
function isAnaphoric(tokens: readonly Token[], first: number, cues: EventCues): boolean {
  return tokenIn(cues.backref, tokens[first - 1]);
}

/**
 * `ودعت الخارجية السعودية البلدين الجارين`: a dual a directed act addresses names two states other
 * than the actor's, the two last named before it.
 */
function otherDual(unit: PartyUnit, actor: readonly PartyUnit[], units: readonly PartyUnit[]): PartyUnit {
  const mine = new Set(actor.flatMap((u) => u.parties.map((p) => p.country)));
  if (unit.type !== "DUAL" || !unit.parties.some((p) => mine.has(p.country))) return unit;
  const states: Party[] = [];
  for (let k = units.indexOf(unit) - 1; k >= 0 && states.length < 2; k--) {
    const u = units[k] as PartyUnit;
    if (u.place || u.type === "DUAL") continue;
    for (const p of u.parties)
      if (
        p.country &&
        p.country !== "IGO" &&
        !mine.has(p.country) &&
        !states.some((s) => s.country === p.country)
      )
        states.push(p);
  }
  if (states.length < 2) {
    // تعليق مشاركة بلاده في معاهدة … بين القوتين: no two other states, so the dual is the actor's
    // state and one other, and the act is directed at that other one.
    const others: Party[] = [];
    for (const p of unit.parties) if (!mine.has(p.country)) others.push(p);
    if (others.length === 0 || others.length === unit.parties.length) return unit;
    return {
      first: unit.first,
      end: unit.end,
      prefix: unit.prefix,
      type: unit.type,
      parties: others,
      place: unit.place,
    };
  }
  const text = unit.parties[0]?.text ?? "";
  // Written out, not spread from the unit nor mapped: every unit and its parties keep one shape.
  const [a, b] = states as [Party, Party];
  return {
    first: unit.first,
    end: unit.end,
    prefix: unit.prefix,
    type: unit.type,
    parties: [
      { entity: null, text, country: a.country, sector: null },
      { entity: null, text, country: b.country, sector: null },
    ],
    place: unit.place,
  };
}

/** How many sentences back the event a dual stands for may be told. */
const DUAL_REACH = 2;
/** How many sentences back an event between two states may give a dual its pair when none is nearer. */
const DUAL_FAR = 6;

/** `الجانبان` in a sentence after an event stands for that event's two states. */
function resolveDuals(
  units: readonly PartyUnit[],
  sentence: Sentence,
  events: readonly Event[],
  done: Set<PartyUnit>,
  sentenceOf: ReadonlyMap<Event, number>,
  index: number,
): void {
  const statesOf = (e: Event) =>
    [...e.actor, ...e.recipient].filter(
      (p, i, all) =>
        p.country !== null && p.country !== "IGO" && all.findIndex((q) => q.country === p.country) === i,
    );
  const distance = (e: Event) => index - (sentenceOf.get(e) ?? -Infinity);
  const last = events[events.length - 1];
  let states: Party[];
  if (last && distance(last) <= DUAL_REACH) states = statesOf(last);
  else {
    // Further back, the last event between two states within a few sentences, before the states
    // named in passing since (`… أمن اليمن … الدعم الإيراني … وافق البلدان`).
    const before = [...events].reverse().find((e) => distance(e) <= DUAL_FAR && statesOf(e).length === 2);
    if (!before) return;
    states = statesOf(before);
  }
  if (states.length !== 2) return;
  for (const u of units) {
    if (u.type !== "DUAL" || done.has(u) || u.first < sentence.firstToken || u.end > sentence.endToken)
      continue;
    done.add(u);
    // وأصدر نتنياهو قراره بإغلاق السفارة … في باراغواي … العلاقات بين الدولتين: a sentence that names
    // just two states before its dual says which two it means (with a third, the event's pair stands).
    if (ownPair(units, sentence, u)) continue;
    const text = u.parties[0]?.text ?? "";
    const [a, b] = states as [Party, Party];
    u.parties = [
      { entity: null, text, country: a.country, sector: null },
      { entity: null, text, country: b.country, sector: null },
    ];
  }
}

/**
 * The act's sides read with the reference units of its sentence (`معها`، `الأخيرة`) and the object
 * pronoun of its verb (`ودعاها`), when `resolve` finds each an antecedent; else read without them. A
 * noun trigger takes no pronoun on a preposition (its agent is too often far), and a verb form that
 * is also a noun's (`رفضها`: her refusal) carries no object.
 */
function withReferences(
  clause: Clause,
  hit: TriggerHit,
  refs: PartyUnit[],
  nounForm: boolean,
  resolve: (args: Arguments, hit: TriggerHit) => boolean,
): Arguments {
  const plain = hit.trigger.object ? { ...hit, trigger: { ...hit.trigger, object: undefined } } : hit;
  if (nounForm) hit = plain;
  const usable = hit.trigger.pos === "noun" ? refs.filter((u) => u.type.startsWith("LATTER")) : refs;
  if (usable.length > 0 || plain !== hit) {
    const all = [...clause.all, ...usable].sort((a, b) => a.first - b.first);
    const read = findArguments({ ...clause, all, units: all.filter((u) => !u.place) }, hit);
    if (resolve(read, hit)) return read;
  }
  return findArguments(clause, plain);
}

/** `units.map(f)` into an array literal: a mapped array's elements kind differs from a literal's. */
function mapUnits(units: readonly PartyUnit[], f: (u: PartyUnit) => PartyUnit): PartyUnit[] {
  const out: PartyUnit[] = [];
  for (const u of units) out.push(f(u));
  return out;
}

/** Whether a dual's own sentence names exactly two states (no places, no other duals) before it. */
function ownPair(units: readonly PartyUnit[], sentence: Sentence, dual: PartyUnit): boolean {
  const states = new Set<string>();
  for (const v of units)
    if (v.first >= sentence.firstToken && v.end <= dual.first && !v.place && v.type !== "DUAL")
      for (const p of v.parties) if (p.country && p.country !== "IGO") states.add(p.country);
  return states.size === 2;
}

/** The parties of some units, each entity (or each unnamed state) once. */
function partiesOf(units: readonly PartyUnit[]): Party[] {
  const out: Party[] = [];
  for (const u of units)
    for (const p of u.parties) {
      const same = (q: Party) =>
        p.entity !== null ? q.entity === p.entity : q.entity === null && q.country === p.country;
      if (!out.some(same)) out.push(p);
    }
  return out;
}

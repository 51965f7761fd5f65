// The event's sides once its clause is read: references, the speaker, coordinated and answered acts.
import type { Event, EventType, Party, Token } from "../pipeline/types.ts";
import { passingCharge } from "./passing-charge.ts";
import { PRONOUN_UNIT } from "./anaphora.ts";
import { type Arguments, type Clause, findArguments, type PartyUnit } from "./arguments.ts";
import { statesOfUnits } from "./clause-units.ts";
import { contentBounded } from "./content-verb.ts";
import type { TriggerHit } from "./triggers.ts";
import { unmarked } from "../arabic/regexes.ts";
import { type EventCues, suffixedIn } from "./cues.ts";

/** An actor or recipient is a state's pronoun (`بلاده`) of the same state as the other side. */
export function selfReference(args: { actor: PartyUnit[]; recipient: PartyUnit[] }): boolean {
  const [actor, recipient] = [statesOfUnits(args.actor), statesOfUnits(args.recipient)];
  return args.recipient.some((u) => repeats(u, actor)) || args.actor.some((u) => repeats(u, recipient));
}

// Functions declared here, not closures made per call: the CLI runs through tsx, whose esbuild
// `keepNames` names every function when it is made (`__name`, about 0.7 µs each).
/** A state's pronoun whose every state is one of `other`'s. */
function repeats(u: PartyUnit, other: Set<string | null>): boolean {
  return u.type === PRONOUN_UNIT && u.parties.every((p) => other.has(p.country));
}

/** Third-person pronoun suffixes that point back to the speaker (`بلاده`، `قواتها`). */
const SPEAKER_PRONOUNS = new Set(["ه", "ها", "هما", "هم"]);

/**
 * The word carries a possessive pronoun: the segmenter found one, or, for a word it does not know,
 * an indefinite word of four letters or more ends in one (`دفاعاته`; a word with ال takes none).
 */
export function ownedBySpeaker(t: Token | undefined, cues: EventCues): boolean {
  // ذكرت طوكيو أن جارتها الغربية تريد: a neighbour, ally or rival is another party than the speaker.
  if (!t || suffixedIn(cues.otherPartyNoun, t)) return false;
  if (SPEAKER_PRONOUNS.has(t.segments?.suffix ?? "")) return true;
  const word = unmarked(t.text);
  return !t.segments?.known && !word.startsWith("ال") && word.length >= 4 && /(?:ه|ها|هما|هم)$/u.test(word);
}

/** The actor found is the previous act's recipient: the coordinated act is the previous actor's. */
export function sharedActor(
  found: PartyUnit[],
  before: Event,
  units: readonly PartyUnit[],
  /** The act before names its clause's subject as recipient (`Told.swapped`). */
  swapped = false,
): PartyUnit[] {
  const subject = swapped ? before.recipient : before.actor;
  const object = swapped ? before.actor : before.recipient;
  const received = new Set(object.map((p) => p.entity ?? p.country));
  const mine = found.flatMap((u) => u.parties);
  if (found.length > 0 && !mine.every((p) => received.has(p.entity ?? p.country))) return found;
  // وقطعت الإمارات والسعودية والبحرين ومصر علاقاتها مع قطر، وأغلقت طرق السفر مع الدوحة: the act shares
  // the whole subject before it, each state of a list, not its first member only. Only after a directed
  // act: the sides of a mutual one (`توصلت بنغلاديش وميانمار لاتفاق … واتهم كل طرف الطرف الآخر`) may
  // part in the act after it.
  if (object.length === 0) {
    const ids = new Set(subject.map((p) => p.entity ?? p.country));
    const unit = units.find((u) => !u.place && u.parties.some((p) => ids.has(p.entity ?? p.country)));
    return unit ? [unit] : found;
  }
  const shared: PartyUnit[] = [];
  for (const p of subject) {
    const id = p.entity ?? p.country;
    if (shared.some((u) => u.parties.some((q) => (q.entity ?? q.country) === id))) continue;
    const unit = units.find((u) => !u.place && u.parties.some((q) => (q.entity ?? q.country) === id));
    if (unit) shared.push(unit);
  }
  return shared.length > 0 ? shared : found;
}

/** How many sentences back a reaction looks for the event it answers. */
const REACTION_REACH = 2;

/**
 * `فرضت واشنطن عقوبات على شركات صينية … وأدانت الخارجية الصينية القرار`: a reaction with no
 * recipient answers the last event, told just before, that involved the actor's state and one other.
 */
export function implicitRecipient(
  actor: readonly Party[],
  events: readonly Event[],
  sentenceOf: ReadonlyMap<Event, number>,
  sentence: number,
  /** A refusal's: an actor of several states may answer too (`رفضته روسيا وإيران`). */
  joint = false,
  /**
   * The states other than the actor's that the act's own sentence names, and whether it turns to another
   * matter (`reactionScope`).
   */
  far: { named: ReadonlySet<string>; fresh?: boolean } | null = null,
): Party[] {
  const mine = new Set(actor.map((p) => p.country).filter((c) => c !== null));
  if (mine.size === 0 || (mine.size > 1 && !joint)) return [];
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k] as Event;
    if (sentence - (sentenceOf.get(e) ?? -Infinity) > REACTION_REACH) return [];
    // وفي سياق منفصل، دانت …: a sentence that turns to another matter answers nothing told before it.
    if (far?.fresh && sentenceOf.get(e) !== sentence) return [];
    // أبدت باريس رغبتها في سحب قواتها من مالي … بعد تحذيرات من قادة الجيش: a wish
    // told is no act done that a reaction answers or a further act of its teller continues.
    if (e.modality === "proposed") continue;
    // الخطأ الذي ارتكبته واشنطن: a charge told in passing is answered by no later act (passing-charge.ts).
    if (passingCharge(e)) continue;
    // A charge, refusal or threat answers an act or a claim, not support the actor received (أعربت
    // الخارجية الأمريكية عن دعمها للفلبين … ووصف الرئيس الفلبيني الفساد بأنه "جريمة") nor support it
    // gave in the same sentence (عن دعمها للفلبين، معتبرة أن الإجراءات الصينية تمثل "خرقا"); aid is
    // support in kind (حكومة الأسد - التي تتلقى دعما عسكريا من روسيا - تنفي المسؤولية). A refusal answers no
    // support its own state gave another (أكدت وقوفها إلى جانب المملكة … وعبرت البحرين عن رفضها لكل المحاولات).
    if (
      (e.type === "SUPPORT" || e.type === "AID") &&
      (e.recipient.some((p) => p.country !== null && mine.has(p.country)) ||
        sentenceOf.get(e) === sentence ||
        (joint && ownBacking(e, mine)))
    )
      continue;
    const parties = [...e.actor, ...e.recipient];
    const others = parties.filter((p) => p.country !== null && !mine.has(p.country));
    const states = new Set(others.map((p) => p.country));
    // وطالبت تركيا بوقف إطلاق النار، لكن هذا الطلب رفضته روسيا وإيران: a joint actor answers an event
    // that involved every one of its states and one other (reject39). Not a joint charge: `تبادل الزعيمان
    // الانتقادات` is an exchange between them, no answer to a third state.
    const involved = [...mine].every((c) => parties.some((p) => p.country === c));
    if (!involved || states.size !== 1) continue;
    const other = others[0] as Party;
    // …قدم ماكرون مقترحا (two sentences on) وهدد ترامب بالتخلي عن الاتفاق مع إيران: an event told more than
    // one sentence before lends its state only to a sentence that names no other state, or names it.
    const gap = sentence - (sentenceOf.get(e) ?? sentence);
    if (far && gap > 1 && far.named.size > 0 && !far.named.has(other.country as string)) return [];
    return [other];
  }
  return [];
}

/**
 * The accusers of the last unnegated charge (ACCUSE) against the actor's one state, told before in the
 * document by others: the target of a denial with no accuser named near it.
 */
export function lastAccuser(actor: readonly Party[], events: readonly Event[]): Party[] {
  return lastAgainst("ACCUSE", actor, events);
}

/** The accusers of the first charge against the actor's one state among `later` (events told after a denial). */
export function firstAccuser(actor: readonly Party[], later: readonly Event[]): Party[] {
  return lastAgainst("ACCUSE", actor, [...later].reverse());
}

/**
 * The actors of the last unnegated act of `type` against the actor's one state, told before in the
 * document by others (`lastAccuser`; the detainer of its nationals for a demand to free them).
 */
export function lastAgainst(type: EventType, actor: readonly Party[], events: readonly Event[]): Party[] {
  const mine = new Set(actor.map((p) => p.country).filter((c) => c !== null));
  if (mine.size === 0) return [];
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k] as Event;
    if (e.type !== type || e.negated || !e.recipient.some((p) => p.country !== null && mine.has(p.country)))
      continue;
    if (e.actor.length > 0 && e.actor.every((p) => p.country !== null && !mine.has(p.country)))
      return [...e.actor];
  }
  return [];
}

/**
 * The act's sides read with the reference units of its sentence (`معها`، `الأخيرة`) and the object
 * pronoun of its verb (`ودعاها`), when `resolve` finds each an antecedent; else read without them. A
 * noun trigger takes no pronoun on a preposition (its agent is too often far), and a verb form that
 * is also a noun's (`رفضها`: her refusal) carries no object.
 */
export function withReferences(
  clause: Clause,
  hit: TriggerHit,
  refs: PartyUnit[],
  nounForm: boolean,
  resolve: (args: Arguments, hit: TriggerHit) => boolean,
): Arguments {
  const plain = hit.trigger.object ? { ...hit, trigger: { ...hit.trigger, object: undefined } } : hit;
  if (nounForm) hit = plain;
  // اتفاق يغطي اليمن وسوريا: the states after a verb of covering are the deal's content (content-verb.ts).
  clause = contentBounded(clause, hit);
  // A noun trigger's pronoun is a possessive (`زيارتها`), no object.
  const usable = hit.trigger.pos === "noun" ? [] : refs;
  if (usable.length > 0 || plain !== hit) {
    const all = [...clause.all, ...usable].sort((a, b) => a.first - b.first);
    const read = findArguments({ ...clause, all, units: all.filter((u) => !u.place) }, hit);
    if (resolve(read, hit)) return read;
  }
  return findArguments(clause, plain);
}

/** `units.map(f)` into an array literal: a mapped array's elements kind differs from a literal's. */
export function mapUnits(units: readonly PartyUnit[], f: (u: PartyUnit) => PartyUnit): PartyUnit[] {
  const out: PartyUnit[] = [];
  for (const u of units) out.push(f(u));
  return out;
}

/** The same entity, or for unnamed parties the same state. */
function sameParty(p: Party, q: Party): boolean {
  return p.entity !== null ? q.entity === p.entity : q.entity === null && q.country === p.country;
}

/** The parties of some units, each entity (or each unnamed state) once. */
export function partiesOf(units: readonly PartyUnit[]): Party[] {
  const out: Party[] = [];
  for (const u of units) for (const p of u.parties) if (!out.some((q) => sameParty(p, q))) out.push(p);
  return out;
}

/** Support the actor's state gave to another state (its actor holds the state, its recipient another). */
function ownBacking(e: Event, mine: ReadonlySet<string>): boolean {
  return (
    e.actor.some((p) => p.country !== null && mine.has(p.country)) &&
    e.recipient.some((p) => p.country !== null && !mine.has(p.country))
  );
}

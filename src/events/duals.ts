// Duals (`الجانبان`، `البلدين`): which two states each stands for.
import type { Event, Party, Sentence, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import type { Told } from "./told.ts";
import { statesOfUnits } from "./clause-units.ts";

/**
 * `ودعت الخارجية السعودية البلدين الجارين`: a dual a directed act addresses names two states other
 * than the actor's, the two last named before it — unless the article has told more events between
 * the actor's state and the dual's other state than between those two (`وقال المتحدث الصيني … داعيا
 * البلدين` in an article on China and the United States: the pair the article is about, which
 * includes the speaker's own state; a third state named in passing does not make a pair).
 */
export function otherDual(
  unit: PartyUnit,
  actor: readonly PartyUnit[],
  units: readonly PartyUnit[],
  events: readonly Event[],
): PartyUnit {
  const mine = statesOfUnits(actor);
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
  // تعليق مشاركة بلاده في معاهدة … بين القوتين: no two other states, so the dual is the actor's
  // state and one other, and the act is directed at that other one.
  if (states.length < 2) return withoutActorState(unit, mine);
  const [a, b] = states as [Party, Party];
  const own = unit.parties.map((p) => p.country);
  if (eventsBetween(events, own) > eventsBetween(events, [a.country, b.country]))
    return withoutActorState(unit, mine);
  const text = unit.parties[0]?.text ?? "";
  // Written out, not spread from the unit: every unit keeps one shape.
  return {
    first: unit.first,
    end: unit.end,
    prefix: unit.prefix,
    type: unit.type,
    parties: twoParties(text, a.country, b.country),
    place: unit.place,
  };
}

/**
 * The two parties of a dual or pair resolved to states `a` and `b`, both with the dual's own text.
 * Written out, not mapped: every unit's parties array keeps one shape.
 */
export function twoParties(text: string, a: string | null, b: string | null): Party[] {
  return [
    { entity: null, text, country: a, sector: null },
    { entity: null, text, country: b, sector: null },
  ];
}

/** How many of the events told so far are between exactly the two states of `pair`. */
function eventsBetween(events: readonly Event[], pair: readonly (string | null)[]): number {
  const [x, y] = pair;
  if (pair.length !== 2 || !x || !y || x === y) return 0;
  let n = 0;
  for (const e of events) {
    const s = statesOf(e);
    if (s.length === 2 && s.some((p) => p.country === x) && s.some((p) => p.country === y)) n++;
  }
  return n;
}

/**
 * A dual that holds the actor's state and one other names that other as the recipient (`اتفق بوتين
 * على تمديد المعاهدة بين القوتين` → USA): the actor is not its own recipient, whatever the act.
 */
export function withoutActorState(unit: PartyUnit, mine: ReadonlySet<string | null>): PartyUnit {
  if (unit.type !== "DUAL") return unit;
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

/** How many sentences back the event a dual stands for may be told. */
const DUAL_REACH = 2;
/** How many sentences back an event between two states may give a dual its pair when none is nearer. */
const DUAL_FAR = 6;

// Functions declared here, not closures made per call: the CLI runs through tsx, whose esbuild
// `keepNames` names every function when it is made (`__name`, about 0.7 µs each).
/** An event's states, each once, international bodies aside. */
function statesOf(e: Event): Party[] {
  return [...e.actor, ...e.recipient].filter(
    (p, i, all) =>
      p.country !== null && p.country !== "IGO" && all.findIndex((q) => q.country === p.country) === i,
  );
}

/** How many sentences before sentence `index` the event was told. */
function distance(e: Event, index: number, sentenceOf: ReadonlyMap<Event, number>): number {
  return index - (sentenceOf.get(e) ?? -Infinity);
}

/**
 * `الجانبان` in a sentence after an event stands for that event's two states; an act of another year
 * told as background (`told.background`: `بعد ضم القرم عام 2014`) is not the pair
 * a later `البلدين` means.
 */
export function resolveDuals(
  units: readonly PartyUnit[],
  sentence: Sentence,
  told: Told,
  done: Set<PartyUnit>,
  index: number,
  /** A list item's label (`- سوريا: أكد البلدان …`): the topic of the item, not one of its two states. */
  isLabel: (u: PartyUnit) => boolean = () => false,
  /** Whether token k is `بين`: a pair told with it between two duals is the pair the second one means. */
  isBetween: (k: number) => boolean = () => false,
): void {
  // Most sentences hold no dual left to resolve: then no event is searched (it is called per trigger).
  let open = false;
  const inReach = (u: PartyUnit): boolean =>
    u.type === "DUAL" && !done.has(u) && u.first >= sentence.firstToken && u.end <= sentence.endToken;
  for (const u of units)
    if (inReach(u)) {
      open = true;
      break;
    }
  if (!open) return;
  const { sentenceOf } = told;
  // دعت واشنطن إلى محادثات مع بيونغ يانغ … وقال كيم إن الزعيمين اتفقا: an act only asked for or
  // conditional is not one two sides did, so not the pair a later dual means.
  const events = told.events.filter(
    (e) => !told.background.has(e) && e.modality !== "proposed" && e.modality !== "conditional",
  );
  const last = events[events.length - 1];
  let states: Party[];
  if (last && distance(last, index, sentenceOf) <= DUAL_REACH) states = statesOf(last);
  else {
    // Further back, the last event between two states within a few sentences, before the states
    // named in passing since (`… أمن اليمن … الدعم الإيراني … وافق البلدان`).
    const before = [...events]
      .reverse()
      .find((e) => distance(e, index, sentenceOf) <= DUAL_FAR && statesOf(e).length === 2);
    if (!before) return;
    states = statesOf(before);
  }
  if (states.length !== 2) return;
  /** The pair the sentence's first dual was given, and where that dual ends. */
  let first: Party[] | null = null;
  let after = 0;
  for (const u of units) {
    if (!inReach(u)) continue;
    done.add(u);
    // المفاوضات بين البلدين … زيارة الوزير الأمريكي إلى سيول … تبادل الجانبين اتهامات: a second dual in the
    // sentence stands for the pair its first one does, whatever states were named between them, unless
    // a pair is told with بين between them (`كما يحدث بين واشنطن وبيونغ يانغ … لقاء زعيمي البلدين`).
    if (first && !units.some((v) => v.first >= after && v.end <= u.first && isBetween(v.first - 1))) {
      u.parties = first.map((p) => ({
        entity: null,
        text: u.parties[0]?.text ?? "",
        country: p.country,
        sector: null,
      }));
      continue;
    }
    first = resolveOne(u, units, sentence, states, events, index, sentenceOf, isLabel);
    after = u.end;
  }
}

/** One dual's pair, set on it and returned: the states its sentence names before it, or the event's. */
function resolveOne(
  u: PartyUnit,
  units: readonly PartyUnit[],
  sentence: Sentence,
  states: readonly Party[],
  events: readonly Event[],
  index: number,
  sentenceOf: ReadonlyMap<Event, number>,
  isLabel: (u: PartyUnit) => boolean,
): Party[] {
  // وأصدر نتنياهو قراره بإغلاق السفارة … في باراغواي … العلاقات بين الدولتين: a sentence that names
  // just two states before its dual says which two it means (with a third, the event's pair stands).
  // The two written out from the names: the unit's own pair was taken from the units before it, where a
  // counterpart (`ونظيره الشمالي`) may not yet hold its state.
  const named = namedBefore(units, sentence, u, isLabel);
  const text = u.parties[0]?.text ?? "";
  // قال الرئيس الكوبي إن بلاده لن تقبل بأن يستمر الحصار الأمريكي … في اتصال جمع الرئيسين (with the Mexican
  // president named): a dual of leaders (`الرئيسين`، `الزعيمين`، `الوزيرين`) in a sentence that names more than two
  // states stands for the two states of the persons it names before it, when they are two (deny62).
  const leaders = named.size > 2 && LEADERS.test(text) ? personsBefore(units, sentence, u) : null;
  if (leaders && leaders.size === 2) {
    const [x, y] = [...leaders] as [string, string];
    u.parties = twoParties(text, x, y);
    return u.parties;
  }
  if (named.size === 2) {
    if (u.parties.every((p) => named.has(p.country ?? ""))) return u.parties;
    const [x, y] = [...named] as [string, string];
    u.parties = twoParties(text, x, y);
    return u.parties;
  }
  // والتقى الرئيس الإيراني نظيره العراقي … وقفت روسيا إلى جانب سوريا … وأكد الوزير الإيراني أن التعاون
  // بين البلدين: a sentence that names a state before its dual means a pair with that state, the
  // last such event's within a few sentences, over the last event's pair without it.
  const pair =
    named.size > 0 && !states.some((p) => named.has(p.country ?? ""))
      ? [...events]
          .reverse()
          .filter((e) => distance(e, index, sentenceOf) <= DUAL_FAR)
          .map(statesOf)
          .find((ps) => ps.length === 2 && ps.some((p) => named.has(p.country ?? "")))
      : undefined;
  const [a, b] = (pair ?? states) as [Party, Party];
  u.parties = twoParties(text, a.country, b.country);
  return u.parties;
}

/** A dual of leaders or ministers (`الرئيسين`، `الزعيمان`، `والوزيرين`), not of states or sides. */
const LEADERS = /^[وفبل]?(?:ال)?(?:رئيس|زعيم|وزير)/u;

/** The states of the persons a dual's own sentence names before it. */
function personsBefore(units: readonly PartyUnit[], sentence: Sentence, dual: PartyUnit): Set<string> {
  const states = new Set<string>();
  for (const v of units)
    if (v.first >= sentence.firstToken && v.end <= dual.first && v.type === "PERSON")
      for (const p of v.parties) if (p.country && p.country !== "IGO") states.add(p.country);
  return states;
}

/** The states a dual's own sentence names before it (no places, no other duals, no list labels). */
function namedBefore(
  units: readonly PartyUnit[],
  sentence: Sentence,
  dual: PartyUnit,
  isLabel: (u: PartyUnit) => boolean,
): Set<string> {
  const states = new Set<string>();
  for (const v of units)
    if (v.first >= sentence.firstToken && v.end <= dual.first && !v.place && v.type !== "DUAL" && !isLabel(v))
      for (const p of v.parties) if (p.country && p.country !== "IGO") states.add(p.country);
  return states;
}

/**
 * `- سوريا: أكد البلدان …`: a party that opens a line or follows a dash or bullet, with a colon right
 * after it, labels a list item.
 */
export function listLabel(tokens: readonly Token[], text: string): (u: PartyUnit) => boolean {
  return (u) => {
    const first = tokens[u.first];
    const last = tokens[u.end - 1];
    if (!first || !last) return false;
    if (!/^[ \t]*:/u.test(text.slice(last.end, last.end + 4))) return false;
    return /(^|\n)[ \t]*([-–•*][ \t]*)?$|[-–•*][ \t]*$/u.test(
      text.slice(Math.max(0, first.start - 8), first.start),
    );
  };
}

/** How many sentences back the event an elided dual subject stands for may be told. */
const DUAL_VERB_REACH = 1;

/**
 * `أجرى الرئيس الروسي اتصالا مع نظيره الفرنسي. واتفقا على تنسيق الجهود`: a dual verb with no subject
 * of its own (`اتفقا`، `وقعا`، `تبادلا`) stands for the two states of the event just told, in its
 * sentence or the one before; a unit in the verb's place, as `الجانبان` would be. Null with no such pair.
 */
export function elidedDual(
  hit: { first: number; end: number },
  text: string,
  events: readonly Event[],
  sentenceOf: ReadonlyMap<Event, number>,
  index: number,
): PartyUnit | null {
  const last = events[events.length - 1];
  if (!last || distance(last, index, sentenceOf) > DUAL_VERB_REACH) return null;
  const states = statesOf(last);
  if (states.length !== 2) return null;
  const [a, b] = states as [Party, Party];
  return {
    first: hit.first,
    end: hit.end,
    prefix: "",
    type: "DUAL",
    parties: twoParties(text, a.country, b.country),
    place: false,
  };
}

// What the event stage has told so far in a document, for the rules that look back at it: the act an
// act told inside it answers (`nested-acts.ts`), a coordinated act's actor, a dual verb's two states.
import { type KeySet, tokenIn } from "../arabic/tokens.ts";
import type { Event, Token } from "../pipeline/types.ts";
import type { TriggerHit } from "./triggers.ts";

export interface Told {
  /** The events, in the order their triggers were read. */
  readonly events: Event[];
  /** The sentence each event was told in. */
  readonly sentenceOf: Map<Event, number>;
  /** The event each trigger gave, for the acts told inside it (`within`). */
  readonly eventOf: Map<TriggerHit, Event>;
  /**
   * Events whose actor is not their clause's subject (`استقبل السيسي وزير الخارجية الأمريكي`: the
   * visitor acts; `حظيت روسيا بدعم الصين`: the giver acts): a verb coordinated after one shares the
   * subject, its recipient.
   */
  readonly swapped: Set<Event>;
  /**
   * Events dated a year or more before the article (`ضم روسيا لشبه جزيرة القرم عام 2014`): the
   * background of the news, not what a later sentence's reaction answers or its dual names
   * (`backgroundAct`).
   */
  readonly background: Set<Event>;
}

const YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * Whether an event's date (`2014`, `2014-03`, `2014-03-18`) ends a year or more before the day the
 * article was published: an act of another year told as the background of the day's news.
 */
export function backgroundAct(date: string | null, published: string | null | undefined): boolean {
  if (date === null || !published) return false;
  const [y, m, d] = date.split("-").map(Number) as [number, number?, number?];
  // The last day the date can mean: the year's, the month's, or the day itself.
  const end = Date.UTC(y, m === undefined ? 12 : m, d === undefined ? 0 : d);
  const day = Date.parse(published.slice(0, 10));
  return Number.isFinite(end) && Number.isFinite(day) && day - end >= YEAR_MS;
}

/** The last event told, when it was told in this sentence. */
export function lastInSentence(told: Told, sentenceIndex: number): Event | undefined {
  const last = told.events[told.events.length - 1];
  return last && told.sentenceOf.get(last) === sentenceIndex ? last : undefined;
}

/** What was told before a token: the events whose evidence starts before it (a denial read late). */
export function toldBefore(told: Told, at: { start: number }): Told {
  return { ...told, events: told.events.filter((e) => e.evidence.start < at.start) };
}

/** The events told after `at`, in the order told. */
export function toldAfter(told: Told, at: { start: number }): Event[] {
  return told.events.filter((e) => e.evidence.start > at.start);
}

/**
 * `التي أشارت فيها أصابع الاتهام إلى روسيا، بينما نفت روسيا`: a charge told before the
 * denial in its own sentence that gave no event names no accuser; the denial answers it, not an older charge.
 */
export function unnamedCharge(
  tokens: readonly Token[],
  hits: readonly TriggerHit[],
  eventOf: ReadonlyMap<TriggerHit, Event>,
  denial: TriggerHit,
  /** A charge noun no trigger read (`أشارت أصابع الاتهام إلى`, cue `charge_noun`). */
  chargeNoun: KeySet,
): boolean {
  const sentence = (tokens[denial.first] as Token).sentence;
  const unread = (h: TriggerHit) =>
    h.first < denial.first && (tokens[h.first] as Token).sentence === sentence;
  if (hits.some((h) => h.trigger.type === "ACCUSE" && unread(h) && !eventOf.has(h))) return true;
  const read = new Set([...eventOf.keys()].filter(unread).map((h) => h.first));
  return chargeNounBack(tokens, denial, chargeNoun, (k) => !read.has(k));
}

/**
 * `التي أشارت فيها أصابع الاتهام إلى روسيا، بينما نفت روسيا`: a charge noun before the
 * denial in its own sentence, with no charge read in that sentence, is the charge denied; its teller is
 * unnamed, and an older charge is not the one answered.
 */
export function chargeNounBefore(
  tokens: readonly Token[],
  denial: TriggerHit,
  told: Told,
  sentenceIndex: number,
  chargeNoun: KeySet,
): boolean {
  if (told.events.some((e) => e.type === "ACCUSE" && told.sentenceOf.get(e) === sentenceIndex)) return false;
  return chargeNounBack(tokens, denial, chargeNoun, () => true);
}

/** A charge noun (cue `charge_noun`) before the denial in its sentence, at a place `counts` accepts. */
function chargeNounBack(
  tokens: readonly Token[],
  denial: TriggerHit,
  chargeNoun: KeySet,
  counts: (k: number) => boolean,
): boolean {
  const sentence = (tokens[denial.first] as Token).sentence;
  for (let k = denial.first - 1; k >= 0 && (tokens[k] as Token).sentence === sentence; k--)
    if (tokenIn(chargeNoun, tokens[k]) && counts(k)) return true;
  return false;
}

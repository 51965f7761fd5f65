// Events across articles, the matching rule: where a report is filed (its block: type, polarity,
// parties, date), the words of its evidence, and which stored event, if any, it is another report of.
import { lightStem } from "../arabic/clitics.ts";
import { keyOf } from "../arabic/normalize.ts";
import type { Event } from "../pipeline/types.ts";
import type { DateTally } from "./event-dates.ts";
import { NAME_WORD } from "./regexes.ts";

export interface EventLinkContext {
  /** Days either side of a report's date within which a stored event can be the same one. */
  windowDays: number;
  /** Least Jaccard similarity of evidence terms for reports dated on different days. */
  minEvidence: number;
  /** Least Jaccard similarity of evidence terms for reports dated on the same day. */
  minEvidenceSameDay: number;
  /** Least Jaccard similarity of evidence terms for reports dated by month or year only. */
  minEvidenceUndated: number;
  /** Words that say nothing about which event is meant (`في`, `التي`), as keys. */
  stopwords: ReadonlySet<string>;
  maxCandidates: number;
}

export const DEFAULT_EVENT_LINK: Omit<EventLinkContext, "stopwords"> = {
  windowDays: 3,
  minEvidence: 0.15,
  minEvidenceSameDay: 0.08,
  minEvidenceUndated: 0.25,
  maxCandidates: 200,
};

/** A report's place in the blocking index. */
export interface EventBlock {
  /** Type, polarity and parties; with the date when it is not a day (`2024-05`). */
  block: string;
  /** The day, when the date is one. */
  day: string | null;
  countries: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** Where a report is filed: null when it names no party, so nothing can confirm a match. */
export function eventBlock(e: Event, entityIds: ReadonlyMap<string, string>): EventBlock | null {
  const parties = [...e.actor, ...e.recipient];
  const countries = [...new Set(parties.map((p) => p.country).filter((c): c is string => c !== null))].sort();
  const who =
    countries.length > 0
      ? countries
      : [
          ...new Set(
            parties.map((p) => (p.entity ? entityIds.get(p.entity) : null)).filter((x): x is string => !!x),
          ),
        ].sort();
  if (who.length === 0) return null;
  const day = e.date && DAY.test(e.date) ? e.date : null;
  const base = `${e.type}|${e.negated ? "not" : "is"}|${who.join("+")}`;
  return { block: day ? base : `${base}|${e.date ?? "undated"}`, day, countries };
}

/** The stems of the evidence's words, function words left out. */
export function evidenceTerms(text: string, stopwords: ReadonlySet<string>): string[] {
  const words = (keyOf(text).match(NAME_WORD) ?? []).filter((w) => w.length > 2 && !stopwords.has(w));
  return [...new Set(words.map((w) => lightStem(w)))].sort();
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 0;
  const sb = new Set(b);
  const inter = a.filter((x) => sb.has(x)).length;
  return inter / (a.length + b.length - inter);
}

export interface StoredEvent {
  id: string;
  /** Its reports by date, shared with the batch's view so each report that joins counts. */
  dates?: DateTally;
  block: string;
  day: string | null;
  terms: string[];
  /** Its first report's parties' countries, sorted. */
  countries: string[];
}

export interface Report {
  event: Event;
  at: EventBlock | null;
  terms: string[];
}

/** `TYPE|is` of a block: what two reports must share to be one event. */
function kindOf(block: string): string {
  return block.split("|", 2).join("|");
}

/**
 * Whether two party sets can name one event: equal, or one holds the other and they share at least
 * two countries (`IRN+TUR` in one report, `IRN+RUS+TUR` in another: Lavrov meeting his Turkish and
 * Iranian counterparts). One shared country is not enough: `RUS+USA` and `SYR+USA` are other events.
 */
export function compatibleParties(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length < 2) return small.length === large.length && small.every((c, i) => c === large[i]);
  const set = new Set(large);
  return small.every((c) => set.has(c));
}

/** Days between two ISO dates. */
export function dayDistance(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/**
 * The stored event a report is another mention of, if any: same type and polarity, compatible
 * parties (`compatibleParties`; equal when dated by month or year only, or named without a
 * country), a day within the window, similar evidence; the most similar evidence wins.
 */
export function choose(r: Report, stored: readonly StoredEvent[], ctx: EventLinkContext): StoredEvent | null {
  if (!r.at) return null;
  let best: { s: StoredEvent; score: number } | null = null;
  for (const s of stored) {
    const nested =
      r.at.day !== null &&
      r.at.countries.length > 0 &&
      kindOf(s.block) === kindOf(r.at.block) &&
      compatibleParties(r.at.countries, s.countries);
    if (s.block !== r.at.block && !nested) continue;
    if (r.at.day && (!s.day || dayDistance(s.day, r.at.day) > ctx.windowDays)) continue;
    const sim = jaccard(r.terms, s.terms);
    const sameDay = r.at.day !== null && s.day === r.at.day;
    const least = !r.at.day ? ctx.minEvidenceUndated : sameDay ? ctx.minEvidenceSameDay : ctx.minEvidence;
    if (sim < least) continue;
    if (best === null || sim > best.score) best = { s, score: sim };
  }
  return best?.s ?? null;
}

// Scores broken down: mentions by entity type, events by event type, attribute and polarity accuracy.
import type { Counts } from "./score.ts";

/** How many of the scored items were right. */
export interface Rate {
  right: number;
  total: number;
}

export interface Breakdown {
  /** Mention type + span, by gold (tp, fn) or predicted (fp) entity type. */
  mentions: Record<string, Counts>;
  /** Type + parties + date, by gold (tp, fn) or predicted (fp) event type. */
  events: Record<string, Counts>;
  /** Type + parties, by event type. */
  eventsUndated: Record<string, Counts>;
  /** country, sector, role of matched mentions whose gold gives the attribute. */
  attributes: Record<string, Rate>;
  /** modality and negation of events matched on type + parties. */
  polarity: Record<string, Rate>;
}

export function emptyBreakdown(): Breakdown {
  return { mentions: {}, events: {}, eventsUndated: {}, attributes: {}, polarity: {} };
}

export function countInto(into: Record<string, Counts>, key: string, kind: keyof Counts): void {
  into[key] ??= { tp: 0, fp: 0, fn: 0 };
  into[key][kind]++;
}

export function rateInto(into: Record<string, Rate>, key: string, right: boolean): void {
  into[key] ??= { right: 0, total: 0 };
  into[key].total++;
  if (right) into[key].right++;
}

export function addBreakdown(into: Breakdown, from: Breakdown): void {
  for (const part of ["mentions", "events", "eventsUndated"] as const) {
    for (const [k, c] of Object.entries(from[part])) {
      into[part][k] ??= { tp: 0, fp: 0, fn: 0 };
      const t = into[part][k];
      t.tp += c.tp;
      t.fp += c.fp;
      t.fn += c.fn;
    }
  }
  for (const part of ["attributes", "polarity"] as const) {
    for (const [k, r] of Object.entries(from[part])) {
      into[part][k] ??= { right: 0, total: 0 };
      into[part][k].right += r.right;
      into[part][k].total += r.total;
    }
  }
}

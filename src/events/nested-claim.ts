// A charge told two clauses deep: in `وأدانت ألمانيا الهجوم، وقالت إن الأدلة تشير إلى أن النظام السوري هو
// المسؤول عن الهجوم` the claim of responsibility sits in a clause of evidence (`الأدلة تشير إلى أن`) inside
// the speaker's reported clause; the claimant is read before the outer complementizer. Called by
// speaker-actor.ts (claimant). Docs: docs/EVENTS.md, "Forty-fifth pass" (branch accuse45).
import type { Token } from "../pipeline/types.ts";
import { markBetween } from "../arabic/gaps.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";

/** How many words the inner clause's own head may take (`الأدلة تشير إلى`، `كل المؤشرات تدل على`). */
const INNER_HEAD_REACH = 5;

/** A reported clause in its sentence: what both readings of a nested claim take. */
export interface ReportedClause {
  tokens: readonly Token[];
  text: string;
  units: readonly PartyUnit[];
  /** The sentence's first token. */
  first: number;
  /** The first token of the reported clause (the word after its complementizer). */
  reported: number;
  cues: EventCues;
}

/**
 * The first token of the outermost reported clause that holds the one starting at `reported`, through
 * complementizers whose clause, up to the next complementizer, is a few words with no party and no
 * punctuation (`إن الأدلة تشير إلى أن`); `reported` itself when there is none.
 */
export function outerReported(clause: ReportedClause): number {
  const { tokens, text, units, first, reported, cues } = clause;
  let at = reported;
  for (;;) {
    let outer = -1;
    for (let j = at - 2; j >= Math.max(first, at - 2 - INNER_HEAD_REACH); j--) {
      const t = tokens[j] as Token;
      // A comma or quotation between: the clauses are not one chain.
      if (markBetween(text, t.end, (tokens[j + 1] as Token).start, "phrase")) break;
      if (isComplementizer(t, cues)) {
        outer = j;
        break;
      }
    }
    if (outer < 0) return at;
    if (units.some((u) => !u.place && u.first > outer && u.first < at - 1)) return at;
    at = outer + 1;
  }
}

/**
 * `وأدانت برلين الهجوم على دوما، وقالت إن النظام السوري هو المسؤول`: a speech verb carried by و after a
 * comma, with the complementizer right after it (no subject of its own), continues the sentence's first
 * verb; that verb's subject, the party right after the sentence's first word with no proclitic (the
 * first word no preposition and no noun with the article), is the claimant. Null otherwise.
 */
export function openingSubject(clause: ReportedClause): PartyUnit | null {
  const { tokens, text, units, first, reported, cues } = clause;
  const verb = tokens[reported - 2];
  const opener = tokens[first];
  if (verb === undefined || opener === undefined || reported - 2 <= first + 1) return null;
  if (!tokenIn(cues.speech, verb) || !verb.bare.some((b) => b.prefix === "و")) return null;
  if (!/[،,]\s*$/u.test(text.slice((tokens[reported - 3] as Token).end, verb.start))) return null;
  if (tokenIn(cues.preposition, opener) || opener.bare.every((b) => b.key.startsWith("ال"))) return null;
  const subject = units.find((u) => !u.place && u.first === first + 1 && u.prefix === "");
  if (!subject) return null;
  // A complementizer or another speech verb before the comma: the sentence is not one verb and its object.
  for (let k = first; k < reported - 2; k++)
    if (isComplementizer(tokens[k] as Token, cues) || tokenIn(cues.speech, tokens[k])) return null;
  return subject;
}

// What a charge told by a claim clause reads of its own words (`قالت لندن إن موسكو مسؤولة عن الهجوم`): the
// state charged, a claim denied or negated, a charge still to come. Moved out of speaker-actor.ts.
import type { Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import type { ClauseSpan } from "./clauses.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { markBetween } from "../arabic/gaps.ts";

/** How many words may stand between the accused and its verb (`إن روسيا قد انتهكت`، `روسيا هي من`). */
const SUBJECT_GAP = 1;

/**
 * `إن روسيا مسؤولة`، `أن روسيا هي المسؤولة`: a party right before the word, one word between at most.
 * `بشأن من يقف وراء`، `السبب الذي`: a relative or a question right before the word names no state.
 */
export function chargedSubject(
  tokens: readonly Token[],
  text: string,
  u: PartyUnit,
  hit: TriggerHit,
  cues: EventCues,
): boolean {
  // الجرائم التي ارتكبتها إسرائيل: after an antecedent the relative pronoun is the deed, not the doer.
  if (!hit.trigger.antecedent && tokenIn(cues.unnamedSubject, tokens[hit.first - 1])) return false;
  // إن إيران لم تنتهك الاتفاق: a deed said not to be done is no charge.
  if (tokenIn(cues.negation, tokens[hit.first - 1])) return false;
  // : "استخدمت روسيا مادة كيماوية": in the verb-first order the state right after the verb is its subject;
  // not after a word of condition (إذا استخدمت دمشق الأسلحة الكيماوية: a deed not done, a threat's condition).
  if (u.first === hit.end && u.prefix === "")
    return (
      !tokenIn(cues.conditional, tokens[hit.first - 1]) && !tokenIn(cues.conditionWord, tokens[hit.first - 1])
    );
  if (u.end > hit.first || u.end < hit.first - SUBJECT_GAP) return false;
  // لنظام تابع للولايات المتحدة، يدعم …: a comma parts the party from the verb after it.
  return !markBetween(text, (tokens[u.end - 1] as Token).end, (tokens[hit.first] as Token).start, "comma");
}

/**
 * `لم يقدم دليلا على أن إيران انتهكت الاتفاق`، `نفت أن تكون روسيا …`: a claim clause governed by a negated
 * or denying verb tells no charge.
 */
export function deniedClaim(
  tokens: readonly Token[],
  span: ClauseSpan,
  hit: TriggerHit,
  cues: EventCues,
): boolean {
  const first = (tokens[hit.first] as Token).sentence;
  for (let k = span.reported - 1; k >= 0 && (tokens[k] as Token).sentence === first; k--)
    if (tokenIn(cues.negation, tokens[k]) || tokenIn(cues.negationVerb, tokens[k])) return true;
  return false;
}

/** `ستتحمل`، `ستكون المسؤولة عن`، `مسؤولة عن أي هجوم`: a charge to come is a threat's content, no charge. */
export function toCome(tokens: readonly Token[], hit: TriggerHit): boolean {
  if (hit.prefix.includes("س") || tokens[hit.end]?.key === "اي") return true;
  const before = tokens[hit.first - 1];
  return before !== undefined && before.bare.some((b) => b.prefix.includes("س"));
}

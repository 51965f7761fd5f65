// An act spread over a stretch of past time (`شنت إسرائيل عشرات الغارات على سوريا خلال السنوات القليلة
// الماضية`): many acts or a standing one, of no single day, so not of the page's day. Read by past-told.ts.
import { keyOf } from "../arabic/normalize.ts";
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import type { ClauseSpan } from "./clauses.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** How many words may stand between the stretch's noun and its word of the past (`السنوات القليلة الماضية`). */
const BETWEEN = 1;

/**
 * وشنت إسرائيل خلال السنوات القليلة الماضية عشرات الغارات، وقصفت مواقع في سوريا على مدى العامين الماضيين:
 * a stretch of past time (a preposition, cue past_span_prep; a plural or dual noun of time, past_span_noun; a word
 * of the past, past_span_close, right after it or one word on) anywhere in the act's clause (before its word,
 * or after it with no relative pronoun between) spreads the act over past years. Not after a superlative or an ordinal
 * (span_superlative) in the sentence before it: `أعنف غارة خلال السنوات الأخيرة` is the news's own act.
 */
export function pastSpan(
  arabic: ArabicText,
  sentence: Sentence,
  span: ClauseSpan,
  hit: { first: number; end: number },
  cues: EventCues,
): boolean {
  const { tokens } = arabic;
  for (let k = Math.max(span.start, sentence.firstToken) + 1; k < span.end - 1; k++) {
    if (k === hit.first) continue;
    const t = tokens[k] as Token;
    if (k >= hit.end && tokenIn(cues.relative, t)) return false;
    if (!tokenIn(cues.pastSpanNoun, t) || !tokenIn(cues.pastSpanPrep, tokens[k - 1])) continue;
    if (!closedAt(tokens, k, span.end, cues)) continue;
    return !superlativeBefore(tokens, sentence, hit, k - 1, cues);
  }
  return false;
}

/** Whether a word of the past closes the stretch whose noun is at `k`, right after it or `BETWEEN` word on. */
function closedAt(tokens: readonly Token[], k: number, end: number, cues: EventCues): boolean {
  for (let j = k + 1; j <= Math.min(end - 1, k + 1 + BETWEEN); j++) if (tokenIn(cues.pastSpanClose, tokens[j])) return true;
  return false;
}

const ON = keyOf("على");

/** How far before the act's word a superlative may stand and still measure it (`أول زيارة`، `أعنف غارة`). */
const SUPERLATIVE_BEFORE = 2;

/**
 * أعنف غارة منذ سنوات، أول زيارة خلال السنوات الأخيرة: a superlative or an ordinal (cue span_superlative) from 2
 * words before the act's word up to the stretch at `k` measures the news's act against past years; the stretch
 * does not spread it. Only a stretch (a phrase opened by a preposition of time or by منذ), not `آنذاك` or `سابقا`.
 */
export function superlativeBefore(
  tokens: readonly Token[],
  sentence: Sentence,
  hit: { first: number },
  k: number,
  cues: EventCues,
): boolean {
  const t = tokens[k] as Token;
  if (!tokenIn(cues.pastSpanPrep, t) && !tokenIn(cues.since, t) && t.key !== ON) return false;
  for (let j = Math.max(sentence.firstToken, hit.first - SUPERLATIVE_BEFORE); j < k; j++)
    if (tokenIn(cues.spanSuperlative, tokens[j])) return true;
  return false;
}

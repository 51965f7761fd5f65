// Quoted spans: «…», “…” and "…", across sentences and across paragraphs that reopen the quote,
// with the speech verb and the words naming the speaker next to them (وقال الوزير: «…»).
import type { QuoteSpan, Sentence, Token } from "../pipeline/types.ts";
import { NON_SPACE, QUOTE_PAIRS, SPEAKER_END } from "./regexes.ts";

/** Longest quotation Rasd accepts; an unclosed mark must not swallow an article. */
const MAX_QUOTE = 1200;
/** Most tokens between a speech verb and its quote (`قال وزير الخارجية الصيني وانغ يي إن «`). */
const MAX_CUE_TOKENS = 12;

export interface QuoteOptions {
  tokens?: readonly Token[];
  sentences?: readonly Sentence[];
  /** Speech verb keys (`قال`, `اضاف`); without them no verb or speaker is read. */
  speech?: readonly string[];
  /** Particles that end the speaker (`إن`, `أن`). */
  complementizers?: readonly string[];
  /** Prepositions, which end the speaker too (`في بيان`) unless they carry a pronoun (`قال عنه`). */
  prepositions?: readonly string[];
}

export function findQuotes(text: string, options: QuoteOptions = {}): QuoteSpan[] {
  return addQuoteCues(text, quoteSpans(text), options);
}

/** The quoted spans of `text`, in order, none inside another: `findQuotes` without the cues. */
export function quoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let i = 0;
    while (i < text.length) {
      const a = text.indexOf(open, i);
      if (a < 0) break;
      const b = closingMark(text, a, open, close);
      if (b < 0) {
        i = a + 1;
        continue;
      }
      out.push({ start: a, end: b + 1, inner: { start: a + 1, end: b } });
      i = b + 1;
    }
  }
  return out
    .sort((x, y) => x.start - y.start)
    .filter((q, k, all) => k === 0 || q.start >= (all[k - 1] as QuoteSpan).end);
}

/**
 * Sets each quote's speech verb and speaker (`verb`, `speaker`) from the tokens around it, on the
 * spans `quoteSpans` found in the same text, and returns them.
 */
export function addQuoteCues(text: string, quotes: QuoteSpan[], options: QuoteOptions = {}): QuoteSpan[] {
  const { tokens, speech } = options;
  // The cue sets only for a text with quotes: most paragraphs and many articles have none.
  if (tokens && speech && speech.length > 0 && quotes.length > 0) {
    const cues = {
      ...options,
      tokens,
      speech: new Set(speech),
      prepositions: new Set(options.prepositions ?? []),
      speakerStops: new Set([...(options.complementizers ?? []), ...(options.prepositions ?? [])]),
    };
    for (const q of quotes) addCues(text, q, cues);
  }
  return quotes;
}

/**
 * Where the quote opened at `a` closes: in its paragraph, or in a later one when each paragraph
 * between reopens it without closing (the news convention for a quote of several paragraphs).
 */
function closingMark(text: string, a: number, open: string, close: string): number {
  let from = a + 1;
  for (;;) {
    const b = text.indexOf(close, from);
    const newline = text.indexOf("\n", from);
    if (b < 0 || b - a > MAX_QUOTE) return -1;
    if (newline < 0 || b < newline) return b;
    // A paragraph that closes nothing: the quote goes on only if the next one reopens it.
    const next = text.slice(newline).search(NON_SPACE);
    if (next < 0 || open === close || text[newline + next] !== open) return -1;
    from = newline + next + 1;
  }
}

interface Cues {
  tokens: readonly Token[];
  sentences?: readonly Sentence[];
  speech: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  speakerStops: ReadonlySet<string>;
}

function isSpeech(t: Token | undefined, speech: ReadonlySet<string>): boolean {
  return !!t && (speech.has(t.key) || t.bare.some((b) => speech.has(b.key)));
}

/** Sets `verb` and `speaker`: a speech verb before the quote in its sentence, else one right after it. */
function addCues(text: string, q: QuoteSpan, c: Cues): void {
  const { tokens } = c;
  const firstInside = lowerBound(tokens, q.inner.start);
  const afterQuote = lowerBound(tokens, q.end);
  const sentence = tokens[firstInside]?.sentence ?? tokens[firstInside - 1]?.sentence;
  const sameSentence = (k: number) => !c.sentences || tokens[k]?.sentence === sentence;
  // وقال وزير الخارجية إن «…»
  for (let k = firstInside - 1; k >= 0 && k >= firstInside - MAX_CUE_TOKENS && sameSentence(k); k--) {
    if (!isSpeech(tokens[k], c.speech)) continue;
    q.verb = tokenCue(text, tokens[k] as Token, c.speech);
    setSpeaker(text, q, c, k + 1, firstInside);
    return;
  }
  // «…»، قال وزير الخارجية: only a verb right after the quote reports it.
  const k = afterQuote;
  if (k < tokens.length && sameSentence(k) && isSpeech(tokens[k], c.speech)) {
    q.verb = tokenCue(text, tokens[k] as Token, c.speech);
    let limit = k + 1;
    while (limit < tokens.length && limit <= k + MAX_CUE_TOKENS && sameSentence(limit)) limit++;
    setSpeaker(text, q, c, k + 1, limit);
  }
}

/**
 * The speaker: tokens from `from` up to a stop word or punctuation, before `limit`. A preposition
 * with a pronoun right after the verb is passed over (`قال عنه روبرت ريدفورد`).
 */
function setSpeaker(text: string, q: QuoteSpan, c: Cues, from: number, limit: number): void {
  const { tokens } = c;
  let start = from;
  while (start < limit && isResumptive(tokens[start] as Token, c.prepositions)) start++;
  if (start > from && cueBreak(text, tokens, start)) return;
  let end = start;
  while (
    end < limit &&
    !c.speakerStops.has((tokens[end] as Token).key) &&
    !(end > start && cueBreak(text, tokens, end))
  )
    end++;
  if (end > start) q.speaker = spanCue(text, tokens, start, end);
}

/** `فيها`, `عنه`, `له`: a preposition carrying a pronoun. */
function isResumptive(t: Token, prepositions: ReadonlySet<string>): boolean {
  return (t.segments?.suffix ?? "") !== "" && prepositions.has(t.segments?.core ?? "");
}

/** A comma, colon, stop or quotation mark before token k ends a speaker phrase. */
function cueBreak(text: string, tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const t = tokens[k] as Token;
  return prev !== undefined && SPEAKER_END.test(text.slice(prev.end, t.start));
}

function tokenCue(text: string, t: Token, speech: ReadonlySet<string>): NonNullable<QuoteSpan["verb"]> {
  const key = speech.has(t.key) ? t.key : (t.bare.find((b) => speech.has(b.key))?.key ?? t.key);
  return { text: text.slice(t.start, t.end), start: t.start, end: t.end, key };
}

function spanCue(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): NonNullable<QuoteSpan["speaker"]> {
  const start = (tokens[from] as Token).start;
  const end = (tokens[to - 1] as Token).end;
  return { text: text.slice(start, end), start, end };
}

/** Index of the first token that starts at or after `offset`. */
function lowerBound(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

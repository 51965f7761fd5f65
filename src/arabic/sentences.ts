// Sentence boundaries: final punctuation (. ! ? ؟) and line breaks; not decimals (3.5),
// abbreviations (د.، U.S.), list numbers (1.) or a stop inside a quotation that closes later.
import type { Sentence, Span, Token } from "../pipeline/types.ts";
import { quoteSpans } from "./quotes.ts";
import {
  ABBREVIATION,
  ANY_DIGIT,
  ARABIC_LETTER,
  LIST_NUMBER,
  QUOTED_WORDS,
  SENTENCE_CLOSER,
  SENTENCE_END,
  SENTENCE_STOP,
  SPACE,
  WORD_BEFORE,
} from "./regexes.ts";

export interface SentenceOptions {
  /** Keep a quotation that holds several sentences in one (`قال: «نحن مستعدون. لن نتراجع».`). */
  keepQuotes?: boolean;
  /** The text's quoted spans (`quoteSpans`), when the caller has found them already. */
  quotes?: readonly Span[];
}

export function splitSentences(text: string, options: SentenceOptions = {}): Span[] {
  const spans: Span[] = [];
  const quotes = options.keepQuotes === false ? [] : (options.quotes ?? quoteSpans(text));
  let q = 0;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && SPACE.test(text[s] as string)) s++;
    while (e > s && SPACE.test(text[e - 1] as string)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  // From one stop to the next; the text between them is never looked at.
  const breaks = new RegExp(SENTENCE_STOP);
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch === "\n") {
      push(i);
      continue;
    }
    while (q < quotes.length && (quotes[q] as Span).end <= i) q++;
    const quote = quotes[q];
    if (quote && quote.start < i && QUOTED_WORDS.test(text.slice(i + 1, quote.end - 1))) continue;
    if (ch === "." && !isFullStop(text, i, start)) continue;
    let j = i + 1;
    while (
      j < text.length &&
      (SENTENCE_END.test(text[j] as string) || SENTENCE_CLOSER.test(text[j] as string))
    )
      j++;
    if (j < text.length && !SPACE.test(text[j] as string) && !runsOn(text, i, j)) continue;
    push(j);
    breaks.lastIndex = j;
  }
  push(text.length);
  return spans;
}

/** A full stop, not a decimal point, an abbreviation or the number of a list item. */
function isFullStop(text: string, i: number, sentenceStart: number): boolean {
  const before = text[i - 1] ?? "";
  const after = text[i + 1] ?? "";
  if (ANY_DIGIT.test(before) && ANY_DIGIT.test(after)) return false;
  const word = wordBefore(text, i);
  if (ABBREVIATION.test(word)) return false;
  // `1. البند الأول`: a number alone at the start of a line is a list marker.
  return !(LIST_NUMBER.test(word) && text.slice(sentenceStart, i - word.length).trim() === "");
}

/** How far back `wordBefore` looks, in UTF-16 units. */
const WORD_BEFORE_REACH = 40;

/** 1 for a UTF-16 unit `WORD_BEFORE` takes: letters, marks, digits and the dot. */
const WORD_BEFORE_UNIT = (() => {
  const table = new Uint8Array(0x10000);
  const unit = /[\p{L}\p{M}\p{N}.]/u;
  for (let c = 0; c < 0x10000; c++)
    if (c < 0xd800 || c > 0xdfff) table[c] = unit.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
})();

/**
 * The letters, marks, digits and dots right before `end` (`U.S` before a stop), looking back at
 * most `WORD_BEFORE_REACH` units: `WORD_BEFORE` on that slice, read backwards through a table of
 * units (the regex only when a surrogate is met).
 */
function wordBefore(text: string, end: number): string {
  const from = Math.max(0, end - WORD_BEFORE_REACH);
  let i = end;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c >= 0xd800 && c <= 0xdfff) return WORD_BEFORE.exec(text.slice(from, end))?.[0] ?? "";
    if (WORD_BEFORE_UNIT[c] === 0) break;
    i--;
  }
  return text.slice(i, end);
}

/** `انتهى الاجتماع.وقال`: a stop after an Arabic word runs on into the next one without a space. */
function runsOn(text: string, stop: number, next: number): boolean {
  const word = wordBefore(text, stop);
  const letters = [...word].filter((c) => ARABIC_LETTER.test(c)).length;
  return text[stop] === "." && letters >= 2 && ARABIC_LETTER.test(text[next] as string);
}

/** Attaches tokens to sentences, setting `token.sentence`. */
export function assignSentences(spans: readonly Span[], tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let t = 0;
  spans.forEach((span, index) => {
    while (t < tokens.length && (tokens[t] as Token).start < span.start) t++;
    const first = t;
    while (t < tokens.length && (tokens[t] as Token).end <= span.end) {
      (tokens[t] as Token).sentence = index;
      t++;
    }
    sentences.push({ start: span.start, end: span.end, firstToken: first, endToken: t });
  });
  return sentences;
}

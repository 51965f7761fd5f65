// Sentence boundaries: final punctuation and line breaks, not decimals or one-letter abbreviations.
import type { Sentence, Span, Token } from "../pipeline/types.ts";
import { SENTENCE_END } from "./regexes.ts";

/** Characters that may close a sentence after its final stop (`…المتحدة".`). */
const CLOSERS = new Set(['"', "»", "”", "'", ")", "’"]);

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s] as string)) s++;
    while (e > s && /\s/u.test(text[e - 1] as string)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === "\n") {
      push(i);
      continue;
    }
    if (!SENTENCE_END.test(ch)) continue;
    const next = text[i + 1];
    if (ch === "." && next !== undefined && /\d/u.test(next) && /\d/u.test(text[i - 1] ?? "")) continue;
    if (ch === "." && isAbbreviation(text, i)) continue;
    let j = i + 1;
    while (j < text.length && (SENTENCE_END.test(text[j] as string) || CLOSERS.has(text[j] as string))) j++;
    if (j < text.length && !/\s/u.test(text[j] as string)) continue;
    push(j);
    i = j - 1;
  }
  push(text.length);
  return spans;
}

/** A single letter before a full stop is an initial or abbreviation (`د.`, `J.`). */
function isAbbreviation(text: string, i: number): boolean {
  const before = text[i - 1];
  const twoBefore = text[i - 2];
  return before !== undefined && /\p{L}/u.test(before) && (twoBefore === undefined || /\s/u.test(twoBefore));
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

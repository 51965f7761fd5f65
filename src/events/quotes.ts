// Quotations with their speakers: the person or body named before the quote in its sentence.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Quote, QuoteSpan, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

const SPEAKER_TYPES = new Set(["PERSON", "ORG", "GPE", "MEDIA"]);

/** The quote whose inner text holds the token at `k`, if any. */
export function quoteAt(arabic: ArabicText, k: number): QuoteSpan | undefined {
  const t = arabic.tokens[k] as Token;
  return arabic.quotes.find((q) => q.inner.start <= t.start && t.end <= q.inner.end);
}

export function attributeQuotes(arabic: ArabicText, found: EntitiesResult, cues: EventCues): Quote[] {
  const { tokens } = arabic;
  return arabic.quotes.map((q) => {
    const firstInside = firstFrom(tokens, q.inner.start);
    const sentenceIndex = (tokens[firstInside] as Token | undefined)?.sentence ?? -1;
    const sentence = arabic.sentences[sentenceIndex];
    let speaker: string | null = null;
    if (sentence) {
      let speech = false;
      for (let k = sentence.firstToken; k < firstInside && !speech; k++)
        speech = tokenIn(cues.speech, tokens[k]);
      // The first person or body named in the sentence before the quote.
      if (speech)
        speaker =
          found.mentions.find(
            (m) => m.start >= sentence.start && m.end <= q.start && SPEAKER_TYPES.has(m.type),
          )?.entity ?? null;
    }
    return {
      speaker,
      text: arabic.text.slice(q.inner.start, q.inner.end),
      start: q.inner.start,
      end: q.inner.end,
    };
  });
}

/** The first token that starts at or after `offset` (tokens are in text order), or -1. */
function firstFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < tokens.length ? lo : -1;
}

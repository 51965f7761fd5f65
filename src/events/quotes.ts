// Quotations with their speakers: the person or body named before the quote in its sentence.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Quote, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

const SPEAKER_TYPES = new Set(["PERSON", "ORG", "GPE", "MEDIA"]);

export function attributeQuotes(arabic: ArabicText, found: EntitiesResult, cues: EventCues): Quote[] {
  return arabic.quotes.map((q) => {
    const firstInside = arabic.tokens.findIndex((t) => t.start >= q.inner.start);
    const sentenceIndex = (arabic.tokens[firstInside] as Token | undefined)?.sentence ?? -1;
    const sentence = arabic.sentences[sentenceIndex];
    let speaker: string | null = null;
    if (sentence) {
      const speech = arabic.tokens
        .slice(sentence.firstToken, firstInside)
        .some((t) => tokenIn(cues.speech, t));
      const before = found.mentions.filter(
        (m) => m.start >= sentence.start && m.end <= q.start && SPEAKER_TYPES.has(m.type),
      );
      if (speech) speaker = before[0]?.entity ?? null;
    }
    return {
      speaker,
      text: arabic.text.slice(q.inner.start, q.inner.end),
      start: q.inner.start,
      end: q.inner.end,
    };
  });
}

// arabic: CleanDocument text → tokens, sentences, dates and quotes, all with offsets.
import type { ArabicText } from "../pipeline/types.ts";
import { type Calendar, findDates } from "./dates.ts";
import { findQuotes } from "./quotes.ts";
import { assignSentences, splitSentences } from "./sentences.ts";
import { tokenize } from "./tokens.ts";

export interface ArabicOptions {
  proclitics: readonly string[];
  calendar: Calendar;
}

export function analyzeArabic(text: string, published: string | null, options: ArabicOptions): ArabicText {
  const { tokens } = tokenize(text, options);
  const sentences = assignSentences(splitSentences(text), tokens);
  return {
    text,
    tokens,
    sentences,
    dates: findDates(text, tokens, options.calendar, published),
    quotes: findQuotes(text),
  };
}

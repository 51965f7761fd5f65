// arabic: CleanDocument text → tokens, sentences, dates, numbers and quotes, all with offsets.
import type { ArabicText } from "../pipeline/types.ts";
import type { KnownWords, WordReader } from "./clitics.ts";
import { type Calendar, findDates } from "./dates.ts";
import type { HijriTable } from "./hijri.ts";
import { findNumbers, type NumberWords } from "./numbers.ts";
import { addQuoteCues, quoteSpans } from "./quotes.ts";
import { assignSentences, splitSentences } from "./sentences.ts";
import { tokenize } from "./tokens.ts";

export { compileArabic, loadArabicLexicons } from "./lexicon.ts";

export interface ArabicOptions {
  proclitics: readonly string[];
  calendar: Calendar;
  /** Words the clitic segmenter knows (`compileKnownWords`); without them only `ال` licenses a cut. */
  known?: KnownWords;
  /** Pronoun suffix keys; `PRONOUN_SUFFIXES` by default. */
  suffixes?: readonly string[];
  /** Remembers segments and stems across documents; built from `proclitics`, `known` and `suffixes`. */
  reader?: WordReader;
  /** Number words (`compileNumbers`); without them only digits are numbers. */
  numbers?: NumberWords;
  /** Umm al-Qura months (`compileHijriTable`); without them Hijri dates use the tabular calendar. */
  hijri?: HijriTable;
  /** Speech verb keys (`قال`, `أضاف`), for the verb and speaker next to a quote. */
  speech?: readonly string[];
  /** Particles that end the speaker before a quote (`إن`, `أن`). */
  complementizers?: readonly string[];
  /** Prepositions, which end the speaker too (`في بيان`). */
  prepositions?: readonly string[];
}

export function analyzeArabic(text: string, published: string | null, options: ArabicOptions): ArabicText {
  const { tokens } = tokenize(text, options);
  // The quoted spans once: the sentences keep a quotation whole, then the spans get their cues.
  const spans = quoteSpans(text);
  const sentences = assignSentences(splitSentences(text, { quotes: spans }), tokens);
  const dates = findDates(text, tokens, options.calendar, published, options);
  return {
    text,
    tokens,
    sentences,
    dates,
    // The fields addQuoteCues reads, not `{ ...options, tokens, sentences }`: this runs once per
    // document, too rarely for V8 to optimise it, and copying all the options by spread cost µs.
    quotes: addQuoteCues(text, spans, {
      tokens,
      sentences,
      speech: options.speech,
      complementizers: options.complementizers,
      prepositions: options.prepositions,
    }),
    numbers: findNumbers(text, tokens, options.numbers, dates),
  };
}

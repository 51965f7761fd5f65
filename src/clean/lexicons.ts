// The clean stage's options, compiled once from the lexicons. Its own tables (HTML boilerplate
// and metadata, citation cues, language profiles) are read here from the same lexicon folder.
import { join } from "node:path";
import { keyOf } from "../arabic/normalize.ts";
import { DEFAULT_LEXICON_DIR, type Lexicons } from "../pipeline/lexicons.ts";
import { readTsv } from "../pipeline/tsv.ts";
import { compileCitationRules } from "./cited.ts";
import { compileHtmlRules } from "./html.ts";
import type { CleanOptions } from "./index.ts";
import { loadLanguages } from "./language.ts";
import { arabicMonths } from "./metadata.ts";
import { DEFAULT_RELATED_LINES } from "./related.ts";
import { compileTrailerRules } from "./trailers.ts";

export interface CleanSettings {
  /** Folder of the TSV lexicons; the repository's `lexicons/` by default. */
  lexiconDir?: string;
  /** Longest first line, in words, still taken for a headline. */
  maxTitleWords?: number;
}

export function compileCleanOptions(lex: Lexicons, settings: CleanSettings = {}): CleanOptions {
  const dir = settings.lexiconDir ?? DEFAULT_LEXICON_DIR;
  const read = (file: string, columns: string[]) => readTsv(join(dir, file), columns);
  return {
    trailerRules: compileTrailerRules(lex.trailers),
    months: arabicMonths(lex.calendar),
    maxTitleWords: settings.maxTitleWords ?? 25,
    html: compileHtmlRules(
      read("html-boilerplate.tsv", ["kind", "value"]),
      read("html-metadata.tsv", ["field", "source", "name"]),
    ),
    citations: compileCitationRules(read("citations.tsv", ["kind", "forms"]), lex.media),
    languages: loadLanguages(dir),
    related: {
      ...DEFAULT_RELATED_LINES,
      openers: trailerKeys(lex, "opener"),
      wawNouns: trailerKeys(lex, "waw_noun"),
      leadVerbs: trailerKeys(lex, "lead_verb"),
      closers: trailerKeys(lex, "closer"),
      pluperfect: trailerKeys(lex, "pluperfect"),
      leadOpenings: trailerKeys(lex, "lead_opening"),
      leadTailOutlets: trailerKeys(lex, "lead_tail_outlet"),
      dateWords: dateWords(lex),
      weekdays: weekdays(lex),
      dayParts: trailerKeys(lex, "day_part"),
    },
  };
}

/** Keys of the words of the calendar's month names and of the word before a year (`calendar.tsv`). */
function dateWords(lex: Lexicons): Set<string> {
  const rows = lex.calendar.filter((r) => r.kind === "month" || r.kind === "year");
  return new Set(
    rows.flatMap((r) => (r.forms ?? "").split("|").flatMap((form) => form.split(" ").map(keyOf))),
  );
}

/** Keys of the weekday names of `calendar.tsv`. */
function weekdays(lex: Lexicons): Set<string> {
  const rows = lex.calendar.filter((r) => r.kind === "weekday");
  return new Set(rows.flatMap((r) => (r.forms ?? "").split("|").map(keyOf)));
}

function trailerKeys(lex: Lexicons, kind: string): Set<string> {
  return new Set(lex.trailers.filter((r) => r.kind === kind).map((r) => keyOf(r.phrase ?? "")));
}

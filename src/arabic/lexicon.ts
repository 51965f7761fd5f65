// The Arabic layer's own word lists (lexicons/words.tsv, numbers.tsv, hijri.tsv) and the known-word
// set the segmenter reads, built once from every project lexicon.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { cue, DEFAULT_LEXICON_DIR, type Lexicons } from "../pipeline/lexicons.ts";
import { list, type Row, readTsv } from "../pipeline/tsv.ts";
import { type KnownWords, segmentWord, WordReader } from "./clitics.ts";
import { compileCalendar } from "./dates.ts";
import { compileHijriTable } from "./hijri.ts";
import type { ArabicOptions } from "./index.ts";
import { DISPLAY_STEPS, foldLetters, foldSpelling, keyOf, normalize } from "./normalize.ts";
import { compileNumbers } from "./numbers.ts";
import { ARABIC_LETTER, SPACE, WORD } from "./regexes.ts";

export interface ArabicLexicons {
  /** lexicons/words.tsv: the closed list of frequent words, whole as written. */
  words: Row[];
  /** lexicons/numbers.tsv: number words. */
  numbers: Row[];
  /** lexicons/hijri.tsv: Umm al-Qura month lengths by Hijri year. */
  hijri: Row[];
}

export function loadArabicLexicons(dir: string = DEFAULT_LEXICON_DIR): ArabicLexicons {
  return {
    words: readOwn(dir, "words.tsv", ["word", "kind"]),
    numbers: readOwn(dir, "numbers.tsv", ["kind", "value", "forms"]),
    hijri: readOwn(dir, "hijri.tsv", ["year", "start", "months"]),
  };
}

function readOwn(dir: string, file: string, columns: readonly string[]): Row[] {
  const path = join(dir, file);
  if (!existsSync(path))
    throw new Error(
      `${path} not found: the Arabic layer reads ${file}; copy it from the repository's lexicons/`,
    );
  return readTsv(path, columns);
}

/** Everything `analyzeArabic` reads, compiled once from the project's lexicons. */
export function compileArabic(lex: Lexicons, own: ArabicLexicons): ArabicOptions {
  const proclitics = cue(lex, "proclitic").map(keyOf);
  const known = compileKnownWords(lex, own.words, proclitics);
  return {
    proclitics,
    calendar: compileCalendar(lex.calendar),
    known,
    reader: new WordReader({ proclitics, known }),
    numbers: compileNumbers(own.numbers, lex.calendar),
    hijri: compileHijriTable(own.hijri),
    speech: cue(lex, "speech").map(keyOf),
    complementizers: cue(lex, "complementizer").map(keyOf),
    prepositions: cue(lex, "preposition").map(keyOf),
  };
}

/** Columns whose words are proper names, by lexicon. */
const NAME_COLUMNS: Partial<Record<keyof Lexicons, string[]>> = {
  countries: ["name_ar", "variants", "capital"],
  persons: ["name_ar", "variants", "short", "after_full"],
  places: ["name_ar", "variants"],
  media: ["name_ar", "variants"],
};

/** Columns whose words are ordinary words, by lexicon. */
const WORD_COLUMNS: Partial<Record<keyof Lexicons, string[]>> = {
  countries: ["nisba"],
  persons: ["role"],
  organizations: ["name_ar", "variants"],
  orgHeads: ["head"],
  roles: ["title"],
  mechanisms: ["name_ar", "variants"],
  metonyms: ["text"],
  triggers: ["forms"],
  calendar: ["forms"],
};

/** Fewest letters a word taken from a lexicon needs to be a core: `لي` (a name) must not cut `ولي`. */
const MIN_LEXICON_WORD = 3;

/**
 * The words the segmenter knows. The closed list is taken whole; a word from another lexicon is
 * dropped when it is itself a known word with a clitic (`وقال`, `بنظيره`, `للشؤون`), so it gets cut.
 */
export function compileKnownWords(
  lex: Lexicons,
  closed: readonly Row[],
  proclitics: readonly string[],
): KnownWords {
  const nameForms = new Set<string>();
  const wordForms = new Set<string>();
  /** Names written as one word (`الصين`, `بوتين`), and the words of persons' names (`فلاديمير`). */
  const wholeNames = new Set<string>();
  for (const [table, columns] of Object.entries(NAME_COLUMNS)) {
    const rows = lex[table as keyof Lexicons] as Row[];
    collect(rows, columns, nameForms);
    collect(rows, columns, wholeNames, table !== "persons");
  }
  for (const [table, columns] of Object.entries(WORD_COLUMNS))
    collect(lex[table as keyof Lexicons] as Row[], columns, wordForms);
  for (const forms of lex.cues.values()) for (const f of forms) addWords(f, wordForms);

  const fixed = new Set<string>();
  const names = new Set<string>();
  const notNames = new Set<string>();
  for (const row of closed) {
    const display = normalize(row.word ?? "", DISPLAY_STEPS).text;
    if (display === "") continue;
    fixed.add(foldSpelling(display));
    (row.kind === "name" ? names : notNames).add(foldLetters(display));
  }
  const words = new Set<string>(fixed);
  const lexiconForms = [...nameForms, ...wordForms].filter((w) => w.length >= MIN_LEXICON_WORD);
  for (const w of lexiconForms) words.add(foldSpelling(w));
  // A lexicon word that is a clitic plus a known word is not a word of its own; each is judged
  // against all the others, so the order of the lexicons does not matter.
  const cliticForms: string[] = [];
  for (const w of wordForms) {
    const key = foldSpelling(w);
    if (fixed.has(key) || nameForms.has(w) || !words.has(key)) continue;
    words.delete(key);
    const cut = segmentWord(w, { proclitics, known: { words, names } });
    words.add(key);
    if (cut.prefix !== "" || cut.suffix !== "") cliticForms.push(key);
  }
  for (const key of cliticForms) words.delete(key);
  for (const w of wholeNames) {
    const key = foldLetters(w);
    if (!notNames.has(key)) names.add(key);
  }
  return { words, names };
}

/** Adds the words of the cells; with `oneWordOnly`, only cells of a single word (`بكين`, not `كوريا الشمالية`). */
function collect(
  rows: readonly Row[],
  columns: readonly string[],
  into: Set<string>,
  oneWordOnly = false,
): void {
  for (const row of rows)
    for (const c of columns)
      for (const phrase of list(row[c]))
        if (!oneWordOnly || !SPACE.test(phrase.trim())) addWords(phrase, into);
}

/** Adds each Arabic word of a phrase in display form (`وزارة الدفاع` → `وزارة`, `الدفاع`). */
function addWords(phrase: string, into: Set<string>): void {
  for (const m of normalize(phrase, DISPLAY_STEPS).text.matchAll(WORD))
    if (ARABIC_LETTER.test(m[0])) into.add(m[0]);
}

// The language of a body, so that a non-Arabic document is stored flagged and not read as Arabic.
// The script decides first (Arabic script against the rest); function words then tell Arabic
// from Persian and Urdu, and English from French, from the lexicon's short lists.
import { join } from "node:path";
import { DEFAULT_LEXICON_DIR } from "../pipeline/lexicons.ts";
import { list, type Row, readTsv } from "../pipeline/tsv.ts";

export interface LanguageProfile {
  lang: string;
  /** A Unicode script name (`Arabic`, `Latin`). */
  script: string;
  words: ReadonlySet<string>;
}

/** Fewest function-word hits before words, not script alone, decide. */
const MIN_HITS = 3;

export function compileLanguages(rows: readonly Row[]): LanguageProfile[] {
  return rows.map((r) => ({
    lang: r.lang as string,
    script: r.script as string,
    words: new Set(list(r.words).map((w) => w.toLowerCase())),
  }));
}

/** Letters (not marks or digits) of each script the profiles name. */
const SCRIPTS: Record<string, RegExp> = {
  Arabic: /(?=\p{L})\p{Script=Arabic}/gu,
  Latin: /(?=\p{L})\p{Script=Latin}/gu,
  Cyrillic: /(?=\p{L})\p{Script=Cyrillic}/gu,
  Hebrew: /(?=\p{L})\p{Script=Hebrew}/gu,
};
const SCRIPT_NAMES = Object.keys(SCRIPTS);

/** Any letter, in any script. */
const LETTER = /\p{L}/gu;
/** What may begin a word (CITATION_WORD's first character). */
const WORD_START = /[\p{L}\p{N}]/gu;
/** What may only go on a word (the rest of CITATION_WORD's characters). */
const WORD_MIDDLE = /[\p{M}\u0640]/gu;

/**
 * A code point's class, as bits: whether it begins or continues a word, whether it is a letter,
 * and (above SCRIPT_SHIFT) 1 + the index of its script in SCRIPT_NAMES.
 */
const STARTS_WORD = 1;
const IN_WORD = 2;
const IS_LETTER = 4;
const SCRIPT_SHIFT = 3;

/** Every code point of the Basic Multilingual Plane, surrogates as spaces: text to classify at once. */
function bmpText(): string {
  let out = "";
  for (let from = 0; from < 0x10000; from += 0x1000) {
    const units = Array.from({ length: 0x1000 }, (_, k) => from + k);
    out += String.fromCharCode(...units.map((c) => (c >= 0xd800 && c <= 0xdfff ? 0x20 : c)));
  }
  return out;
}

/** The classes of the code points of `text` found by each regex (global), added to `into`. */
function markClasses(text: string, into: Uint8Array | number[]): void {
  const mark = (re: RegExp, bits: number) => {
    for (const m of text.matchAll(re)) into[m.index] = (into[m.index] as number) | bits;
  };
  mark(WORD_START, STARTS_WORD | IN_WORD);
  mark(WORD_MIDDLE, IN_WORD);
  mark(LETTER, IS_LETTER);
  SCRIPT_NAMES.forEach((name, i) => mark(SCRIPTS[name] as RegExp, (1 + i) << SCRIPT_SHIFT));
}

/** The class of each BMP code point, found once with the regexes, so a text is read by look-ups. */
function classifyBmp(): Uint8Array {
  const classes = new Uint8Array(0x10000);
  markClasses(bmpText(), classes);
  return classes;
}

const BMP_CLASSES = classifyBmp();

/** The class of a code point outside the BMP (rare: tested, not tabled). */
function classifyAstral(cp: number): number {
  const into = [0];
  markClasses(String.fromCodePoint(cp), into);
  return into[0] as number;
}

interface Reading {
  /** Letters, and letters of each of SCRIPT_NAMES. */
  letters: number;
  scripts: number[];
  /** Function-word hits of each profile. */
  hits: number[];
}

/** Each function word and the profiles that list it, and the longest word's length. */
interface WordList {
  listedBy: ReadonlyMap<string, readonly number[]>;
  longest: number;
  /**
   * The listed words by their `wordSlot` (most slots hold none, and most words of a text are none
   * of them): a word of the text is compared in place with the few of its slot, not sliced out and
   * hashed into `listedBy`.
   */
  bySlot: ReadonlyArray<ReadonlyArray<{ word: string; listed: readonly number[] }> | undefined>;
}

/** A 12-bit slot of `text.slice(from, to)` from its length and its first and last units. */
function wordSlot(text: string, from: number, to: number): number {
  let h = Math.imul(to - from, 0x9e3779b1) ^ text.charCodeAt(from);
  h = Math.imul(h, 0x01000193) ^ text.charCodeAt(to - 1);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) & 0xfff;
}

/** 1 for each UTF-16 unit that `toLowerCase` changes, and for surrogates (not tested one by one). */
const LOWER_CHANGES = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if ((c >= 0xd800 && c <= 0xdfff) || ch.toLowerCase() !== ch) table[c] = 1;
  }
  return table;
})();

/** The word list of each profile list, made on its first document instead of on every one. */
const wordLists = new WeakMap<readonly LanguageProfile[], WordList>();

function wordListOf(profiles: readonly LanguageProfile[]): WordList {
  const known = wordLists.get(profiles);
  if (known) return known;
  const listedBy = new Map<string, number[]>();
  let longest = 0;
  for (const [i, p] of profiles.entries())
    for (const w of p.words) {
      listedBy.set(w, [...(listedBy.get(w) ?? []), i]);
      longest = Math.max(longest, w.length);
    }
  const bySlot: Array<Array<{ word: string; listed: readonly number[] }> | undefined> = new Array(0x1000);
  for (const [word, listed] of listedBy)
    if (word.length > 0) (bySlot[wordSlot(word, 0, word.length)] ??= []).push({ word, listed });
  const made = { listedBy, longest, bySlot };
  wordLists.set(profiles, made);
  return made;
}

/**
 * Counts the word `text.slice(from, to)` for the profiles that list it, lowercased. A word with
 * no unit that lowercasing changes is its own lowercase, so it is compared in place with the
 * listed words of its length's reach and its slot, with no slice.
 */
function countWord(
  text: string,
  from: number,
  to: number,
  cased: boolean,
  list: WordList,
  hits: number[],
): void {
  let listed: readonly number[] | undefined;
  if (cased) listed = list.listedBy.get(text.slice(from, to).toLowerCase());
  else {
    if (to - from > list.longest) return;
    const words = list.bySlot[wordSlot(text, from, to)];
    if (words === undefined) return;
    for (const w of words)
      if (w.word.length === to - from && text.startsWith(w.word, from)) {
        listed = w.listed;
        break;
      }
  }
  if (listed) for (const i of listed) hits[i] = (hits[i] as number) + 1;
}

/**
 * Letters by script and function words by profile, in one pass over `text`. Words are
 * CITATION_WORD's (a letter or digit, then letters, marks, digits, tatweel).
 */
function readSample(text: string, profiles: readonly LanguageProfile[]): Reading {
  const reading: Reading = { letters: 0, scripts: SCRIPT_NAMES.map(() => 0), hits: profiles.map(() => 0) };
  const list = wordListOf(profiles);
  let wordStart = -1;
  // Whether the word going on has a unit that lowercasing changes.
  let cased = false;
  for (let i = 0; i < text.length; i++) {
    const at = i;
    const unit = text.charCodeAt(i);
    let c = BMP_CLASSES[unit] as number;
    const cp = unit >= 0xd800 && unit <= 0xdbff ? (text.codePointAt(i) as number) : unit;
    if (cp > 0xffff) {
      c = classifyAstral(cp);
      i++;
    }
    if (wordStart < 0 && c & STARTS_WORD) {
      wordStart = at;
      cased = false;
    } else if (wordStart >= 0 && !(c & IN_WORD)) {
      countWord(text, wordStart, at, cased, list, reading.hits);
      wordStart = c & STARTS_WORD ? at : -1;
      cased = false;
    }
    if (LOWER_CHANGES[unit] === 1) cased = true;
    if (!(c & IS_LETTER)) continue;
    reading.letters++;
    const script = c >> SCRIPT_SHIFT;
    if (script > 0) reading.scripts[script - 1] = (reading.scripts[script - 1] as number) + 1;
  }
  if (wordStart >= 0) countWord(text, wordStart, text.length, cased, list, reading.hits);
  return reading;
}

/** The script most letters are written in, by the names the profiles use. */
function mainScript(reading: Reading, scripts: readonly string[]): string | null {
  if (reading.letters === 0) return null;
  let best: string | null = null;
  let most = 0;
  for (const s of scripts) {
    const k = SCRIPT_NAMES.indexOf(s);
    const n = k >= 0 ? (reading.scripts[k] as number) : 0;
    if (n > most) [best, most] = [s, n];
  }
  return most / reading.letters >= 0.5 ? best : null;
}

/** The scripts the profiles name, each once, in order: made on the first document, not on every one. */
const scriptLists = new WeakMap<readonly LanguageProfile[], readonly string[]>();

function scriptsOf(profiles: readonly LanguageProfile[]): readonly string[] {
  let scripts = scriptLists.get(profiles);
  if (scripts === undefined) {
    scripts = [...new Set(profiles.map((p) => p.script))];
    scriptLists.set(profiles, scripts);
  }
  return scripts;
}

/**
 * ISO 639-1 code of the text's language: `ar`, another profile's code, the declared `hint`
 * when the text alone cannot tell, or `und`.
 */
export function detectLanguage(text: string, profiles: readonly LanguageProfile[], hint?: string): string {
  const reading = readSample(text.slice(0, 5000), profiles);
  const script = mainScript(reading, scriptsOf(profiles));
  const declared = hint?.toLowerCase().split(/[-_]/u)[0];
  if (script === null) return declared || "und";
  let best: { lang: string; hits: number } | null = null;
  for (const [i, p] of profiles.entries()) {
    if (p.script !== script) continue;
    const hits = reading.hits[i] as number;
    if (best === null || hits > best.hits) best = { lang: p.lang, hits };
  }
  if (best && best.hits >= MIN_HITS) return best.lang;
  if (declared && profiles.some((p) => p.script === script && p.lang === declared)) return declared;
  return script === "Arabic" ? "ar" : declared || "und";
}

/** The language profiles of `lexicons/languages.tsv`. */
export function loadLanguages(dir: string = DEFAULT_LEXICON_DIR): LanguageProfile[] {
  return compileLanguages(readTsv(join(dir, "languages.tsv"), ["lang", "script", "words"]));
}

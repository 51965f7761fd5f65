// The full-text index's words, made in JavaScript: a text becomes a tsvector literal (lexemes with
// their positions) in the analysis worker threads, and a user's query becomes a tsquery literal
// through the same `wordTerms`, so the index and the query always stem alike. PostgreSQL only
// casts the literals (`$1::tsvector`, `$1::tsquery`); its `arabic` parser and stemmer, a seventh
// of the writer's time, are not used. The word lists are lexicons/search.tsv.
import { createHash } from "node:crypto";
import { join } from "node:path";
import { DISPLAY_STEPS, displayText, foldLetters, keyOf, normalize } from "../arabic/normalize.ts";
import { DEFAULT_LEXICON_DIR } from "../pipeline/lexicons.ts";
import { list, readTsv } from "../pipeline/tsv.ts";

/**
 * The version of the lexemes this module makes. A database whose index was made by another
 * version, or with another lexicons/search.tsv, is re-indexed when opened (`ensureSearchIndex`);
 * bump it with any change to the code of `wordTerms`. lexicons/words.tsv is left out: it only
 * decides which words also get a lexeme without their proclitic, and a query word always asks for
 * the whole word's lexeme too, so an edit never makes a query for the word itself miss.
 */
export const SEARCH_VERSION = 1;

/** Fewest letters a cut or a stem keeps. */
const MIN_STEM = 3;
/** Longer "words" (URLs without spaces, runs of letters) are not indexed. */
const MAX_WORD = 60;
/** PostgreSQL keeps positions up to 16383 and 256 of them per lexeme. */
const MAX_POSITION = 16383;
const MAX_POSITIONS = 256;

interface SearchLexicon {
  stop: ReadonlySet<string>;
  /** Article forms, longest first, as written (the alef of `ال` bare: `إلغاء` has none). */
  articles: readonly string[];
  /** Proclitics, longest first, folded. */
  proclitics: readonly string[];
  /** Endings, in the order the stem tries them, folded. */
  suffixes: readonly string[];
  /** Words that are never cut (lexicons/words.tsv: `وزير`, `بيان`), folded. */
  whole: ReadonlySet<string>;
  /** A stem's other spelling → the one indexed (`اميرك` → `امريك`), folded and stemmed. */
  variants: ReadonlyMap<string, string>;
}

let loaded: SearchLexicon | null = null;
let fingerprint: string | null = null;

/** What made the lexemes: `SEARCH_VERSION` and a hash of lexicons/search.tsv's rows (`1:3f2a…`). */
export function searchFingerprint(): string {
  if (fingerprint === null) {
    const rows = readTsv(join(DEFAULT_LEXICON_DIR, "search.tsv"), ["kind", "forms"]);
    const hash = createHash("sha256").update(JSON.stringify(rows)).digest("hex").slice(0, 16);
    fingerprint = `${SEARCH_VERSION}:${hash}`;
  }
  return fingerprint;
}

function lexicon(): SearchLexicon {
  if (loaded) return loaded;
  const rows = readTsv(join(DEFAULT_LEXICON_DIR, "search.tsv"), ["kind", "forms"]);
  const forms = (kind: string) => rows.filter((r) => r.kind === kind).flatMap((r) => list(r.forms));
  const byLength = (a: string, b: string) => b.length - a.length;
  const words = readTsv(join(DEFAULT_LEXICON_DIR, "words.tsv"), ["word", "kind"]);
  const suffixes = forms("suffix").map(fold);
  const variants = new Map<string, string>();
  for (const r of rows.filter((x) => x.kind === "variant")) {
    const [from, to] = list(r.forms).map((f) => stem(fold(f), suffixes));
    if (from === undefined || to === undefined)
      throw new Error(
        `lexicons/search.tsv: a variant row needs two forms, other|indexed (أميركا|أمريكا), not "${r.forms}"`,
      );
    variants.set(from, to);
  }
  loaded = {
    stop: new Set(forms("stop").map(fold)),
    articles: forms("article").sort(byLength),
    proclitics: forms("proclitic").map(fold).sort(byLength),
    suffixes,
    whole: new Set(words.map((w) => fold(w.word as string))),
    variants,
  };
  if (loaded.articles.length === 0 || loaded.suffixes.length === 0)
    throw new Error(
      `${join(DEFAULT_LEXICON_DIR, "search.tsv")} has no article or suffix rows: restore it from the repository`,
    );
  return loaded;
}

/** Hamza seats folded (`رؤساء` → `روساء`, `رئيس` → `رييس`); the bare hamza stays, so `رؤساء` keeps its end. */
const HAMZA_FOLDS: Record<string, string> = { ؤ: "و", ئ: "ي" };
const HAMZA = /[ؤئ]/gu;

/** A display word folded as lexemes are written: alef forms, ى, ة, hamza seats; Latin lower-cased. */
function fold(word: string): string {
  return foldLetters(keyOf(word)).replace(HAMZA, (ch) => HAMZA_FOLDS[ch] as string);
}

function isArabic(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x0600 && c <= 0x06ff;
}

/** Drops endings while `MIN_STEM` letters stay, again and again (`فلسطينيين` → `فلسط`). */
function stem(word: string, suffixes: readonly string[]): string {
  let s = word;
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of suffixes) {
      if (s.length - suffix.length >= MIN_STEM && s.endsWith(suffix)) {
        s = s.slice(0, s.length - suffix.length);
        changed = true;
        break;
      }
    }
  }
  return s;
}

const NO_TERMS: readonly string[] = [];

/** A lexeme, made once per thread, with what it has in the text being read. */
interface Term {
  text: string;
  /** As a literal writes it. */
  quoted: string;
  /** The text (`collect` call) `index`, `count` and `last` belong to. */
  stamp: number;
  /** Its place in that text's list of terms (order of first occurrence). */
  index: number;
  /** Its positions in that text, and the last of them. */
  count: number;
  last: number;
}

/**
 * The words read so far and their terms: an open-addressing table keyed by a hash computed while
 * the text is scanned, compared with the text in place, so a word met before costs no string.
 * A small table of the words met last stands in front of it: a text repeats its words, and the
 * large table's slots, spread over megabytes, are each a miss of the processor's caches.
 */
class WordTable {
  private size = 0;
  // Arrays grown by push (`new Array(n)` this large would be a dictionary); hash 0: an empty slot.
  private keys: string[];
  private hashes: Int32Array;
  private values: Array<readonly Term[]>;
  private readonly terms = new Map<string, Term>();
  /** One word per slot, by the low bits of its hash: the last met of those that share them. */
  private readonly recentKeys = filled(RECENT_SLOTS, "");
  private readonly recentHashes = new Int32Array(RECENT_SLOTS);
  private readonly recentValues = filled<readonly Term[]>(RECENT_SLOTS, []);

  constructor(private readonly capacity: number) {
    this.keys = filled(capacity, "");
    this.hashes = new Int32Array(capacity);
    this.values = filled<readonly Term[]>(capacity, []);
  }

  /** The terms of `text[from, to)`, `hash` its `hashOf` (never 0: 0 marks an empty slot). */
  get(text: string, from: number, to: number, hash: number): readonly Term[] {
    const r = hash & (RECENT_SLOTS - 1);
    if (this.recentHashes[r] === hash && sameText(this.recentKeys[r] as string, text, from, to))
      return this.recentValues[r] as readonly Term[];
    const slot = this.slotOf(text, from, to, hash);
    this.recentKeys[r] = this.keys[slot] as string;
    this.recentHashes[r] = hash;
    this.recentValues[r] = this.values[slot] as readonly Term[];
    return this.values[slot] as readonly Term[];
  }

  /** The large table's slot of `text[from, to)`, filled with its terms if it was not there. */
  private slotOf(text: string, from: number, to: number, hash: number): number {
    const mask = this.capacity - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const h = this.hashes[slot];
      if (h === 0) return this.add(slot, text.slice(from, to), hash);
      if (h === hash && sameText(this.keys[slot] as string, text, from, to)) return slot;
    }
  }

  private add(slot: number, word: string, hash: number): number {
    if (this.size * 2 >= this.capacity) {
      // Full: start afresh (news repeats its words; the next texts fill it again).
      this.keys.fill("");
      this.hashes.fill(0);
      this.values.fill([]);
      this.recentKeys.fill("");
      this.recentHashes.fill(0);
      this.recentValues.fill([]);
      this.size = 0;
      // The terms of the text being read stay: a word met again after the reset must find the
      // same term, or the text's literal would list its lexeme twice.
      for (const [text, t] of this.terms) if (t.stamp !== stamps) this.terms.delete(text);
      return this.slotOf(word, 0, word.length, hash);
    }
    this.keys[slot] = word;
    this.hashes[slot] = hash;
    this.values[slot] = readWord(word).map((t) => this.term(t));
    this.size++;
    return slot;
  }

  private term(text: string): Term {
    let t = this.terms.get(text);
    if (t === undefined) {
      t = { text, quoted: quote(text), stamp: 0, index: 0, count: 0, last: 0 };
      this.terms.set(text, t);
    }
    return t;
  }
}

/** An array of `n` copies of `value`, grown by push so it stays a fast (packed) array. */
function filled<T>(n: number, value: T): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(value);
  return out;
}

/** Slots of the word table (a power of two; half of them are filled before it starts afresh). */
const TABLE_SLOTS = 1 << 19;
/** Slots of the table of words met last (a power of two), some 100 kB of the processor's caches. */
const RECENT_SLOTS = 1 << 12;

/** `key` is `text[from, to)`. */
function sameText(key: string, text: string, from: number, to: number): boolean {
  const length = to - from;
  if (key.length !== length) return false;
  for (let k = 0; k < length; k++) if (key.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  return true;
}
let table: WordTable | null = null;

/** FNV-1a over UTF-16 units, 0 made 1 (0 marks an empty slot). */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h || 1;
}

function termsAt(text: string, from: number, to: number): readonly Term[] {
  table ??= new WordTable(TABLE_SLOTS);
  return table.get(text, from, to, hashOf(text, from, to));
}

/**
 * The lexemes of one word in display form (harakat and tatweel gone, letters as written): none for
 * a function word; the light stem after the article (`والأمريكية` → `امريك`); a word that may
 * begin with a proclitic is indexed whole and without each proclitic it may begin with (`وقال` →
 * `وقال`, `قال`; `وبكين` → `وبك`, `بكين`, `كين`), unless lexicons/words.tsv knows it whole
 * (`وزير`). Latin words and numbers are lower-cased only.
 */
export function wordTerms(word: string): readonly string[] {
  return termsAt(word, 0, word.length).map((t) => t.text);
}

function readWord(word: string): readonly string[] {
  if (word.length > MAX_WORD) return NO_TERMS;
  const folded = fold(word);
  if (!isArabic(folded)) return [folded];
  const lex = lexicon();
  if (lex.stop.has(folded)) return NO_TERMS;
  const article = lex.articles.find((a) => word.startsWith(a) && word.length - a.length >= MIN_STEM);
  const stemmed = (w: string) => {
    const s = stem(w, lex.suffixes);
    return lex.variants.get(s) ?? s;
  };
  if (article !== undefined) return [stemmed(folded.slice(article.length))];
  const main = stemmed(folded);
  if (lex.whole.has(folded)) return [main];
  const terms = [main];
  for (const p of lex.proclitics) {
    if (!folded.startsWith(p) || folded.length - p.length < 2) continue;
    const rest = folded.slice(p.length);
    if (lex.stop.has(rest)) return NO_TERMS;
    if (rest.length < MIN_STEM) continue;
    const cut = stemmed(rest);
    if (!terms.includes(cut)) terms.push(cut);
  }
  return terms;
}

/** 1 for a UTF-16 unit that is part of a word: letters, marks, digits. */
const WORD_UNIT = (() => {
  const table = new Uint8Array(0x10000);
  const unit = /[\p{L}\p{M}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++)
    if (c < 0xd800 || c > 0xdfff) table[c] = unit.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
})();

/** Calls `visit` with each word of display text and its position (1, 2, …; function words count). */
function eachWord(display: string, visit: (word: string, position: number) => void): void {
  let position = 0;
  const n = display.length;
  for (let i = 0; i < n;) {
    if (WORD_UNIT[display.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && WORD_UNIT[display.charCodeAt(end)] === 1) end++;
    visit(display.slice(i, end), ++position);
    i = end;
  }
}

let stamps = 0;

/** The text read last (`collect`): each occurrence of a term, its term's `index` and its position. */
let occurrences = 0;
let occurrenceTerm = new Int32Array(1 << 14);
let occurrencePosition = new Int32Array(1 << 14);

function addOccurrence(index: number, position: number): void {
  if (occurrences === occurrenceTerm.length) {
    const term = new Int32Array(occurrences * 2);
    term.set(occurrenceTerm);
    occurrenceTerm = term;
    const at = new Int32Array(occurrences * 2);
    at.set(occurrencePosition);
    occurrencePosition = at;
  }
  occurrenceTerm[occurrences] = index;
  occurrencePosition[occurrences++] = position;
}

/**
 * The terms of a text in order of first occurrence, each with its `count` of positions; the
 * positions themselves are the occurrences (`positionsOf`).
 */
function collect(text: string): Term[] {
  const display = displayText(text);
  const stamp = ++stamps;
  const out: Term[] = [];
  occurrences = 0;
  let position = 0;
  const n = display.length;
  table ??= new WordTable(TABLE_SLOTS);
  for (let i = 0; i < n;) {
    if (WORD_UNIT[display.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    let end = i + 1;
    let h = Math.imul(0x811c9dc5 ^ display.charCodeAt(i), 0x01000193);
    while (end < n && WORD_UNIT[display.charCodeAt(end)] === 1)
      h = Math.imul(h ^ display.charCodeAt(end++), 0x01000193);
    if (position < MAX_POSITION) position++;
    const terms = table.get(display, i, end, h || 1);
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k] as Term;
      if (t.stamp !== stamp) {
        t.stamp = stamp;
        t.index = out.length;
        t.count = 1;
        t.last = position;
        out.push(t);
        addOccurrence(t.index, position);
      } else if (t.count < MAX_POSITIONS && t.last < position) {
        t.count++;
        t.last = position;
        addOccurrence(t.index, position);
      }
    }
    i = end;
  }
  return out;
}

let sorted = new Int32Array(1 << 14);
let starts = new Int32Array(1 << 12);

/**
 * The positions of the text read last, term after term (`terms`, as `collect` gave them), each
 * term's in ascending order; `starts[i]` is where term i's begin.
 */
function positionsOf(terms: readonly Term[]): Int32Array {
  if (starts.length <= terms.length) starts = new Int32Array(terms.length * 2);
  if (sorted.length < occurrences) sorted = new Int32Array(occurrences * 2);
  let total = 0;
  for (let i = 0; i < terms.length; i++) {
    starts[i] = total;
    total += (terms[i] as Term).count;
  }
  starts[terms.length] = total;
  // Occurrences are in text order, so each term's positions land in ascending order.
  for (let k = 0; k < occurrences; k++) {
    const i = occurrenceTerm[k] as number;
    sorted[starts[i] as number] = occurrencePosition[k] as number;
    starts[i] = (starts[i] as number) + 1;
  }
  for (let i = terms.length; i > 0; i--) starts[i] = starts[i - 1] as number;
  starts[0] = 0;
  return sorted;
}

/** Each lexeme of a text with its positions. */
export function lexemes(text: string): Map<string, number[]> {
  const terms = collect(text);
  const at = positionsOf(terms);
  return new Map(terms.map((t, i) => [t.text, [...at.subarray(starts[i], starts[i + 1])]]));
}

/** A lexeme as a tsvector or tsquery literal writes it. */
function quote(term: string): string {
  return `'${term.replace(/['\\]/gu, (ch) => ch + ch)}'`;
}

/** The literal's UTF-16 units, written in place, then read as one string. */
let units = new Uint16Array(1 << 16);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = new TextDecoder(LITTLE_ENDIAN ? "utf-16le" : "utf-16be", { ignoreBOM: true });

/** The tsvector literal of a text (`'امريك':3,9 'وزير':2`), for `$1::tsvector`. */
export function searchVector(text: string): string {
  const terms = collect(text);
  if (terms.length === 0) return "";
  const at = positionsOf(terms);
  // A position has at most 5 digits and a comma; a term a space, its quoted text and a colon.
  let size = occurrences * 6;
  for (let i = 0; i < terms.length; i++) size += (terms[i] as Term).quoted.length + 2;
  if (units.length < size) units = new Uint16Array(size * 2);
  const out = units;
  let w = 0;
  for (let i = 0; i < terms.length; i++) {
    const quoted = (terms[i] as Term).quoted;
    if (i > 0) out[w++] = 0x20;
    for (let k = 0; k < quoted.length; k++) out[w++] = quoted.charCodeAt(k);
    out[w++] = 0x3a;
    const to = starts[i + 1] as number;
    for (let k = starts[i] as number; k < to; k++) {
      if (k > (starts[i] as number)) out[w++] = 0x2c;
      let p = at[k] as number;
      // Digits backwards into their places (1–5 of them).
      const digits = p >= 10000 ? 5 : p >= 1000 ? 4 : p >= 100 ? 3 : p >= 10 ? 2 : 1;
      for (let d = w + digits - 1; d >= w; d--) {
        out[d] = 0x30 + (p % 10);
        p = (p / 10) | 0;
      }
      w += digits;
    }
  }
  return UTF16.decode(out.subarray(0, w));
}

/** A query as `searchQuery` reads it: the tsquery literal and the stems snippets look for. */
export interface SearchQuery {
  tsquery: string;
  /** Lexemes of the words searched for (not of `-word`s). */
  stems: string[];
}

/** One word's lexemes as a tsquery operand: `'امريك'`, or `( 'وقال' | 'قال' )`. */
function operand(terms: readonly string[]): string {
  return terms.length === 1 ? quote(terms[0] as string) : `( ${terms.map(quote).join(" | ")} )`;
}

/** Words of a phrase as one operand: `'a' <-> 'b'`, `'a' <2> 'c'` over a function word; null if none. */
function phrase(words: readonly string[], stems: Set<string> | null): string | null {
  let out = "";
  let gap = 0;
  for (const word of words) {
    gap++;
    const terms = wordTerms(word);
    if (terms.length === 0) continue;
    if (stems) for (const t of terms) stems.add(t);
    out += out === "" ? operand(terms) : ` <${gap === 1 ? "-" : gap}> ${operand(terms)}`;
    gap = 0;
  }
  return out === "" ? null : out;
}

/**
 * A user's query as a tsquery literal, read as `websearch_to_tsquery` reads one: words are all
 * needed, `"…"` is a phrase, `-word` or `-"…"` must be absent, `or` between two terms takes
 * either; each word stems through `wordTerms`, as the index does. Null when nothing is left to
 * search for (only function words).
 */
export function searchQuery(query: string): SearchQuery | null {
  const display = normalize(query, DISPLAY_STEPS).text;
  const stems = new Set<string>();
  const parts: string[] = [];
  let pendingOr = false;
  // A unit: an optional -, then a quoted phrase or a run of non-space characters.
  for (const m of display.matchAll(/(-?)(?:"([^"]*)"?|([^\s"]+))/gu)) {
    const negated = m[1] === "-";
    const text = m[2] ?? m[3] ?? "";
    if (m[2] === undefined && !negated && text.toLowerCase() === "or") {
      pendingOr = parts.length > 0;
      continue;
    }
    const words: string[] = [];
    eachWord(text, (w) => words.push(w));
    const unit = phrase(words, negated ? null : stems);
    if (unit === null) continue;
    const term = negated ? `!( ${unit} )` : `( ${unit} )`;
    parts.push(parts.length === 0 ? term : `${pendingOr ? "|" : "&"} ${term}`);
    pendingOr = false;
  }
  if (stems.size === 0) return null;
  return { tsquery: parts.join(" "), stems: [...stems] };
}

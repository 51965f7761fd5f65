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

/** Int32 fields a term has in `Terms.state`: what it has in the text being read (`collect`). */
const TERM_FIELDS = 4;
/** The text (`collect` call) the other fields belong to. */
const STAMP = 0;
/** Its place in that text's list of terms (order of first occurrence). */
const INDEX = 1;
/** Its count of positions in that text, and the last of them. */
const COUNT = 2;
const LAST = 3;

/**
 * The lexemes met so far, by id (made once per thread): their text, their text as a literal
 * writes it, and what each has in the text being read, side by side in one typed array, so a
 * text's first look at a term is one cache line.
 */
class Terms {
  readonly text: string[] = [];
  readonly quoted: string[] = [];
  state = new Int32Array(TERM_FIELDS << 16);
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.text.length;
  }

  idOf(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.text.length;
      if ((id + 1) * TERM_FIELDS > this.state.length) {
        const state = new Int32Array(this.state.length * 2);
        state.set(this.state);
        this.state = state;
      }
      this.text.push(text);
      this.quoted.push(quote(text));
      this.state.fill(0, id * TERM_FIELDS, (id + 1) * TERM_FIELDS);
      this.ids.set(text, id);
    }
    return id;
  }

  clear(): void {
    this.text.length = 0;
    this.quoted.length = 0;
    this.ids.clear();
  }
}

/** Int32 fields of a slot of the word table. */
const SLOT_FIELDS = 8;
/** The word's hash (`hashOf`; 0: an empty slot). */
const HASH = 0;
/** Its length, and where its UTF-16 units are in the table's `units`. */
const LENGTH = 1;
const KEY = 2;
/** Its count of terms; then their ids, or for more than `INLINE_TERMS` where they are in `more`. */
const TERMS = 3;
const TERM = 4;
const INLINE_TERMS = SLOT_FIELDS - TERM;

/**
 * The words read so far and their terms: an open-addressing table keyed by a hash computed while
 * the text is scanned, compared with the text in place, so a word met before costs no string.
 * A slot is 8 integers in one typed array (hash, length, where its units are, its term ids): a
 * word met before costs one cache miss for its slot and one for its units, not one for each of
 * a hash, a key string and its text, an array and each term object.
 */
class WordTable {
  size = 0;
  readonly slots: Int32Array;
  /** Term ids of words with more than `INLINE_TERMS`. */
  more = new Int32Array(1 << 12);
  private moreUsed = 0;
  private units = new Uint16Array(1 << 20);
  private unitsUsed = 0;

  constructor(
    private readonly capacity: number,
    private readonly terms: Terms,
  ) {
    this.slots = new Int32Array(capacity * SLOT_FIELDS);
  }

  /** The slot (its first field's index in `slots`) of `text[from, to)`, `hash` its `hashOf`. */
  find(text: string, from: number, to: number, hash: number): number {
    const mask = this.capacity - 1;
    const slots = this.slots;
    const length = to - from;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT_FIELDS;
      const h = slots[at + HASH];
      if (h === 0) return this.add(at, text, from, to, hash);
      if (
        h === hash &&
        slots[at + LENGTH] === length &&
        this.same(slots[at + KEY] as number, text, from, length)
      )
        return at;
    }
  }

  /** The units at `key` are `text[from, from + length)`. */
  private same(key: number, text: string, from: number, length: number): boolean {
    const units = this.units;
    for (let k = 0; k < length; k++) if (units[key + k] !== text.charCodeAt(from + k)) return false;
    return true;
  }

  private add(at: number, text: string, from: number, to: number, hash: number): number {
    if (this.size * 2 >= this.capacity) {
      // Full: start afresh (news repeats its words; the next texts fill it again). The terms stay,
      // so a word of the text being read met again after this finds the same term.
      this.clear();
      return this.find(text, from, to, hash);
    }
    const length = to - from;
    if (this.unitsUsed + length > this.units.length) {
      const units = new Uint16Array(Math.max(this.units.length * 2, this.unitsUsed + length));
      units.set(this.units);
      this.units = units;
    }
    const key = this.unitsUsed;
    for (let k = 0; k < length; k++) this.units[key + k] = text.charCodeAt(from + k);
    this.unitsUsed += length;
    const words = readWord(text.slice(from, to));
    const ids: number[] = [];
    for (const t of words) ids.push(this.terms.idOf(t));
    const slots = this.slots;
    slots[at + HASH] = hash;
    slots[at + LENGTH] = length;
    slots[at + KEY] = key;
    slots[at + TERMS] = ids.length;
    if (ids.length <= INLINE_TERMS)
      for (let k = 0; k < ids.length; k++) slots[at + TERM + k] = ids[k] as number;
    else {
      if (this.moreUsed + ids.length > this.more.length) {
        const more = new Int32Array(this.more.length * 2 + ids.length);
        more.set(this.more);
        this.more = more;
      }
      slots[at + TERM] = this.moreUsed;
      for (const id of ids) this.more[this.moreUsed++] = id;
    }
    this.size++;
    return at;
  }

  /** Empties the table (its terms stay). */
  clear(): void {
    this.slots.fill(0);
    this.size = 0;
    this.unitsUsed = 0;
    this.moreUsed = 0;
  }
}

/** Slots of the word table (a power of two; half of them are filled before it starts afresh). */
const TABLE_SLOTS = 1 << 19;

const terms = new Terms();
let table: WordTable | null = null;

/**
 * The word table, before a text or a query word is read: emptied with the terms when there are as
 * many terms as the table has words (never in the middle of a text, whose terms must stay).
 */
function wordTable(): WordTable {
  if (table === null) table = new WordTable(TABLE_SLOTS, terms);
  else if (terms.size >= TABLE_SLOTS / 2) {
    table.clear();
    terms.clear();
  }
  return table;
}

/** FNV-1a over UTF-16 units, 0 made 1 (0 marks an empty slot). */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h || 1;
}

/**
 * The lexemes of one word in display form (harakat and tatweel gone, letters as written): none for
 * a function word; the light stem after the article (`والأمريكية` → `امريك`); a word that may
 * begin with a proclitic is indexed whole and without each proclitic it may begin with (`وقال` →
 * `وقال`, `قال`; `وبكين` → `وبك`, `بكين`, `كين`), unless lexicons/words.tsv knows it whole
 * (`وزير`). Latin words and numbers are lower-cased only.
 */
export function wordTerms(word: string): readonly string[] {
  const t = wordTable();
  const at = t.find(word, 0, word.length, hashOf(word, 0, word.length));
  const count = t.slots[at + TERMS] as number;
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const id = count <= INLINE_TERMS ? t.slots[at + TERM + k] : t.more[(t.slots[at + TERM] as number) + k];
    out.push(terms.text[id as number] as string);
  }
  return out;
}

// No closures here: tsx names each closure as it is made, a cost on every new word.
function readWord(word: string): readonly string[] {
  if (word.length > MAX_WORD) return NO_TERMS;
  const folded = fold(word);
  if (!isArabic(folded)) return [folded];
  const lex = lexicon();
  if (lex.stop.has(folded)) return NO_TERMS;
  for (const a of lex.articles)
    if (word.startsWith(a) && word.length - a.length >= MIN_STEM)
      return [stemmed(folded.slice(a.length), lex)];
  const main = stemmed(folded, lex);
  if (lex.whole.has(folded)) return [main];
  const terms = [main];
  for (const p of lex.proclitics) {
    if (!folded.startsWith(p) || folded.length - p.length < 2) continue;
    const rest = folded.slice(p.length);
    if (lex.stop.has(rest)) return NO_TERMS;
    if (rest.length < MIN_STEM) continue;
    const cut = stemmed(rest, lex);
    if (!terms.includes(cut)) terms.push(cut);
  }
  return terms;
}

/** A word's light stem, under its indexed spelling (`variant` rows). */
function stemmed(word: string, lex: SearchLexicon): string {
  const s = stem(word, lex.suffixes);
  return lex.variants.get(s) ?? s;
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

/** The text read last (`collect`): its term ids in order of first occurrence. */
let found = new Int32Array(1 << 12);
let foundCount = 0;
/** The text read last: each occurrence of a term, its term's `INDEX` and its position. */
let occurrences = 0;
let occurrenceTerm = new Int32Array(1 << 14);
let occurrencePosition = new Int32Array(1 << 14);

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function addOccurrence(index: number, position: number): void {
  if (occurrences === occurrenceTerm.length) {
    occurrenceTerm = grown(occurrenceTerm);
    occurrencePosition = grown(occurrencePosition);
  }
  occurrenceTerm[occurrences] = index;
  occurrencePosition[occurrences++] = position;
}

/**
 * Reads a text: its terms in order of first occurrence (`found`, `foundCount`), each with its
 * `COUNT` of positions; the positions themselves are the occurrences (`positionsOf`).
 */
function collect(text: string): void {
  const display = displayText(text);
  const stamp = ++stamps;
  const t = wordTable();
  const slots = t.slots;
  foundCount = 0;
  occurrences = 0;
  let position = 0;
  const n = display.length;
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
    const at = t.find(display, i, end, h || 1);
    i = end;
    const count = slots[at + TERMS] as number;
    if (count === 0) continue;
    const list = count <= INLINE_TERMS ? slots : t.more;
    const first = count <= INLINE_TERMS ? at + TERM : (slots[at + TERM] as number);
    const state = terms.state;
    for (let k = 0; k < count; k++) {
      const s = (list[first + k] as number) * TERM_FIELDS;
      if (state[s + STAMP] !== stamp) {
        state[s + STAMP] = stamp;
        state[s + INDEX] = foundCount;
        state[s + COUNT] = 1;
        state[s + LAST] = position;
        if (foundCount === found.length) found = grown(found);
        found[foundCount++] = list[first + k] as number;
        addOccurrence(foundCount - 1, position);
      } else if ((state[s + COUNT] as number) < MAX_POSITIONS && (state[s + LAST] as number) < position) {
        state[s + COUNT] = (state[s + COUNT] as number) + 1;
        state[s + LAST] = position;
        addOccurrence(state[s + INDEX] as number, position);
      }
    }
  }
}

let sorted = new Int32Array(1 << 14);
let starts = new Int32Array(1 << 12);

/**
 * The positions of the text read last, term after term (as `found` lists them), each term's in
 * ascending order; `starts[i]` is where the i-th term's begin.
 */
function positionsOf(): Int32Array {
  if (starts.length <= foundCount) starts = new Int32Array(foundCount * 2);
  if (sorted.length < occurrences) sorted = new Int32Array(occurrences * 2);
  const state = terms.state;
  let total = 0;
  for (let i = 0; i < foundCount; i++) {
    starts[i] = total;
    total += state[(found[i] as number) * TERM_FIELDS + COUNT] as number;
  }
  starts[foundCount] = total;
  // Occurrences are in text order, so each term's positions land in ascending order.
  for (let k = 0; k < occurrences; k++) {
    const i = occurrenceTerm[k] as number;
    sorted[starts[i] as number] = occurrencePosition[k] as number;
    starts[i] = (starts[i] as number) + 1;
  }
  for (let i = foundCount; i > 0; i--) starts[i] = starts[i - 1] as number;
  starts[0] = 0;
  return sorted;
}

/** Each lexeme of a text with its positions. */
export function lexemes(text: string): Map<string, number[]> {
  collect(text);
  const at = positionsOf();
  const out = new Map<string, number[]>();
  for (let i = 0; i < foundCount; i++)
    out.set(terms.text[found[i] as number] as string, [...at.subarray(starts[i], starts[i + 1])]);
  return out;
}

/** A lexeme as a tsvector or tsquery literal writes it. */
function quote(term: string): string {
  return `'${term.replace(/['\\]/gu, "$&$&")}'`;
}

/** The literal's UTF-16 units, written in place, then read as one string. */
let units = new Uint16Array(1 << 16);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = new TextDecoder(LITTLE_ENDIAN ? "utf-16le" : "utf-16be", { ignoreBOM: true });

/** The tsvector literal of a text (`'امريك':3,9 'وزير':2`), for `$1::tsvector`. */
export function searchVector(text: string): string {
  collect(text);
  if (foundCount === 0) return "";
  const at = positionsOf();
  // A position has at most 5 digits and a comma; a term a space, its quoted text and a colon.
  let size = occurrences * 6;
  for (let i = 0; i < foundCount; i++) size += (terms.quoted[found[i] as number] as string).length + 2;
  if (units.length < size) units = new Uint16Array(size * 2);
  const out = units;
  let w = 0;
  for (let i = 0; i < foundCount; i++) {
    const quoted = terms.quoted[found[i] as number] as string;
    if (i > 0) out[w++] = 0x20;
    for (let k = 0; k < quoted.length; k++) out[w++] = quoted.charCodeAt(k);
    out[w++] = 0x3a;
    const from = starts[i] as number;
    const to = starts[i + 1] as number;
    for (let k = from; k < to; k++) {
      if (k > from) out[w++] = 0x2c;
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

// The word table: each word read so far (in a text or a query) and the ids of its lexemes, and
// the lexemes met so far (`Terms`), so a word met before costs no string and no stemming.
import { readWord } from "./search-lexicon.ts";

/** Int32 fields a term has in `Terms.state`: what it has in the text being read (`collect`). */
export const TERM_FIELDS = 4;
/** The text (`collect` call) the other fields belong to. */
export const STAMP = 0;
/** Its place in that text's list of terms (order of first occurrence). */
export const INDEX = 1;
/** Its count of positions in that text, and the last of them. */
export const COUNT = 2;
export const LAST = 3;

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
export const TERMS = 3;
export const TERM = 4;
export const INLINE_TERMS = SLOT_FIELDS - TERM;

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

export const terms = new Terms();
let table: WordTable | null = null;

/**
 * The word table, before a text or a query word is read: emptied with the terms when there are as
 * many terms as the table has words (never in the middle of a text, whose terms must stay).
 */
export function wordTable(): WordTable {
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

/** 1 for a UTF-16 unit that is part of a word: letters, marks, digits. */
export const WORD_UNIT = (() => {
  const table = new Uint8Array(0x10000);
  const unit = /[\p{L}\p{M}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++)
    if (c < 0xd800 || c > 0xdfff) table[c] = unit.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
})();

/** A lexeme as a tsvector or tsquery literal writes it. */
export function quote(term: string): string {
  return `'${term.replace(/['\\]/gu, "$&$&")}'`;
}

// The tsvector literal builder: a text's words, through the word table, become its lexemes with
// their positions (`lexemes`) and the literal PostgreSQL casts (`searchVector`).
import { displayText } from "../arabic/normalize.ts";
import {
  COUNT,
  INDEX,
  INLINE_TERMS,
  LAST,
  STAMP,
  TERM,
  TERM_FIELDS,
  TERMS,
  terms,
  WORD_UNIT,
  wordTable,
} from "./search-words.ts";

/** PostgreSQL keeps positions up to 16383 and 256 of them per lexeme. */
const MAX_POSITION = 16383;
const MAX_POSITIONS = 256;

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

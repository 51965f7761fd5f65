// A text in display and key form, with its words: what both the cleaning stage (`findCited`) and the
// Arabic layer (`tokenize`) read of a document's text, one right after the other. The last text's
// reading is kept, so the second stage takes it instead of normalizing and scanning the text again.
import { Buffer } from "node:buffer";
import { endianness } from "node:os";
import { DISPLAY_STEPS, type EditedText, foldLetters, normalizeEdits } from "./normalize.ts";
import { WORD } from "./regexes.ts";
import { wordSpans } from "./words.ts";

export interface KeyedText {
  /** The text as given. */
  readonly text: string;
  /** Its display form (`DISPLAY_STEPS`), with the map back to `text`. */
  readonly display: EditedText;
  /**
   * Its key text: the display text's letters folded (`FOLD_STEPS`), the same as `normalize(text)`
   * gives. The folds keep length, so `display`'s map leads back from the key text too.
   */
  readonly key: string;
  /** Each word's start and end in `key`, as `WORD` finds them (read only). */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** The last text read (one document's text is read by two stages in turn). */
let last: KeyedText | null = null;

export function keyedText(text: string): KeyedText {
  if (last !== null && last.text === text) return last;
  const display = normalizeEdits(text, DISPLAY_STEPS);
  const key = foldWhole(display.text);
  const starts: number[] = [];
  const ends: number[] = [];
  // Through a table of UTF-16 units, in one loop; a text with surrogate pairs through the regex.
  if (!wordSpans(key, starts, ends))
    for (const m of key.matchAll(WORD)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
  last = { text, display, key, starts, ends };
  return last;
}

/**
 * The units `foldLetters` may change lie below this one (Latin capitals, Arabic letters): the
 * table holds only them, and normalize.test.ts checks every other unit of the BMP is kept.
 */
export const FOLDED_BELOW = 0x0700;

/** Each unit below FOLDED_BELOW as `foldLetters` folds it (unit by unit, keeping length). */
const UNIT_FOLDS = (() => {
  let all = "";
  for (let c = 0; c < FOLDED_BELOW; c++) all += String.fromCharCode(c);
  const folded = foldLetters(all);
  const table = new Uint16Array(FOLDED_BELOW);
  for (let c = 0; c < FOLDED_BELOW; c++) table[c] = folded.charCodeAt(c);
  return table;
})();

/** A Uint16Array's bytes read as UTF-16LE are its units only on a little-endian machine. */
const LITTLE_ENDIAN = endianness() === "LE";

/**
 * `foldLetters` of a whole text: its units folded through the table into an array that is
 * decoded at once (lone surrogates kept, as `foldLetters` keeps them). Built a slice and a letter at
 * a time, the key was a chain of hundreds of pieces to flatten (alef forms and ة are about one
 * unit in eleven): 25 µs a corpus document against 8.
 */
export function foldWhole(display: string): string {
  if (!LITTLE_ENDIAN) return foldLetters(display);
  const n = display.length;
  let i = 0;
  for (; i < n; i++) {
    const c = display.charCodeAt(i);
    if (c < FOLDED_BELOW && UNIT_FOLDS[c] !== c) break;
  }
  if (i === n) return display;
  const units = new Uint16Array(n);
  for (let k = 0; k < n; k++) {
    const c = display.charCodeAt(k);
    units[k] = c < FOLDED_BELOW ? (UNIT_FOLDS[c] as number) : c;
  }
  return Buffer.from(units.buffer, 0, n * 2).toString("utf16le");
}

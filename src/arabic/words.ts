// Words as `WORD` finds them (a letter or digit, then letters, marks, digits and tatweel), read
// through a table of UTF-16 units: no match object and no string per word. A text with characters
// outside the BMP (or lone surrogates) is left to the regex, which the table cannot stand for.

/** A character outside the BMP, or a lone surrogate. */
const ASTRAL = /[\u{10000}-\u{10FFFF}]|[\uD800-\uDFFF]/u;

/** Per UTF-16 unit: 2 may start a word (letters and digits), 1 may only continue one (marks, tatweel). */
const WORD_UNIT = (() => {
  const table = new Uint8Array(0x10000);
  const starts = /[\p{L}\p{N}]/u;
  const continues = /[\p{L}\p{M}\p{N}\u0640]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    table[c] = starts.test(ch) ? 2 : continues.test(ch) ? 1 : 0;
  }
  return table;
})();

/** True when `nextWordStart` and `wordEnd` read `text` as `WORD` does (no surrogates in it). */
export function unitScannable(text: string): boolean {
  return !ASTRAL.test(text);
}

/** Offset of the first unit at or after `from` that starts a word, or -1. */
export function nextWordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (WORD_UNIT[text.charCodeAt(i)] === 2) return i;
  return -1;
}

/** One past the last unit of the word going on at `from`. */
export function wordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && WORD_UNIT[text.charCodeAt(i)] !== 0) i++;
  return i;
}

// Words as `WORD` finds them (a letter or digit, then letters, marks, digits and tatweel), read
// through a table of UTF-16 units: no match object and no string per word. A text with surrogates
// (characters outside the BMP) is left to the regex: the table cannot stand for those.

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
  // A loop over the units costs less than a regex for characters outside the BMP.
  for (let i = 0; i < text.length; i++) if ((text.charCodeAt(i) & 0xf800) === 0xd800) return false;
  return true;
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

/**
 * The words of `text` as `WORD` finds them, pushed as [start, end) offsets onto `starts` and
 * `ends`, in one loop over the units (no call per word). False, with nothing pushed, when the text
 * has surrogates: read it with the regex then.
 */
export function wordSpans(text: string, starts: number[], ends: number[]): boolean {
  const n = text.length;
  const before = starts.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (WORD_UNIT[c] !== 2) {
      // A surrogate is no word unit, so every one of them is met here.
      if ((c & 0xf800) === 0xd800) {
        starts.length = before;
        ends.length = before;
        return false;
      }
      i++;
      continue;
    }
    const s = i;
    i++;
    while (i < n && WORD_UNIT[text.charCodeAt(i)] !== 0) i++;
    starts.push(s);
    ends.push(i);
  }
  return true;
}

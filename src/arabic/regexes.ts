// Every regular expression of the Arabic layer, named, with the `u` flag.

/** A word: letters, combining marks and digits of any script (`والصينية`, `2024`, `AI`). */
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u0640]*/gu;

/** Arabic harakat, tanwin, shadda, sukun, dagger alef and Quranic marks (`عُقِد`). */
export const DIACRITIC = /[\u064B-\u065F\u0670\u06D6-\u06ED]/u;

/** Tatweel, the elongation stroke (`الصيـــن`). */
export const TATWEEL = /\u0640/u;

/** Zero-width and bidi control characters, invisible in display (`\u200F`). */
export const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

/** Arabic presentation forms, which NFKC turns into ordinary letters (`ﻻ` → `لا`). */
export const PRESENTATION_FORM = /[\uFB50-\uFDFF\uFE70-\uFEFF]/u;

/** A combining mark or tatweel, which belongs to the letter before it (`عُ`). */
export const MARK = /[\p{M}\u0640]/u;

/** An Arabic or Latin letter, for word-boundary checks. */
export const LETTER = /[\p{L}\p{M}]/u;

/** Sentence-final punctuation: full stop, question and exclamation marks, Arabic question mark. */
export const SENTENCE_END = /[.!?؟]/u;

/** A decimal number with a point or Arabic decimal separator (`3.5`, `٣٫٥`). */
export const DECIMAL = /\d[.٫]\d/u;

/** A line made of a bullet and text, as in related-article lists (`• عنوان`). */
export const BULLET_LINE = /^\s*[•●▪◦*\-–]\s*\S/u;

/** Quotation pairs Arabic outlets use: guillemets, curly and straight double quotes. */
export const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["«", "»"],
  ["“", "”"],
  ['"', '"'],
];

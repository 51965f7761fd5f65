// Every regular expression of the Arabic layer, named, with the `u` flag.

/** A word: letters, combining marks and digits of any script (`والصينية`, `2024`, `AI`). */
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u0640]*/gu;

/** Arabic harakat, tanwin, shadda, sukun, dagger alef and Quranic marks (`عُقِد`). */
export const DIACRITIC = /[\u064B-\u065F\u0670\u06D6-\u06ED]/u;

/** Tatweel, the elongation stroke (`الصيـــن`). */
export const TATWEEL = /\u0640/u;

/** Zero-width and bidi control characters and the soft hyphen, invisible in display (`\u200F`). */
export const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

/** Persian and Urdu letters with an Arabic counterpart (`ی ک ۀ`). */
export const PERSIAN_LETTER = /[\u06A9\u06AA\u06BE\u06C0\u06C1\u06C3\u06CC\u06D0\u06D2\u06D5]/u;

/** Arabic-Indic and Eastern Arabic-Indic digits (`٢٠٢٤`, `۲۰۲۴`). */
export const ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/u;

/** Alef with hamza above or below, with madda, and alef wasla (`أ إ آ ٱ`). */
export const ALEF_VARIANT = /[\u0622\u0623\u0625\u0671]/u;

/** Alef maksura (`ى`). */
export const ALEF_MAKSURA = /\u0649/u;

/** Teh marbuta (`ة`). */
export const TEH_MARBUTA = /\u0629/u;

/** A letter that matching keys fold: alef forms, alef maksura, teh marbuta, Latin capitals. */
export const FOLDED_LETTER = /[\u0622\u0623\u0625\u0671\u0649\u0629A-Z]/gu;

/** An Arabic letter, so a token is a word a segmenter may cut (`بكين`, not `2024` or `AI`). */
export const ARABIC_LETTER = /(?=\p{L})\p{Script=Arabic}/u;

/** A word of Arabic letters only: a name read from the text (`فيليو`, not `لـCNN` or `Team`). */
export const ARABIC_WORD = /^\p{Script=Arabic}+$/u;

/** `إن`, `أن`, `بأن` written with the hamza, not a bare `ان` that may be a syllable (`بي ان`). */
export const HAMZA_ALEF = /^ب?[أإ]/u;

/** A third-person pronoun at the end of a word (`عنها` = عن + ها, `فيهم` = في + هم). */
export const THIRD_PERSON_SUFFIX = /(?:ه|ها|هم|هما|هن)$/u;

/** The definite article at the start of a word (`الصين`). */
export const AL = /^ال/u;

/** The long vowels و and ي, which a light stem drops inside a word (`أميركي`/`أمريكي`). */
export const INNER_VOWEL = /[وي]/gu;

/** A capital Latin letter (`AI`). */
export const LATIN_CAPITAL = /[A-Z]/u;

/** Arabic presentation forms, which NFKC turns into ordinary letters (`ﻻ` → `لا`). */
export const PRESENTATION_FORM = /[\uFB50-\uFDFF\uFE70-\uFEFF]/u;

/** A combining mark or tatweel, which belongs to the letter before it (`عُ`). */
export const MARK = /[\p{M}\u0640]/u;

/** An Arabic or Latin letter, for word-boundary checks. */
export const LETTER = /[\p{L}\p{M}]/u;

/** Sentence-final punctuation: full stop, question and exclamation marks, Arabic question mark. */
export const SENTENCE_END = /[.!?؟]/u;

/** A line break or sentence-final punctuation: the characters `splitSentences` stops at. */
export const SENTENCE_STOP = new RegExp(`\\n|${SENTENCE_END.source}`, "gu");

/** Closing marks that may follow a sentence's final stop (`…المتحدة".`, `(…).`). */
export const SENTENCE_CLOSER = /["»”'’)]/u;

/** Whitespace of any kind, line breaks included. */
export const SPACE = /\s/u;

/** The word, abbreviation or number right before a full stop (`د`, `U.S`, `2024م`). */
export const WORD_BEFORE = /[\p{L}\p{M}\p{N}.]+$/u;

/** Abbreviations a full stop follows without ending the sentence: one letter (`د.`, `J.`) or a Latin title. */
export const ABBREVIATION =
  /^(?:\p{L}|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|No|vs|etc|Inc|Ltd|Co|Gen|Col|Lt|Capt|Sgt|U\.S|U\.K|U\.N|a\.m|p\.m|e\.g|i\.e)$/u;

/** The number of a list item at the start of a line (`1.`, `١٢.`). */
export const LIST_NUMBER = /^\p{Nd}{1,3}$/u;

/** Words left inside a quotation after a stop: the quotation, and so the sentence, goes on. */
export const QUOTED_WORDS = /[\p{L}\p{N}]/u;

/** A number token, maybe after the conjunction (`2024`, `و3`); keys have Arabic-Indic digits folded. */
export const DIGITS = /^و?(\d+)$/u;

/** A token of digits only (`5` in `3.5`). */
export const PLAIN_DIGITS = /^\d+$/u;

/** The gap inside a decimal number: a point or the Arabic decimal separator (`3.5`, `٣٫٥`). */
export const DECIMAL_POINT = /^[.\u066B]$/u;

/** The gap between thousands groups: a comma or the Arabic thousands separator (`1,500`, `١٬٥٠٠`). */
export const THOUSANDS_SEPARATOR = /^[,\u066C]$/u;

/** A group of three digits after a thousands separator (`500` in `1,500`). */
export const THOUSANDS_GROUP = /^\d{3}$/u;

/** A four-digit Gregorian or three- or four-digit Hijri year, with its era letter (`2025م`, `1446هـ`). */
export const YEAR_NUMBER = /^(\d{3,4})(ه|م)?$/u;

/**
 * A day of the month in digits, maybe after the conjunction (`8`, `و9`) or the article with its
 * stretch (`في الـ14 من مايو`, whose token's key is `ال14`).
 */
export const DAY_NUMBER = /^و?(?:ال)?(\d{1,2})$/u;

/** One or two digits: a day or month in a date written in digits (`8`, `01`). */
export const TWO_DIGITS = /^\d{1,2}$/u;

/** Four digits: the year of a date written in digits (`2024`). */
export const FOUR_DIGITS = /^\d{4}$/u;

/** The separator of a date in digits (`8/1/2024`, `2024-01-08`, `8.1.2024`). */
export const DATE_SEPARATOR = /^[/.-]$/u;

/** The gap before a month's other name (`كانون الثاني/يناير`, `أبريل (نيسان)`). */
export const ALTERNATE_NAME = /[/(]/u;

/** A dash between the two days of a range (`8-10 مارس`). */
export const DAY_RANGE_DASH = /^\s*[-–]\s*$/u;

/** An ISO date as the publication date is given (`2024-03-10`, `2024-03`, `2024`). */
export const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

/** A decimal digit of any script (`3`, `٣`). */
export const ANY_DIGIT = /\p{Nd}/u;

/** Any character that is not whitespace. */
export const NON_SPACE = /\S/u;

/** Punctuation that ends a sentence or a line, which a date does not cross. */
export const SENTENCE_BREAK = /[.؟!\n]/u;

/** A decimal number with a point or Arabic decimal separator (`3.5`, `٣٫٥`). */
export const DECIMAL = /\d[.٫]\d/u;

/** A line made of a bullet and text, as in related-article lists (`• عنوان`). */
export const BULLET_LINE = /^\s*[•●▪◦*\-–]\s*\S/u;

/** Punctuation between two tokens that ends the words naming a speaker (`قال الوزير، في بيان`). */
export const SPEAKER_END = /[,،:؛;.!?؟«»"“”()\n\-–—]/u;

/** Quotation pairs Arabic outlets use: guillemets, curly and straight double quotes. */
export const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["«", "»"],
  ["“", "”"],
  ['"', '"'],
];

/** Harakat and tatweel: marks a word's letters are read without. */
const MARKS = /[\u064B-\u0652\u0640]/gu;

/** A word as its letters (`عقوبةً` → `عقوبة`): the tests of endings and shapes read it so. */
export function unmarked(text: string): string {
  return text.replace(MARKS, "");
}

/** A token's key written in digits only (`14`, `2018`); keys fold Arabic-Indic digits to these. */
export const DIGITS_KEY = /^[0-9]+$/u;

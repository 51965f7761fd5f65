// Regular expressions of the clean stage, named.

/** A wire dateline that opens a body: optional place, outlet in parentheses, a dash (`(رويترز) –`, `دبي (CNN)--`). */
export const DATELINE = /^([^()\n]{0,60}?)\(([^()\n]{2,40})\)\s*[-–—]+\s*/u;

/** A dateline whose outlet is a Latin name, dash optional (`أتلانتا، الولايات المتحدة (CNN) نفى …`). */
export const DATELINE_LATIN =
  /^([^()\n]{0,60}?)\(([A-Z][A-Za-z.&]{1,15}(?: [A-Z][A-Za-z.&]{1,15}){0,2})\)\s*[-–—]*\s*/u;

/** A line ending like a sentence, so not a headline (`…الأربعاء.`). */
export const SENTENCE_FINAL = /[.!?؟:…]["»”']?\s*$/u;

/** English-style header dates: `30th, November 2023 GMT`, `Sun, 18 Feb 2018 19:49:50 GMT`. */
export const ENGLISH_DATE = /\b(\d{1,2})(?:st|nd|rd|th)?,?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/u;

/** A header time in UTC, ending the value: `Sun, 15 Apr 2018 05:50:25 GMT`, `04 Apr 2018 07:19 +0000` (day, month, year, hour). */
export const UTC_HEADER_TIME =
  /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+(\d{2}):\d{2}(?::\d{2})?\s*(?:GMT|UTC|Z|[+-]0000)\s*$/u;

/** English month-first dates: `November 30, 2023`. */
export const ENGLISH_DATE_MONTH_FIRST = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u;

/** ISO dates, with or without a time: `2024-05-16`, `2024-05-16T08:00:00Z`. */
export const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/u;

/** Day/month/year with slashes, dots or dashes: `16/05/2024`. */
export const DMY_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/u;

/** Separators of a keyword line: Arabic and Latin commas, semicolons, bars. */
export const KEYWORD_SEPARATOR = /\s*[،,;؛|]\s*/u;

/** Punctuation and spaces that may follow a heading phrase (`إقرأ أيضاً:`). */
export const HEADING_TAIL = /^[\s:：\-–—.]*$/u;

/** What separates the words of a class or id (`share-bar`, `related_posts`, `a b`). */
export const CLASS_WORD_SEPARATOR = /[\s_-]+/u;

/** A run of whitespace, collapsed to one space in HTML text. */
export const WHITESPACE_RUN = /\s+/gu;

/** A value on one line: its whitespace runs made one space, trimmed. */
export function oneLine(s: string): string {
  return s.replace(WHITESPACE_RUN, " ").trim();
}

/** A JSON-LD @type of a news article (`NewsArticle`, `ReportageNewsArticle`, `BlogPosting`). */
export const JSONLD_ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/u;

/** An HTML tag, to tell a fragment from plain text (`<p>`, `</div>`, `<br/>`). */
export const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/iu;

/** Zero-width and bidi control characters, the soft hyphen and a stray byte-order mark. */
export const INVISIBLE_CHARS = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;

/** A run of Arabic presentation forms, which NFKC turns into ordinary letters (`ﻻ` → `لا`). */
export const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFE]+/gu;

/** Spaces that are not U+0020: no-break, narrow and ideographic spaces. */
export const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu;

/** A line of only punctuation or symbols: a separator rule (`-----`, `***`). */
export const SEPARATOR_LINE = /^[\p{P}\p{S}\s]+$/u;

/** A line that ends a sentence or introduces what follows (`.`, `:`, `،`), so it is body text. */
export const CLAUSE_FINAL = /[.:،,؛;…]["»”'()]*\s*$/u;

/** A line that ends with a question or exclamation mark. */
export const QUESTION_FINAL = /[؟?!]["»”']*\s*$/u;

/** The first word of a line opens with the conjunction و or ف (`وقال`), as body sentences do. */
export const CONJUNCTION_START = /^[وف]\p{L}/u;

/** A word for citation cues: letters, marks, digits and tatweel (`لـ`, `وأفادت`, `CNN`). */
export const CITATION_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u0640]*/gu;

/** An opening quotation mark right ahead, after spaces (`«`, `"`, `“`). */
export const QUOTE_OPEN = /^\s*[«"“]/u;

/** What separates a page's title from its site's name (`عنوان الخبر | اسم الموقع`). */
export const TITLE_SITE_SEPARATOR = /\s+(?:\||::|-|–|—|»)\s+/u;

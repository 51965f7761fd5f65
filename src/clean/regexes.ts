// Regular expressions of the clean stage, named.

/** A wire dateline that opens a body: optional place, outlet in parentheses, a dash (`(رويترز) –`, `دبي (CNN)--`). */
export const DATELINE = /^([^()\n]{0,60}?)\(([^()\n]{2,40})\)\s*[-–—]+\s*/u;

/** A line ending like a sentence, so not a headline (`…الأربعاء.`). */
export const SENTENCE_FINAL = /[.!?؟:…]["»”']?\s*$/u;

/** English-style header dates: `30th, November 2023 GMT`, `Sun, 18 Feb 2018 19:49:50 GMT`. */
export const ENGLISH_DATE = /\b(\d{1,2})(?:st|nd|rd|th)?,?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/u;

/** English month-first dates: `November 30, 2023`. */
export const ENGLISH_DATE_MONTH_FIRST = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u;

/** ISO dates, with or without a time: `2024-05-16`, `2024-05-16T08:00:00Z`. */
export const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/u;

/** Day/month/year with slashes, dots or dashes: `16/05/2024`. */
export const DMY_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/u;

/** Separators of a keyword line: Arabic and Latin commas, semicolons, bars. */
export const KEYWORD_SEPARATOR = /\s*[،,;؛|]\s*/u;

/** Punctuation and spaces that may follow a heading phrase (`إقرأ أيضاً:`). */
export const HEADING_TAIL = /^[\s:：\-–—.]*$/u;

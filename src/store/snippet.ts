// Snippets for search hits, made in JavaScript from the query's stems: PostgreSQL's ts_headline
// re-reads and stems the whole article for every hit, which cost more than the search itself. A
// word matches when `wordTerms`, which made the index, gives it one of the stems.
import { DISPLAY_STEPS, normalize } from "../arabic/normalize.ts";
import { wordTerms } from "./search-terms.ts";

/** A word with its offsets: letters, marks and digits (`الأمريكية`, `2018`). */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export interface SnippetOptions {
  /** Words shown before the first match. */
  before: number;
  /** Words shown from the first match on. */
  after: number;
}

export const DEFAULT_SNIPPET: SnippetOptions = { before: 6, after: 14 };

/**
 * The words around the first word whose lexemes (`wordTerms`) include one of `stems` (a query's,
 * `searchQuery`), matches between « »;
 * the opening words when none is (the match was in the title).
 */
export function snippet(
  text: string,
  stems: readonly string[],
  options: SnippetOptions = DEFAULT_SNIPPET,
): string {
  const keys = new Set(stems);
  const words = [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
  const isMatch = (w: { text: string }) =>
    wordTerms(normalize(w.text, DISPLAY_STEPS).text).some((t) => keys.has(t));
  const first = words.findIndex(isMatch);
  const from = Math.max(0, first - options.before);
  const to = Math.min(words.length, (first < 0 ? 0 : first) + options.after);
  const shown = words.slice(from, to);
  if (shown.length === 0) return "";
  let out = "";
  let at = (shown[0] as { start: number }).start;
  for (const w of shown) {
    out += text.slice(at, w.start) + (isMatch(w) ? `«${w.text}»` : w.text);
    at = w.end;
  }
  const head = from > 0 ? "… " : "";
  const tail = to < words.length ? " …" : "";
  return `${head}${out.replace(/\s+/gu, " ").trim()}${tail}`;
}

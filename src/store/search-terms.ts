// The full-text index's words, made in JavaScript: a text becomes a tsvector literal (lexemes with
// their positions) in the analysis worker threads, and a user's query becomes a tsquery literal
// through the same `wordTerms`, so the index and the query always stem alike. PostgreSQL only
// casts the literals (`$1::tsvector`, `$1::tsquery`); its `arabic` parser and stemmer, a seventh
// of the writer's time, are not used. The word lists are lexicons/search.tsv.
// This module is the query side; the word lists and stems are in search-lexicon.ts, the word
// table in search-words.ts, the tsvector literal in search-vector.ts.
import { DISPLAY_STEPS, normalize } from "../arabic/normalize.ts";
import { quote, WORD_UNIT, wordTerms } from "./search-words.ts";

export { SEARCH_VERSION, searchFingerprint } from "./search-lexicon.ts";
export { lexemes, searchVector } from "./search-vector.ts";
export { wordTerms } from "./search-words.ts";

/** Calls `visit` with each word of display text and its position (1, 2, …; function words count). */
function eachWord(display: string, visit: (word: string, position: number) => void): void {
  let position = 0;
  const n = display.length;
  for (let i = 0; i < n;) {
    if (WORD_UNIT[display.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && WORD_UNIT[display.charCodeAt(end)] === 1) end++;
    visit(display.slice(i, end), ++position);
    i = end;
  }
}

/** A query as `searchQuery` reads it: the tsquery literal and the stems snippets look for. */
export interface SearchQuery {
  tsquery: string;
  /** Lexemes of the words searched for (not of `-word`s). */
  stems: string[];
}

/** One word's lexemes as a tsquery operand: `'امريك'`, or `( 'وقال' | 'قال' )`. */
function operand(terms: readonly string[]): string {
  return terms.length === 1 ? quote(terms[0] as string) : `( ${terms.map(quote).join(" | ")} )`;
}

/** Words of a phrase as one operand: `'a' <-> 'b'`, `'a' <2> 'c'` over a function word; null if none. */
function phrase(words: readonly string[], stems: Set<string> | null): string | null {
  let out = "";
  let gap = 0;
  for (const word of words) {
    gap++;
    const terms = wordTerms(word);
    if (terms.length === 0) continue;
    if (stems) for (const t of terms) stems.add(t);
    out += out === "" ? operand(terms) : ` <${gap === 1 ? "-" : gap}> ${operand(terms)}`;
    gap = 0;
  }
  return out === "" ? null : out;
}

/**
 * A user's query as a tsquery literal, read as `websearch_to_tsquery` reads one: words are all
 * needed, `"…"` is a phrase, `-word` or `-"…"` must be absent, `or` between two terms takes
 * either; each word stems through `wordTerms`, as the index does. Null when nothing is left to
 * search for (only function words).
 */
export function searchQuery(query: string): SearchQuery | null {
  const display = normalize(query, DISPLAY_STEPS).text;
  const stems = new Set<string>();
  const parts: string[] = [];
  let pendingOr = false;
  // A unit: an optional -, then a quoted phrase or a run of non-space characters.
  for (const m of display.matchAll(/(-?)(?:"([^"]*)"?|([^\s"]+))/gu)) {
    const negated = m[1] === "-";
    const text = m[2] ?? m[3] ?? "";
    if (m[2] === undefined && !negated && text.toLowerCase() === "or") {
      pendingOr = parts.length > 0;
      continue;
    }
    const words: string[] = [];
    eachWord(text, (w) => words.push(w));
    const unit = phrase(words, negated ? null : stems);
    if (unit === null) continue;
    const term = negated ? `!( ${unit} )` : `( ${unit} )`;
    parts.push(parts.length === 0 ? term : `${pendingOr ? "|" : "&"} ${term}`);
    pendingOr = false;
  }
  if (stems.size === 0) return null;
  return { tsquery: parts.join(" "), stems: [...stems] };
}

// Quoted spans: «…», “…” and "…" within a paragraph.
import type { QuoteSpan } from "../pipeline/types.ts";
import { QUOTE_PAIRS } from "./regexes.ts";

/** Longest quotation Rasd accepts; an unclosed mark must not swallow an article. */
const MAX_QUOTE = 1200;

export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let i = 0;
    while (i < text.length) {
      const a = text.indexOf(open, i);
      if (a < 0) break;
      const b = text.indexOf(close, a + 1);
      const newline = text.indexOf("\n", a + 1);
      if (b < 0 || (newline >= 0 && newline < b) || b - a > MAX_QUOTE) {
        i = a + 1;
        continue;
      }
      out.push({ start: a, end: b + 1, inner: { start: a + 1, end: b } });
      i = b + 1;
    }
  }
  return out
    .sort((x, y) => x.start - y.start)
    .filter((q, k, all) => k === 0 || q.start >= (all[k - 1] as QuoteSpan).end);
}

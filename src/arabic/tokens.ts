// Tokens with offsets into the original text, and their clitic-stripped keys.
import type { BareForm, Token } from "../pipeline/types.ts";
import { type MappedText, normalize } from "./normalize.ts";
import { MARK, WORD } from "./regexes.ts";

export interface TokenizeOptions {
  /** Proclitic keys, longest first (`وب`, `و`). A bare form is only offered; lexicons decide. */
  proclitics: readonly string[];
}

/** Shortest bare form worth offering: `ولد` must not become `لد`. */
const MIN_BARE = 2;

export function tokenize(text: string, options: TokenizeOptions): { tokens: Token[]; key: MappedText } {
  const key = normalize(text);
  const tokens: Token[] = [];
  for (const m of key.text.matchAll(WORD)) {
    const s = m.index;
    const e = s + m[0].length;
    const start = key.origin[s] as number;
    const end = extendOverMarks(text, (key.origin[e - 1] as number) + 1);
    const prev = tokens[tokens.length - 1];
    const linked = prev !== undefined && /^[ \t\u00A0]+$/u.test(text.slice(prev.end, start));
    tokens.push({
      start,
      end,
      text: text.slice(start, end),
      key: m[0],
      bare: bareForms(m[0], options),
      sentence: 0,
      linked,
    });
  }
  return { tokens, key };
}

/** Keeps harakat and tatweel that close a word inside its span (`عُقِدَ`). */
function extendOverMarks(text: string, end: number): number {
  let e = end;
  while (e < text.length && MARK.test(text[e] as string)) e++;
  return e;
}

/** Keys of the word without its proclitics (`والصين` → `الصين`; `للصين` → `لصين`, `الصين`). */
export function bareForms(key: string, options: TokenizeOptions): BareForm[] {
  const out: BareForm[] = [];
  const seen = new Set<string>();
  const add = (k: string, prefix: string, stripped: number) => {
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ key: k, prefix, stripped });
  };
  for (const p of options.proclitics) {
    if (!key.startsWith(p) || key.length - p.length < MIN_BARE) continue;
    const rest = key.slice(p.length);
    add(rest, p, p.length);
    // ل + ال contracts to لل: للصين is ل + الصين, and its span is صين.
    if (p.endsWith("ل") && rest.startsWith("ل")) add(`ا${rest}`, p, p.length + 1);
  }
  return out;
}

/** Offset inside `word` after its first `letters` letters and their marks (`وَبكين`, 1 → 2). */
export function offsetAfterLetters(word: string, letters: number): number {
  let seen = 0;
  let i = 0;
  while (i < word.length && seen < letters) {
    if (!MARK.test(word[i] as string)) seen++;
    i++;
  }
  while (i < word.length && MARK.test(word[i] as string)) i++;
  return i;
}

// A trie of phrases keyed by token keys: finds the longest lexicon phrase at a token.
import type { Token } from "../pipeline/types.ts";
import { keyOf } from "./normalize.ts";
import { WORD } from "./regexes.ts";

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

export interface PhraseMatch<T> {
  /** One past the last token of the match. */
  end: number;
  values: T[];
  /** Letters of the first token that proclitics took (`وبكين` → 1). */
  stripped: number;
  /** Those proclitics as a key (`و`). */
  prefix: string;
}

export interface MatchOptions {
  /** Try the first token without its proclitics too (`والصين`). */
  bare?: boolean;
}

/** Splits a phrase into token keys the way the tokenizer does (`وزارة الدفاع` → two keys). */
export function phraseKeys(phrase: string): string[] {
  return [...keyOf(phrase).matchAll(WORD)].map((m) => m[0]);
}

export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };
  size = 0;
  /** The token array of the last `matchAt` and its answers by token (with and without `bare`). */
  private memoTokens: readonly Token[] | null = null;
  private memoWhole: Array<PhraseMatch<T> | null | undefined> = [];
  private memoBare: Array<PhraseMatch<T> | null | undefined> = [];

  add(phrase: string, value: T): void {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) return;
    this.memoTokens = null;
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    node.values.push(value);
    this.size++;
  }

  /**
   * The longest phrase that starts at token `i`, or null. The stages ask one index about the same
   * token several times (the recognizer, then the events' party units), so the answers for the
   * last token array are kept: the tokens of a document must not change once matched.
   */
  matchAt(tokens: readonly Token[], i: number, options?: MatchOptions): PhraseMatch<T> | null {
    const first = tokens[i];
    if (!first) return null;
    if (tokens !== this.memoTokens) {
      this.memoTokens = tokens;
      this.memoWhole = [];
      this.memoBare = [];
    }
    const memo = options?.bare ? this.memoBare : this.memoWhole;
    const known = memo[i];
    if (known !== undefined) return known;
    // The first look-up here: most tokens begin no phrase, and a call is not free.
    const start = this.root.next;
    let node = start.get(first.key);
    let best = node ? this.longest(tokens, i, node, 0, "", null) : null;
    if (options?.bare)
      for (const b of first.bare) {
        node = start.get(b.key);
        if (node) best = this.longest(tokens, i, node, b.stripped, b.prefix, best);
      }
    while (memo.length < i) memo.push(undefined);
    if (memo.length === i) memo.push(best);
    else memo[i] = best;
    return best;
  }

  /** `best`, or a longer match from token `i`, read as the key of `first` (`stripped` letters gone). */
  private longest(
    tokens: readonly Token[],
    i: number,
    first: TrieNode<T>,
    stripped: number,
    prefix: string,
    best: PhraseMatch<T> | null,
  ): PhraseMatch<T> | null {
    let node: TrieNode<T> | undefined = first;
    let j = i + 1;
    while (node) {
      // Longest wins; at equal length the fewer letters stripped (وبكين is و + بكين, not وب + كين).
      if (node.values.length > 0 && (!best || j > best.end || (j === best.end && stripped < best.stripped)))
        best = { end: j, values: node.values, stripped, prefix };
      const t = tokens[j];
      if (!t?.linked) break;
      node = node.next.get(t.key);
      j++;
    }
    return best;
  }
}

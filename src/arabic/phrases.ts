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

/** `{ bare: true }` made once: callers that ask about every token pass this, not a new object each time. */
export const BARE: MatchOptions = Object.freeze({ bare: true });

/** Splits a phrase into token keys the way the tokenizer does (`وزارة الدفاع` → two keys). */
export function phraseKeys(phrase: string): string[] {
  return [...keyOf(phrase).matchAll(WORD)].map((m) => m[0]);
}

/** Bits of a first-key filter: 64 k, so 8 kB an index, which stays in the processor's caches. */
const FILTER_BITS = 1 << 16;

/**
 * A 16-bit hash of a key from its length and all its units (FNV-1a steps, then a mix). Made once per
 * token and bare form (tokenize). It read only the first two and last two units: Arabic keys share
 * those (`ال…ية`), so the entity index's 5,487 first keys fell in 3,209 slots and half the tokens that
 * passed its filter began no phrase; over every unit, 5,250 slots, and a quarter fewer tokens pass to
 * the map (the scan masks and SlotSets gain alike). No unit past either end is read, which had also
 * thrown the compiled function away for short keys.
 */
export function filterSlot(key: string): number {
  const n = key.length;
  let h = Math.imul(n, 0x9e3779b1);
  for (let i = 0; i < n; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) & 0xffff;
}

export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };
  /**
   * A bit for the `filterSlot` of each first key: most tokens begin no phrase, and a clear bit
   * says so without a look-up in the first level's map (thousands of keys, often out of cache).
   */
  private readonly firstKeys = new Uint8Array(FILTER_BITS >> 3);
  size = 0;
  /** The token array of the last `matchAt` and its answers by token (with and without `bare`). */
  private memoTokens: readonly Token[] | null = null;
  private readonly memoWhole: Array<PhraseMatch<T> | null | undefined> = [];
  private readonly memoBare: Array<PhraseMatch<T> | null | undefined> = [];
  /** One past the highest token asked about for `memoTokens`. */
  private memoEnd = 0;

  /**
   * `refused`: a proclitic letter no phrase of this index takes, so a bare form whose proclitics hold
   * it is not read (a name takes no future prefix: سكوبيا is no كوبيا, سقطرى no قطر).
   */
  constructor(private readonly refused: string | null = null) {}

  add(phrase: string, value: T): void {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) return;
    this.memoTokens = null;
    const slot = filterSlot(keys[0] as string);
    this.firstKeys[slot >> 3] = (this.firstKeys[slot >> 3] as number) | (1 << (slot & 7));
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
   * The keys a phrase may begin with (a token none of whose keys is here begins no match); with
   * `where`, only those that begin a phrase with a value it accepts.
   */
  startKeys(where?: (value: T) => boolean): string[] {
    const keys: string[] = [];
    const holds = (node: TrieNode<T>): boolean => {
      if (where === undefined || node.values.some(where)) return true;
      for (const child of node.next.values()) if (holds(child)) return true;
      return false;
    };
    for (const [key, node] of this.root.next) if (holds(node)) keys.push(key);
    return keys;
  }

  /**
   * The longest phrase that starts at token `i`, or null. The stages ask one index about the same
   * token several times (the recognizer, then the events' party units), so the answers for the
   * last token array are kept: the tokens of a document must not change once matched.
   */
  matchAt(tokens: readonly Token[], i: number, options?: MatchOptions): PhraseMatch<T> | null {
    const first = tokens[i];
    if (!first) return null;
    // The filter first, here and not in a call (V8 inlines none, bin/rasd.js): at most tokens
    // neither the key nor a bare form has its bit, no phrase begins there, and that answer is not
    // remembered (the test is cheaper than the memo's bookkeeping). The slots were made with the
    // tokens (tokenize); a token made elsewhere gets them here.
    const filter = this.firstKeys;
    let slot = first.slot ?? filterSlot(first.key);
    let pass = ((filter[slot >> 3] as number) & (1 << (slot & 7))) !== 0;
    if (!pass && options?.bare)
      for (const b of first.bare) {
        slot = b.slot ?? filterSlot(b.key);
        if (((filter[slot >> 3] as number) & (1 << (slot & 7))) !== 0) {
          pass = true;
          break;
        }
      }
    if (!pass) return null;
    if (tokens !== this.memoTokens) {
      // The arrays are emptied, not made again: one per index and document was a share of the
      // garbage every document left (each grows to the document's last token asked about).
      this.memoTokens = tokens;
      this.memoWhole.fill(undefined, 0, this.memoEnd);
      this.memoBare.fill(undefined, 0, this.memoEnd);
      this.memoEnd = 0;
    }
    // Past the last token asked about in this document, both arrays hold only undefined.
    if (i >= this.memoEnd) this.memoEnd = i + 1;
    const memo = options?.bare ? this.memoBare : this.memoWhole;
    const known = memo[i];
    if (known !== undefined) return known;
    slot = first.slot ?? filterSlot(first.key);
    let best: PhraseMatch<T> | null = null;
    if (((filter[slot >> 3] as number) & (1 << (slot & 7))) !== 0) {
      const node = this.root.next.get(first.key);
      if (node) best = this.longest(tokens, i, node, 0, "", null);
    }
    if (options?.bare)
      for (const b of first.bare) {
        slot = b.slot ?? filterSlot(b.key);
        if (((filter[slot >> 3] as number) & (1 << (slot & 7))) === 0) continue;
        if (this.refused !== null && b.prefix.includes(this.refused)) continue;
        const node = this.root.next.get(b.key);
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

// MinHash over word shingles, pure of the database: the words of a text on matching keys, their
// shingle hashes, signatures and LSH band hashes. Made in the analysis worker threads
// (`prepareForStore`) and by stories; duplicates.ts stores and compares them.
import { keyOf } from "../arabic/normalize.ts";

export interface MinHashOptions {
  /** Words per shingle. */
  shingleSize: number;
  /** Hash functions in a signature; bands × rows. */
  permutations: number;
  bands: number;
  seed: number;
}

/** Fixed for a database: stored band hashes are only comparable under the same settings. */
export const MINHASH: MinHashOptions = { shingleSize: 3, permutations: 128, bands: 32, seed: 0x52617364 };

/** Whether signatures made under two settings are comparable: the same settings, by value. */
export function sameMinHash(a: MinHashOptions, b: MinHashOptions): boolean {
  return (
    a.shingleSize === b.shingleSize &&
    a.permutations === b.permutations &&
    a.bands === b.bands &&
    a.seed === b.seed
  );
}

/** A word of the matching key text: letters and digits (`الصين`, `2024`). */
const KEY_WORD_POINT = /^[\p{L}\p{N}]$/u;
/** 1 for each UTF-16 unit outside the surrogates that KEY_WORD_POINT takes: words found without a regex. */
const WORD_UNIT = (() => {
  const out = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++)
    if ((c < 0xd800 || c > 0xdfff) && KEY_WORD_POINT.test(String.fromCharCode(c))) out[c] = 1;
  return out;
})();

/** MurmurHash3's finalizer: a fast, well-mixed permutation of 32-bit integers. */
function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One seed per hash function, from splitmix32 so they are spread and reproducible. */
function seeds(options: MinHashOptions): Uint32Array {
  const out = new Uint32Array(options.permutations);
  let state = options.seed >>> 0;
  for (let i = 0; i < out.length; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    out[i] = fmix32(state);
  }
  return out;
}

/** The seeds of the last settings asked for (one set of settings per caller, in practice two). */
const seedCache = new Map<string, Uint32Array>();
function seedsOf(options: MinHashOptions): Uint32Array {
  const key = `${options.permutations}:${options.seed}`;
  let s = seedCache.get(key);
  if (s === undefined) {
    s = seeds(options);
    seedCache.set(key, s);
  }
  return s;
}

/** The words of `text` on matching keys (alef, ى/ي, ة/ه, harakat folded): what shingles are made of. */
export function keyWords(text: string): string[] {
  const key = keyOf(text);
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let word: boolean;
    let width = 1;
    if (c < 0xd800 || c > 0xdbff) word = WORD_UNIT[c] === 1;
    else {
      // A surrogate pair: one code point, a letter or digit as KEY_WORD decides.
      const low = key.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        width = 2;
        word = KEY_WORD_POINT.test(key.slice(i, i + 2));
      } else word = false;
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(key.slice(start, i));
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) out.push(key.slice(start));
  return out;
}

/**
 * 32-bit FNV-1a of `words[from, from + size)` joined by single spaces, without making the string:
 * `fnv1a(words.slice(from, from + size).join(" "))`.
 */
function fnv1aWords(words: readonly string[], from: number, size: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < from + size; w++) {
    if (w > from) {
      h ^= 0x20;
      h = Math.imul(h, 0x01000193);
    }
    const word = words[w] as string;
    for (let i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

/** Hashes of the word shingles of `words` (`keyWords`): `size` words each, or all when fewer. */
export function wordShingles(words: readonly string[], size: number): Set<number> {
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length < size) out.add(fnv1aWords(words, 0, words.length));
  for (let i = 0; i + size <= words.length; i++) out.add(fnv1aWords(words, i, size));
  return out;
}

/** Hashes of the word shingles of `text`, on matching keys (alef, ى/ي, ة/ه, harakat folded). */
export function shingles(text: string, size: number): Set<number> {
  return wordShingles(keyWords(text), size);
}

/** The MinHash signature of a shingle set (empty for an empty set). */
export function signature(hashes: ReadonlySet<number>, options: MinHashOptions = MINHASH): number[] {
  if (hashes.size === 0) return [];
  const s = seedsOf(options);
  const values = Uint32Array.from(hashes);
  const n = values.length;
  const out: number[] = [];
  // Each permutation over all hashes, its minimum in a local: fmix32(h ^ seed), inlined.
  // Four permutations a pass, so each hash is loaded once for all four.
  let i = 0;
  for (; i + 3 < s.length; i += 4) {
    const seedA = s[i] as number;
    const seedB = s[i + 1] as number;
    const seedC = s[i + 2] as number;
    const seedD = s[i + 3] as number;
    let minA = 0xffffffff;
    let minB = 0xffffffff;
    let minC = 0xffffffff;
    let minD = 0xffffffff;
    for (let k = 0; k < n; k++) {
      const h = values[k] as number;
      let a = h ^ seedA;
      let b = h ^ seedB;
      let c = h ^ seedC;
      let d = h ^ seedD;
      a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
      b = Math.imul(b ^ (b >>> 16), 0x85ebca6b);
      c = Math.imul(c ^ (c >>> 16), 0x85ebca6b);
      d = Math.imul(d ^ (d >>> 16), 0x85ebca6b);
      a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
      b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
      c = Math.imul(c ^ (c >>> 13), 0xc2b2ae35);
      d = Math.imul(d ^ (d >>> 13), 0xc2b2ae35);
      a = (a ^ (a >>> 16)) >>> 0;
      b = (b ^ (b >>> 16)) >>> 0;
      c = (c ^ (c >>> 16)) >>> 0;
      d = (d ^ (d >>> 16)) >>> 0;
      if (a < minA) minA = a;
      if (b < minB) minB = b;
      if (c < minC) minC = c;
      if (d < minD) minD = d;
    }
    // Stored as PostgreSQL integers, which are signed.
    out.push(minA | 0, minB | 0, minC | 0, minD | 0);
  }
  for (; i < s.length; i++) {
    const seed = s[i] as number;
    let min = 0xffffffff;
    for (let k = 0; k < n; k++) {
      let v = (values[k] as number) ^ seed;
      v ^= v >>> 16;
      v = Math.imul(v, 0x85ebca6b);
      v ^= v >>> 13;
      v = Math.imul(v, 0xc2b2ae35);
      v = (v ^ (v >>> 16)) >>> 0;
      if (v < min) min = v;
    }
    out.push(min | 0);
  }
  return out;
}

/** One hash per band of rows, as signed 32-bit integers. */
export function bandHashes(sig: readonly number[], options: MinHashOptions = MINHASH): number[] {
  const rows = options.permutations / options.bands;
  const out: number[] = [];
  for (let b = 0; b < options.bands; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) {
      h ^= sig[b * rows + r] as number;
      h = fmix32(Math.imul(h, 0x01000193) >>> 0);
    }
    out.push(h | 0);
  }
  return out;
}

/** Estimated Jaccard similarity: the share of signature positions that agree. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Exact Jaccard similarity of two shingle sets (for tests and calibration). */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

// Whether a token within reach opens with one of a list of keys (a trigger's needed words, its
// complement's openers): the lists indexed once by how their keys open. Split from triggers.ts.
import type { Token } from "../pipeline/types.ts";

/** A token's key or a bare key in [from, from + reach) opens with one of `keys`. */
export function followedBy(
  tokens: readonly Token[],
  from: number,
  keys: readonly string[],
  reach: number,
): boolean {
  // Loops, not `some`: two closures were made for every token read.
  const to = Math.min(tokens.length, from + reach);
  // The keys by their first two units: a token's key and bare keys are compared only with the keys
  // that open as they do, not with the whole list (read over several tokens for every trigger form
  // found; a third of a list's keys may open with ال).
  const byOpening = keysByOpening(keys);
  if (byOpening === null) return from < to;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (startsWithAny(t.key, byOpening)) return true;
    for (const b of t.bare) if (startsWithAny(b.key, byOpening)) return true;
    if (byOpening.phrases.length > 0 && phraseAt(tokens, k, from, byOpening.phrases)) return true;
  }
  return false;
}

/**
 * A key of several words (`قنوات الاتصال`، `مختل عقليا`) opens at token `k`: each word opens the token in its place,
 * all in the sentence of the token at `from` (a phrase of the next sentence is no need of this one).
 */
function phraseAt(
  tokens: readonly Token[],
  k: number,
  from: number,
  phrases: readonly (readonly string[])[],
): boolean {
  const sentence = (tokens[from] as Token).sentence;
  for (const words of phrases) {
    let i = 0;
    for (; i < words.length; i++) {
      const t = tokens[k + i];
      const w = words[i] as string;
      if (!t || t.sentence !== sentence) break;
      if (!t.key.startsWith(w) && !t.bare.some((b) => b.key.startsWith(w))) break;
    }
    if (i === words.length) return true;
  }
  return false;
}

/** A list of keys by how they open: keys of one unit by it, the others by their first two units. */
interface KeysByOpening {
  one: Map<number, string[]>;
  two: Map<number, string[]>;
  /** Keys of several words, each split into its words: matched word by word on the tokens that follow. */
  phrases: string[][];
}

/** Each list of keys by how it opens, or null when one key is empty (it follows any token). */
const keysByList = new WeakMap<readonly string[], KeysByOpening | null>();

function keysByOpening(keys: readonly string[]): KeysByOpening | null {
  let byOpening = keysByList.get(keys);
  if (byOpening === undefined) {
    byOpening = keys.some((n) => n.length === 0) ? null : { one: new Map(), two: new Map(), phrases: [] };
    if (byOpening !== null)
      for (const n of keys) {
        if (n.includes(" ")) {
          byOpening.phrases.push(n.split(" ").filter((w) => w !== ""));
          continue;
        }
        const [map, at] = n.length === 1 ? [byOpening.one, n.charCodeAt(0)] : [byOpening.two, openingOf(n)];
        const list = map.get(at);
        if (list) list.push(n);
        else map.set(at, [n]);
      }
    keysByList.set(keys, byOpening);
  }
  return byOpening;
}

/** A key's first two UTF-16 units as one number (the key has two or more). */
function openingOf(key: string): number {
  return key.charCodeAt(0) * 0x10000 + key.charCodeAt(1);
}

/** `key` opens with one of the keys (grouped by how they open). */
function startsWithAny(key: string, byOpening: KeysByOpening): boolean {
  if (key.length === 0) return false;
  if (byOpening.one.size > 0 && byOpening.one.has(key.charCodeAt(0))) return true;
  if (key.length < 2) return false;
  // openingOf written out: V8 inlines no call here (bin/rasd.js), and this runs for every word read.
  const list = byOpening.two.get(key.charCodeAt(0) * 0x10000 + key.charCodeAt(1));
  if (list !== undefined) for (const n of list) if (key.startsWith(n)) return true;
  return false;
}

// Corpus entities, the blocking keys: the keys an entity is filed under in `link_entity_keys` and
// the keys a document entity is looked up by, remembered from document to document.
import { spelledKey } from "./anchors.ts";
import { nameKeys, type Transliteration, wordKey } from "./names.ts";
import { NAME_WORD } from "./regexes.ts";

/**
 * Keys an entity is filed under: its spelled key, its letters without spaces (`عبد الله` /
 * `عبدالله`), and for a person of several words the key of its last word, where a surname finds it.
 */
export function fileKeys(type: string, name: string, t: Transliteration): string[] {
  const keys = [`n:${spelledKey(type, name, t)}`];
  if (type === "MECHANISM") return keys;
  keys.push(`j:${type === "LOC" ? "GPE" : type}|${wordKey((name.match(NAME_WORD) ?? []).join(""), t)}`);
  const words = nameKeys(name, t);
  if (type === "PERSON" && words.length > 1) keys.push(`l:${words[words.length - 1]}`);
  return keys;
}

/** `fileKeys`, remembered. */
export function filedUnder(type: string, name: string, t: Transliteration): readonly string[] {
  return remembered("file", type, name, t, () => fileKeys(type, name, t));
}

/** Keys of names met before, by transliteration: names recur from document to document. */
const KEYS_MET = new WeakMap<Transliteration, Map<string, readonly string[]>>();
/** Names remembered at most; the memory is emptied when it is full. */
const KEYS_MET_SIZE = 100_000;

function remembered(
  kind: string,
  type: string,
  name: string,
  t: Transliteration,
  make: () => readonly string[],
): readonly string[] {
  const met = KEYS_MET.get(t) ?? new Map<string, readonly string[]>();
  KEYS_MET.set(t, met);
  const key = `${kind}\u0000${type}\u0000${name}`;
  let keys = met.get(key);
  if (!keys) {
    if (met.size >= KEYS_MET_SIZE) met.clear();
    keys = make();
    met.set(key, keys);
  }
  return keys;
}

/** Keys to look an entity up by: its own, and for a person the surname keys it may match. */
export function lookupKeys(type: string, name: string, t: Transliteration): readonly string[] {
  return remembered("lookup", type, name, t, () => lookupKeysOf(type, name, t));
}

function lookupKeysOf(type: string, name: string, t: Transliteration): string[] {
  const keys = fileKeys(type, name, t);
  const words = nameKeys(name, t);
  if (type === "PERSON" && words.length >= 1) {
    const last = words[words.length - 1] as string;
    keys.push(`l:${last}`, `n:PERSON|${last}`);
  }
  return [...new Set(keys)];
}

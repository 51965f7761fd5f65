// Corpus entities, the blocking keys: the keys an entity is filed under in `link_entity_keys` and
// the keys a document entity is looked up by, remembered from document to document.
import { spelledKey } from "./anchors.ts";
import { nameKeys, type Transliteration, wordKey } from "./names.ts";
import { NAME_WORD } from "./regexes.ts";

/**
 * Keys an entity is filed under: its spelled key, its letters without spaces (`عبد الله` /
 * `عبدالله`), and for a person of several words the key of its last word, where a surname finds it.
 * A channel no lexicon row knows (`اتفاقية وقف إطلاق النار`: many wars have one) is filed as well
 * under its name with each pair of the states its document's events about it name (`scope`,
 * `channelScopes`), and a document that names such states looks it up by those pairs alone
 * (`lookupKeysOf`): one ceasefire between Armenia and Azerbaijan, told with Russia as a third state
 * or not, and another between Israel and Lebanon.
 */
export function fileKeys(type: string, name: string, t: Transliteration, scope = ""): string[] {
  const keys = [`n:${spelledKey(type, name, t)}`];
  if (type === "MECHANISM") return [...keys, ...scopeKeys(keys[0] as string, scope)];
  keys.push(`j:${type === "LOC" ? "GPE" : type}|${wordKey((name.match(NAME_WORD) ?? []).join(""), t)}`);
  const words = nameKeys(name, t);
  if (type === "PERSON" && words.length > 1) keys.push(`l:${words[words.length - 1]}`);
  return keys;
}

/** `key` with each pair of the states of `scope` (one state alone: that state). */
function scopeKeys(key: string, scope: string): string[] {
  const states = scope === "" ? [] : scope.split(",");
  if (states.length === 1) return [`${key}|${states[0]}`];
  const out: string[] = [];
  for (let i = 0; i < states.length; i++)
    for (let j = i + 1; j < states.length; j++) out.push(`${key}|${states[i]},${states[j]}`);
  return out;
}

/** `fileKeys`, remembered. */
export function filedUnder(type: string, name: string, t: Transliteration, scope = ""): readonly string[] {
  return remembered("file", type, name, t, scope, () => fileKeys(type, name, t, scope));
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
  scope: string,
  make: () => readonly string[],
): readonly string[] {
  const met = KEYS_MET.get(t) ?? new Map<string, readonly string[]>();
  KEYS_MET.set(t, met);
  const key = `${kind}\u0000${type}\u0000${name}\u0000${scope}`;
  let keys = met.get(key);
  if (!keys) {
    if (met.size >= KEYS_MET_SIZE) met.clear();
    keys = make();
    met.set(key, keys);
  }
  return keys;
}

/** Keys to look an entity up by: its own, and for a person the surname keys it may match. */
export function lookupKeys(type: string, name: string, t: Transliteration, scope = ""): readonly string[] {
  return remembered("lookup", type, name, t, scope, () => lookupKeysOf(type, name, t, scope));
}

function lookupKeysOf(type: string, name: string, t: Transliteration, scope: string): string[] {
  if (type === "MECHANISM" && scope !== "") return fileKeys(type, name, t, scope).slice(1);
  const keys = fileKeys(type, name, t, scope);
  const words = nameKeys(name, t);
  if (type === "PERSON" && words.length >= 1) {
    const last = words[words.length - 1] as string;
    keys.push(`l:${last}`, `n:PERSON|${last}`);
  }
  return [...new Set(keys)];
}

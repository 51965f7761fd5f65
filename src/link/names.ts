// Names across outlets: a transliteration key built from data-driven letter rules
// (lexicons/transliteration.tsv), so بوتين / بوتن, غوتيريس / جوتيريش and نتنياهو / نتانياهو meet,
// and the merge decision that adds type, country and role to the key's verdict.
import { lightStem } from "../arabic/clitics.ts";
import { keyOf } from "../arabic/normalize.ts";
import { DEFAULT_LEXICON_DIR } from "../pipeline/lexicons.ts";
import { list, type Row, readTsv } from "../pipeline/tsv.ts";
import type { EntityType } from "../pipeline/types.ts";
import { FEMININE_ROLE, NAME_WORD, TEH_MARBUTA_END } from "./regexes.ts";

export type Position = "any" | "initial" | "medial" | "final";

/** The letter rules of lexicons/transliteration.tsv and the particles of name-particles.tsv, compiled. */
export interface Transliteration {
  /** Keys of words after which a name's last word is not a surname (`بن`, `آل`). */
  particles: Set<string>;
  /**
   * Spellings (`wordSpelling`) that match only themselves: Arabic names (`محمد` is not `محمود`) and
   * ordinary words of words.tsv.
   */
  arabic: Set<string>;
  /** Prefixes a word loses when at least three letters remain (`ال`). */
  prefixes: string[];
  /** For each position, what a letter becomes ("" drops it). */
  letters: Record<Position, Map<string, string>>;
}

/** Fewest letters a word keeps once a prefix is cut. */
const MIN_AFTER_PREFIX = 3;

export function compileTransliteration(
  rows: readonly Row[],
  particles: readonly Row[] = [],
  words: readonly Row[] = [],
): Transliteration {
  const t: Transliteration = {
    particles: new Set(particles.filter((r) => r.kind !== "arabic").map((r) => keyOf(r.word as string))),
    arabic: new Set(),
    prefixes: [],
    letters: { any: new Map(), initial: new Map(), medial: new Map(), final: new Map() },
  };
  for (const r of rows) {
    const where = r.where as string;
    const letters = list(r.letters).map(keyOf);
    if (where === "prefix") t.prefixes.push(...letters);
    else if (where in t.letters) for (const l of letters) t.letters[where as Position].set(l, r.to ?? "");
    else throw new Error(`transliteration.tsv: unknown position "${where}" for ${r.letters}`);
  }
  for (const r of particles) if (r.kind === "arabic") t.arabic.add(wordSpelling(r.word as string, t));
  // Ordinary words the recognizer may take for names (`سياسي` is not `السيسي`).
  for (const r of words) if (r.kind !== "name") t.arabic.add(wordSpelling(r.word as string, t));
  return t;
}

export function loadTransliteration(dir: string = DEFAULT_LEXICON_DIR): Transliteration {
  return compileTransliteration(
    readTsv(`${dir}/transliteration.tsv`, ["letters", "to", "where"]),
    readTsv(`${dir}/name-particles.tsv`, ["word", "kind"]),
    readTsv(`${dir}/words.tsv`, ["word", "kind"]),
  );
}

function positionOf(i: number, length: number): Position {
  if (i === 0) return "initial";
  return i === length - 1 ? "final" : "medial";
}

/** How a word is read: with its prefix (`ال`) cut, or whole (`أليكسي` must keep its `ال`). */
export interface KeyOptions {
  prefixes: boolean;
}

function cutPrefix(w: string, t: Transliteration): string {
  for (const p of t.prefixes) {
    if (w.startsWith(p) && w.length - p.length >= MIN_AFTER_PREFIX) return w.slice(p.length);
  }
  return w;
}

/** The rule for the letters at `i` (two-letter rules such as تش first): what they become and how many. */
function ruleAt(w: string, i: number, t: Transliteration): [string, number] {
  const pair = w.slice(i, i + 2);
  const pairRule = pair.length === 2 ? t.letters.any.get(pair) : undefined;
  if (pairRule !== undefined) return [pairRule, 2];
  const ch = w[i] as string;
  return [t.letters[positionOf(i, w.length)].get(ch) ?? t.letters.any.get(ch) ?? ch, 1];
}

/**
 * Words already read, per transliteration: the link stage asks the same few thousand name words
 * again for every document (`nameKeys`, `spellings`, `sameWords`), in the writer's thread, and the
 * letter rules cost more than a look-up (0.3 CPU s of the corpus's writer). Emptied when large.
 */
interface WordMemo {
  key: [Map<string, string>, Map<string, string>];
  spelling: [Map<string, string>, Map<string, string>];
}
const wordMemos = new WeakMap<Transliteration, WordMemo>();
const MAX_MEMO_WORDS = 65_536;

function memoOf(t: Transliteration, kind: keyof WordMemo, prefixes: boolean): Map<string, string> {
  let m = wordMemos.get(t);
  if (m === undefined) {
    m = { key: [new Map(), new Map()], spelling: [new Map(), new Map()] };
    wordMemos.set(t, m);
  }
  const memo = m[kind][prefixes ? 1 : 0];
  if (memo.size >= MAX_MEMO_WORDS) memo.clear();
  return memo;
}

/** The key of one word (`بوتين` → `بتن`, `غوتيريش` → `غترس`). */
export function wordKey(word: string, t: Transliteration, options: KeyOptions = { prefixes: true }): string {
  const memo = memoOf(t, "key", options.prefixes);
  let key = memo.get(word);
  if (key === undefined) {
    key = readKey(word, t, options);
    memo.set(word, key);
  }
  return key;
}

function readKey(word: string, t: Transliteration, options: KeyOptions): string {
  const w = options.prefixes ? cutPrefix(keyOf(word), t) : keyOf(word);
  let out = "";
  for (let i = 0; i < w.length;) {
    const [mapped, used] = ruleAt(w, i, t);
    if (mapped !== "" && !out.endsWith(mapped)) out += mapped;
    i += used;
  }
  return out;
}

/** A word with letter classes applied but vowels kept, to measure how far two spellings are. */
export function wordSpelling(
  word: string,
  t: Transliteration,
  options: KeyOptions = { prefixes: true },
): string {
  const memo = memoOf(t, "spelling", options.prefixes);
  let spelling = memo.get(word);
  if (spelling === undefined) {
    spelling = readSpelling(word, t, options);
    memo.set(word, spelling);
  }
  return spelling;
}

function readSpelling(word: string, t: Transliteration, options: KeyOptions): string {
  const w = options.prefixes ? cutPrefix(keyOf(word), t) : keyOf(word);
  let out = "";
  for (let i = 0; i < w.length;) {
    const [mapped, used] = ruleAt(w, i, t);
    // Letters a rule drops (vowels, hamza seats) stay: the distance counts them.
    out += mapped === "" ? w.slice(i, i + used) : mapped;
    i += used;
  }
  return out;
}

/** Levenshtein distance of two short strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost));
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/** A one-word name ending in ة is an Arabic noun the recognizer took for a name: جامعة is not جماعة. */
function arabicNoun(name: string): boolean {
  return words(name).length === 1 && TEH_MARBUTA_END.test(name.trim());
}

/** Words this short must be spelled alike: حسن is not حسين, سام is not سامي. */
const SHORT_WORD = 3;
/** Most edits, per letter of the longer spelling, between two spellings of one word (هيذر نويرت / ناورت). */
const MAX_EDIT_SHARE = 0.4;

/** Whether two spellings with one key are close enough to be one word (`بيوم` is not `اوباما`). */
export function spellingsClose(a: string, b: string, arabic: ReadonlySet<string> = new Set()): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) <= SHORT_WORD || arabic.has(a) || arabic.has(b)) return false;
  // Outlets vary a name's inside, not its ends: جماعة / جميع and حاتمي / حتمية are other words.
  if (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;

  return editDistance(a, b) / Math.max(a.length, b.length) <= MAX_EDIT_SHARE;
}

function words(name: string): string[] {
  return keyOf(name).match(NAME_WORD) ?? [];
}

/** The keys of a name's words, empty words dropped (`فلاديمير بوتين` → [`فلدمر`, `بتن`]). */
export function nameKeys(name: string, t: Transliteration, options?: KeyOptions): string[] {
  return words(name)
    .map((w) => wordKey(w, t, options))
    .filter((k) => k !== "");
}

function spellings(name: string, t: Transliteration, options?: KeyOptions): string[] {
  return words(name)
    .filter((w) => wordKey(w, t, options) !== "")
    .map((w) => wordSpelling(w, t, options));
}

/**
 * The key of a mechanism's name: the light stems of its words, sorted, so that word order and
 * inflection do not count (`محادثات تنسيق السياسة الدفاعية` = `محادثات التنسيق السياسي الدفاعي`).
 */
export function mechanismKey(name: string): string {
  const stems = (keyOf(name).match(NAME_WORD) ?? []).map((w) => lightStem(w)).map(dropFinalVowel);
  return [...new Set(stems)].sort().join(" ");
}

/** `سياس` and `سياسي` are one stem once the nisba ي is gone. */
function dropFinalVowel(stem: string): string {
  return stem.length > 3 && /[يه]$/u.test(stem) ? stem.slice(0, -1) : stem;
}

/** What the merge decision reads of an entity. */
export interface NameFacts {
  type: EntityType | string;
  name: string;
  country: string | null;
  role: string | null;
}

/** How two names relate: the same key, one a surname of the other, or nothing. */
export type NameMatch = "same" | "surname" | null;

/** Types that one outlet calls GPE and another LOC (`القدس`, `نيويورك`). */
const PLACE_TYPES = new Set(["GPE", "LOC"]);

export function typesCompatible(a: string, b: string): boolean {
  return a === b || (PLACE_TYPES.has(a) && PLACE_TYPES.has(b));
}

export function countriesCompatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

function roleGender(role: string | null): "f" | "m" | null {
  if (role === null) return null;
  return FEMININE_ROLE.test(keyOf(role)) ? "f" : "m";
}

/** Roles clash only when they say the two are of different sexes (`السيدة` ميلانيا vs الرئيس دونالد). */
export function rolesCompatible(a: string | null, b: string | null): boolean {
  const [ga, gb] = [roleGender(a), roleGender(b)];
  return ga === null || gb === null || ga === gb;
}

/** Fewest letters a one-word name needs to stand for a longer name (`ميسي` yes, `لي` and `ماي` no). */
const MIN_SURNAME_LETTERS = 4;

/** Same words, or the same letters once spaces go (`عبد الفتاح` / `عبدالفتاح`, `بيونغ يانغ`). */
function sameWords(a: string, b: string, t: Transliteration): boolean {
  for (const prefixes of [true, false]) {
    const [ka, kb] = [nameKeys(a, t, { prefixes }), nameKeys(b, t, { prefixes })];
    if (ka.length === 0 || kb.length === 0) continue;
    if (ka.length === kb.length && ka.every((k, i) => k === kb[i])) {
      const [sa, sb] = [spellings(a, t, { prefixes }), spellings(b, t, { prefixes })];
      if (sa.length === sb.length && sa.every((w, i) => spellingsClose(w, sb[i] as string, t.arabic)))
        return true;
    }
  }
  if (words(a).length === words(b).length) return false;
  const [ja, jb] = [words(a).join(""), words(b).join("")];
  return (
    wordKey(ja, t) === wordKey(jb, t) && spellingsClose(wordSpelling(ja, t), wordSpelling(jb, t), t.arabic)
  );
}

/**
 * Whether `short` is the last words of `long` (`ظريف`, `جواد ظريف` of `محمد جواد ظريف`), unless
 * `long` is a nasab chain whose last word names a father (`محمد بن سلمان`).
 */
function tailOf(short: string, long: string, t: Transliteration): boolean {
  const [ws, wl] = [words(short), words(long)];
  if (ws.length === 0 || ws.length >= wl.length) return false;
  if (ws.length === 1 && (ws[0] as string).length < MIN_SURNAME_LETTERS) return false;
  if (wl.some((w) => t.particles.has(w))) return false;
  return sameWords(ws.join(" "), wl.slice(wl.length - ws.length).join(" "), t);
}

export function matchNames(a: string, b: string, t: Transliteration): NameMatch {
  if (keyOf(a) !== keyOf(b) && (arabicNoun(a) || arabicNoun(b))) return null;
  if (sameWords(a, b, t)) return "same";
  return tailOf(a, b, t) || tailOf(b, a, t) ? "surname" : null;
}

/**
 * Whether two entities are one: compatible type, country and role, and names that match. A
 * surname alone joins a full name only when both name the same country, since surnames are shared
 * (`ليو` is many people).
 */
export function sameEntity(a: NameFacts, b: NameFacts, t: Transliteration): boolean {
  if (!typesCompatible(a.type, b.type) || !countriesCompatible(a.country, b.country)) return false;
  if (!rolesCompatible(a.role, b.role)) return false;
  if (a.type === "MECHANISM") return mechanismKey(a.name) === mechanismKey(b.name);
  const m = matchNames(a.name, b.name, t);
  const sameCountry = a.country !== null && a.country === b.country;
  // Two one-word names spelled differently are often two Arabic words (تعامل / تعمل, ورجال / ورجل)
  // the entity stage took for names; only a shared country makes them one.
  if (
    m === "same" &&
    words(a.name).length === 1 &&
    words(b.name).length === 1 &&
    keyOf(a.name) !== keyOf(b.name)
  )
    return sameCountry;
  if (m === "same") return true;
  return m === "surname" && a.type === "PERSON" && sameCountry;
}

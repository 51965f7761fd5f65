// Outlets an article cites by an attribution cue: `أفادت صحيفة "واشنطن بوست"`,
// `نقلا عن وكالة رويترز`, `وفقا لـ"تاس"`, `بحسب فاينانشيال تايمز`. A name the media lexicon
// knows is given in its canonical form; after an outlet word (صحيفة، وكالة) an unknown name is
// taken as written (quoted, or up to three words).
import { keyOf, type MappedText, normalize } from "../arabic/normalize.ts";
import { nextWordStart, unitScannable, wordEnd } from "../arabic/words.ts";
import { list, type Row } from "../pipeline/tsv.ts";
import { CITATION_WORD, QUOTE_OPEN } from "./regexes.ts";

export interface CitationRules {
  cues: ReadonlySet<string>;
  /** The cues, and each with one leading proclitic (`وافادت`): one look-up per word of the text. */
  cuesWithProclitic: ReadonlySet<string>;
  /** Outlet words, as key sequences joined by spaces (`وكاله انباء`). */
  heads: ReadonlySet<string>;
  stops: ReadonlySet<string>;
  /** Media names and variants, as key sequences, to their canonical name. */
  media: ReadonlyMap<string, string>;
  /** Longest media name, in words. */
  longest: number;
}

/** Words between a cue and the outlet (`نقلا عن`, `وفقا لما ذكرته`). */
const CONNECTORS = new Set([
  "عن",
  "لما",
  "ما",
  "ل",
  "ذكرته",
  "اوردته",
  "نشرته",
  "افادت",
  "ذكرت",
  "اوردت",
  "نشرت",
]);

/** Longest outlet word, in words (`وكالة الأنباء`). */
const LONGEST_HEAD = 2;

/** Most words taken as an unknown outlet's name. */
const MAX_FREE_NAME = 3;

/** Longest quoted outlet name, in characters. */
const MAX_QUOTED = 60;

const CLOSING: Record<string, string> = { "«": "»", '"': '"', "“": "”" };

export function compileCitationRules(citations: readonly Row[], media: readonly Row[]): CitationRules {
  const of = (kind: string) =>
    new Set(citations.filter((r) => r.kind === kind).flatMap((r) => list(r.forms).map(keyOf)));
  const names = new Map<string, string>();
  let longest = 1;
  for (const row of media) {
    const canonical = row.name_ar as string;
    for (const form of [canonical, ...list(row.variants)]) {
      const key = keyOf(form).split(/\s+/u).join(" ");
      names.set(key, canonical);
      longest = Math.max(longest, key.split(" ").length);
    }
  }
  const cues = of("cue");
  const cuesWithProclitic = new Set([
    ...cues,
    ...LEADING_PROCLITICS.flatMap((p) => [...cues].map((c) => p + c)),
  ]);
  return { cues, cuesWithProclitic, heads: of("head"), stops: of("stop"), media: names, longest };
}

interface Word {
  key: string;
  start: number;
  end: number;
}

/** The words of `text` with their keys, found on the key text (one normalization for the whole text). */
function wordsOf(text: string): Word[] {
  const key = normalize(text);
  const words: Word[] = [];
  if (!unitScannable(key.text)) {
    for (const m of key.text.matchAll(CITATION_WORD)) words.push(wordAt(key, m.index, m.index + m[0].length));
    return words;
  }
  for (let s = nextWordStart(key.text, 0); s >= 0;) {
    const e = wordEnd(key.text, s + 1);
    words.push(wordAt(key, s, e));
    s = nextWordStart(key.text, e);
  }
  return words;
}

/** The word at `[s, e)` of the key text, with its span in the original text. */
function wordAt(key: MappedText, s: number, e: number): Word {
  return { key: key.text.slice(s, e), start: key.origin[s] as number, end: key.origin[e] as number };
}

/** Only spaces (and a tatweel-less `لـ`) between two words, so a name may run across. */
function joined(text: string, a: Word, b: Word): boolean {
  return /^\s*$/u.test(text.slice(a.end, b.start));
}

/** The proclitics `strip` tries, in order. */
const LEADING_PROCLITICS = ["و", "ف", "ب", "ل", "وب", "ول"];

/** `key` with one leading proclitic (و ف ب ل) removed, when what is left is in `set`. */
function strip(key: string, set: ReadonlySet<string>): string | null {
  if (set.has(key)) return key;
  for (const p of LEADING_PROCLITICS) {
    if (key.startsWith(p) && set.has(key.slice(p.length))) return key.slice(p.length);
  }
  return null;
}

/** A known media name that starts at word `i` (a proclitic ل or ب allowed on its first word). */
function mediaAt(
  words: readonly Word[],
  i: number,
  text: string,
  rules: CitationRules,
): { name: string; next: number } | null {
  for (let n = Math.min(rules.longest, words.length - i); n >= 1; n--) {
    const span = words.slice(i, i + n);
    if (span.some((w, k) => k > 0 && !joined(text, span[k - 1] as Word, w))) continue;
    const keys = span.map((w) => w.key);
    for (const cut of [0, 1]) {
      const first = keys[0] as string;
      if (cut === 1 && !/^[لب]/u.test(first)) continue;
      const name = rules.media.get([first.slice(cut), ...keys.slice(1)].join(" "));
      if (name) return { name, next: i + n };
    }
  }
  return null;
}

function headAt(words: readonly Word[], i: number, text: string, rules: CitationRules): number {
  for (let n = LONGEST_HEAD; n >= 1; n--) {
    const span = words.slice(i, i + n);
    if (span.length < n || span.some((w, k) => k > 0 && !joined(text, span[k - 1] as Word, w))) continue;
    const keys = span.map((w) => w.key);
    keys[0] = strip(keys[0] as string, rules.heads) ?? (keys[0] as string);
    if (rules.heads.has(keys.join(" "))) return i + n;
  }
  return -1;
}

/** The quoted name right after `from` in the text (`"واشنطن بوست"`), if any. */
function quotedAt(text: string, from: number): string | null {
  const m = QUOTE_OPEN.exec(text.slice(from, from + 4));
  if (!m) return null;
  const open = from + m[0].length - 1;
  const close = text.indexOf(CLOSING[text[open] as string] ?? '"', open + 1);
  if (close < 0 || close - open > MAX_QUOTED) return null;
  const inner = text.slice(open + 1, close).trim();
  return inner === "" ? null : inner;
}

function isNisba(key: string): boolean {
  return key.startsWith("ال") && (key.endsWith("يه") || key.endsWith("ي"));
}

/** The outlet named after the cue at word `i`, if any. */
function outletAfter(words: readonly Word[], i: number, text: string, rules: CitationRules): string | null {
  let j = i + 1;
  for (let skipped = 0; j < words.length && skipped < 3; skipped++, j++) {
    const key = (words[j] as Word).key;
    if (!CONNECTORS.has(key) && !rules.cues.has(key)) break;
  }
  if (j >= words.length) return null;
  // A known name may begin with its outlet word (`وكالة الأنباء السعودية`).
  const whole = mediaAt(words, j, text, rules);
  if (whole) return whole.name;
  const afterHead = headAt(words, j, text, rules);
  const at = afterHead >= 0 ? afterHead : j;
  // The quote follows the outlet word, or the cue and its connectors (`وفقا لـ"تاس"`).
  const quoted = quotedAt(text, (words[at - 1] as Word).end);
  if (quoted) {
    const inner = wordsOf(quoted);
    const known = mediaAt(inner, 0, quoted, rules);
    if (known && known.next === inner.length) return known.name;
    return afterHead >= 0 ? quoted : null;
  }
  if (at >= words.length) return null;
  const known = mediaAt(words, at, text, rules);
  if (known) return known.name;
  if (afterHead < 0) return null;
  const name: Word[] = [];
  for (let k = at; k < words.length && name.length < MAX_FREE_NAME; k++) {
    const w = words[k] as Word;
    if (name.length > 0 && !joined(text, name.at(-1) as Word, w)) break;
    if (rules.stops.has(w.key) || rules.cues.has(w.key) || isNisba(w.key)) break;
    name.push(w);
  }
  if (name.length === 0) return null;
  return text.slice((name[0] as Word).start, (name.at(-1) as Word).end);
}

/** Outlets the text cites, in order of first citation, without `exclude` (the document's own outlets). */
export function findCited(text: string, rules: CitationRules, exclude: readonly string[] = []): string[] {
  const words = wordsOf(text);
  const skip = new Set(exclude.map(keyOf));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!rules.cuesWithProclitic.has((words[i] as Word).key)) continue;
    const outlet = outletAfter(words, i, text, rules);
    if (outlet && !skip.has(keyOf(outlet)) && !out.includes(outlet)) out.push(outlet);
  }
  return out;
}

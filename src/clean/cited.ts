// Outlets an article cites by an attribution cue: `أفادت صحيفة "واشنطن بوست"`,
// `نقلا عن وكالة رويترز`, `وفقا لـ"تاس"`, `بحسب فاينانشيال تايمز`. A name the media lexicon
// knows is given in its canonical form; after an outlet word (صحيفة، وكالة) an unknown name is
// taken as written (quoted, or up to three words).
import { keyedText } from "../arabic/keyed-text.ts";
import { type EditedText, keyOf, normalizeEdits } from "../arabic/normalize.ts";
import { wordSpans } from "../arabic/words.ts";
import { list, type Row } from "../pipeline/tsv.ts";
import { CITATION_WORD, QUOTE_OPEN } from "./regexes.ts";

export interface CitationRules {
  cues: ReadonlySet<string>;
  /** The cues, and each with one leading proclitic (`وافادت`): one look-up per word of the text. */
  cuesWithProclitic: ReadonlySet<string>;
  /** Outlet words, as key sequences joined by spaces (`وكاله انباء`). */
  heads: ReadonlySet<string>;
  stops: ReadonlySet<string>;
  /** Words between a cue and the outlet (`نقلا عن`, `وفقا لما ذكرته`). */
  connectors: ReadonlySet<string>;
  /** Media names and variants, as key sequences, to their canonical name. */
  media: ReadonlyMap<string, string>;
  /** Longest media name, in words. */
  longest: number;
}

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
  return {
    cues,
    cuesWithProclitic,
    heads: of("head"),
    stops: of("stop"),
    connectors: of("connector"),
    media: names,
    longest,
  };
}

/**
 * The words of a text, found on its key text (one normalization for the whole text): their
 * offsets in the key text, read into keys and original offsets only where a cue asks.
 */
class Words {
  constructor(
    /** The key text. */
    private readonly key: string,
    /** Its map back to the original text. */
    private readonly map: EditedText,
    /** Each word's start and end in the key text (read only). */
    private readonly starts: readonly number[],
    private readonly ends: readonly number[],
  ) {}

  get length(): number {
    return this.starts.length;
  }

  keyOf(k: number): string {
    return this.key.slice(this.starts[k], this.ends[k]);
  }

  /** The word's span in the original text. */
  start(k: number): number {
    return this.map.origin(this.starts[k] as number);
  }

  end(k: number): number {
    return this.map.origin(this.ends[k] as number);
  }

  /** Whether the word may be in `filter` (see `slotOf`): most words are not, and need no key. */
  mayBeIn(k: number, filter: Uint8Array): boolean {
    const slot = slotOf(this.key, this.starts[k] as number, this.ends[k] as number);
    return filter[slot] === 1;
  }
}

/** A 12-bit slot of the key `text.slice(s, e)` from its length and its first and last units. */
function slotOf(text: string, s: number, e: number): number {
  const n = e - s;
  let h = Math.imul(n, 0x9e3779b1) ^ text.charCodeAt(s);
  h = Math.imul(h, 0x01000193) ^ text.charCodeAt(e - 1);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) & 0xfff;
}

/**
 * The words of `text` (see Words). The key text is the display text's letters folded, which is what
 * `normalize(text)` gives: the document's text is read once, here, for this stage and tokenize's.
 */
function wordsOf(text: string): Words {
  const { display, key, starts, ends } = keyedText(text);
  return new Words(key, display, starts, ends);
}

/** The words of a short text read on the way (a quoted name), kept apart from the document's. */
function shortWordsOf(text: string): Words {
  const edited = normalizeEdits(text);
  const starts: number[] = [];
  const ends: number[] = [];
  if (!wordSpans(edited.text, starts, ends))
    for (const m of edited.text.matchAll(CITATION_WORD)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
  return new Words(edited.text, edited, starts, ends);
}

/** What findCited reads from the rules at every word, made once per rules. */
interface CitationFilters {
  /** 1 at the slot of each cue with or without a proclitic. */
  cues: Uint8Array;
  /** The first word of each media name's key (a name is looked up only after one of these). */
  mediaFirst: ReadonlySet<string>;
}

const filters = new WeakMap<CitationRules, CitationFilters>();

function filtersOf(rules: CitationRules): CitationFilters {
  let made = filters.get(rules);
  if (made) return made;
  const cues = new Uint8Array(0x1000);
  for (const cue of rules.cuesWithProclitic) if (cue.length > 0) cues[slotOf(cue, 0, cue.length)] = 1;
  const mediaFirst = new Set<string>();
  for (const key of rules.media.keys()) {
    const space = key.indexOf(" ");
    mediaFirst.add(space < 0 ? key : key.slice(0, space));
  }
  made = { cues, mediaFirst };
  filters.set(rules, made);
  return made;
}

/** Only white space between `from` and `to`, as `/^\s*$/u` reads it. */
function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    if (c < 0xa0 || !SPACE.test(text[i] as string)) return false;
  }
  return true;
}

const SPACE = /^\s$/u;

/** Only spaces (and a tatweel-less `لـ`) between word `k` and the next, so a name may run across. */
function joined(text: string, words: Words, k: number): boolean {
  return onlySpace(text, words.end(k), words.start(k + 1));
}

/** How many words from `i` on (at most `most`) run on without anything but spaces between them. */
function joinedRun(words: Words, i: number, most: number, text: string): number {
  let n = 1;
  while (n < most && joined(text, words, i + n - 1)) n++;
  return n;
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

/** Word keys `i` to `i + n - 1` joined by spaces, the first one given. */
function keysFrom(words: Words, first: string, i: number, n: number): string {
  let out = first;
  for (let k = i + 1; k < i + n; k++) out += ` ${words.keyOf(k)}`;
  return out;
}

/** A known media name that starts at word `i` (a proclitic ل or ب allowed on its first word). */
function mediaAt(
  words: Words,
  i: number,
  text: string,
  rules: CitationRules,
): { name: string; next: number } | null {
  const most = Math.min(rules.longest, words.length - i);
  if (most < 1) return null;
  const first = words.keyOf(i);
  const { mediaFirst } = filtersOf(rules);
  const cut = first.charCodeAt(0) === LAM || first.charCodeAt(0) === BEH ? first.slice(1) : null;
  // A name is looked up by its first word's key (as written, or without ل or ب) and the rest.
  if (!mediaFirst.has(first) && (cut === null || !mediaFirst.has(cut))) return null;
  const run = joinedRun(words, i, most, text);
  for (let n = run; n >= 1; n--) {
    const whole = rules.media.get(keysFrom(words, first, i, n));
    if (whole) return { name: whole, next: i + n };
    if (cut === null) continue;
    const name = rules.media.get(keysFrom(words, cut, i, n));
    if (name) return { name, next: i + n };
  }
  return null;
}

const LAM = "ل".charCodeAt(0);
const BEH = "ب".charCodeAt(0);

function headAt(words: Words, i: number, text: string, rules: CitationRules): number {
  const run = words.length - i < LONGEST_HEAD ? 0 : joinedRun(words, i, LONGEST_HEAD, text);
  for (let n = LONGEST_HEAD; n >= 1; n--) {
    if (i + n > words.length || (n > 1 && n > run)) continue;
    const first = words.keyOf(i);
    const key = strip(first, rules.heads) ?? first;
    if (rules.heads.has(keysFrom(words, key, i, n))) return i + n;
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
function outletAfter(words: Words, i: number, text: string, rules: CitationRules): string | null {
  let j = i + 1;
  for (let skipped = 0; j < words.length && skipped < 3; skipped++, j++) {
    const key = words.keyOf(j);
    if (!rules.connectors.has(key) && !rules.cues.has(key)) break;
  }
  if (j >= words.length) return null;
  // A known name may begin with its outlet word (`وكالة الأنباء السعودية`).
  const whole = mediaAt(words, j, text, rules);
  if (whole) return whole.name;
  const afterHead = headAt(words, j, text, rules);
  const at = afterHead >= 0 ? afterHead : j;
  // The quote follows the outlet word, or the cue and its connectors (`وفقا لـ"تاس"`).
  const quoted = quotedAt(text, words.end(at - 1));
  if (quoted) {
    const inner = shortWordsOf(quoted);
    const known = inner.length > 0 ? mediaAt(inner, 0, quoted, rules) : null;
    if (known && known.next === inner.length) return known.name;
    return afterHead >= 0 ? quoted : null;
  }
  if (at >= words.length) return null;
  const known = mediaAt(words, at, text, rules);
  if (known) return known.name;
  if (afterHead < 0) return null;
  let last = -1;
  for (let k = at; k < words.length && k - at < MAX_FREE_NAME; k++) {
    if (last >= 0 && !joined(text, words, last)) break;
    const key = words.keyOf(k);
    if (rules.stops.has(key) || rules.cues.has(key) || isNisba(key)) break;
    last = k;
  }
  if (last < 0) return null;
  return text.slice(words.start(at), words.end(last));
}

/** Outlets the text cites, in order of first citation, without `exclude` (the document's own outlets). */
export function findCited(text: string, rules: CitationRules, exclude: readonly string[] = []): string[] {
  const words = wordsOf(text);
  const { cues } = filtersOf(rules);
  let skip: Set<string> | null = null;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!words.mayBeIn(i, cues) || !rules.cuesWithProclitic.has(words.keyOf(i))) continue;
    const outlet = outletAfter(words, i, text, rules);
    if (!outlet) continue;
    skip ??= new Set(exclude.map(keyOf));
    if (!skip.has(keyOf(outlet)) && !out.includes(outlet)) out.push(outlet);
  }
  return out;
}

// Tokens with offsets into the original text, their clitic-stripped keys, segments and stems.
import type { BareForm, Token } from "../pipeline/types.ts";
import { type KnownWords, procliticFits, WordReader } from "./clitics.ts";
import { keyedText } from "./keyed-text.ts";
import type { EditedText, MappedText } from "./normalize.ts";
import { ARABIC_LETTER, MARK } from "./regexes.ts";
import { filterSlot } from "./phrases.ts";

export interface TokenizeOptions {
  /** Proclitic keys, longest first (`وب`, `و`). A bare form is only offered; lexicons decide. */
  proclitics: readonly string[];
  /** Words the segmenter knows; without them only `ال` licenses a cut (`والاجتماع`). */
  known?: KnownWords;
  /** Pronoun suffix keys; `PRONOUN_SUFFIXES` by default. */
  suffixes?: readonly string[];
  /** A reader built from these same options, to remember words across documents. */
  reader?: WordReader;
}

/** Shortest bare form worth offering: `ولد` must not become `لد`. */
const MIN_BARE = 2;

export function tokenize(text: string, options: TokenizeOptions): { tokens: Token[]; key: MappedText } {
  // The folds keep length, so display and key share one map and one index. The map is kept as
  // its edits (few units change in display form); the whole array only if a caller reads it.
  // The cleaning stage read the same text for its cited outlets (keyed-text.ts): usually kept.
  const { display, key: keyText, starts, ends } = keyedText(text);
  let origin: number[] | null = null;
  const key: MappedText = {
    text: keyText,
    get origin() {
      origin ??= display.originArray();
      return origin;
    },
  };
  // One reading per distinct word: a news article repeats its words.
  const source: WordSource = {
    original: text,
    display: display.text,
    map: display,
    reader: options.reader ?? new WordReader(options),
  };
  const bareSeen = new Map<string, BareForm[]>();
  const initials = procliticInitials(options.proclitics);
  const tokens: Token[] = [];
  for (let w = 0; w < starts.length; w++) {
    const s = starts[w] as number;
    const e = ends[w] as number;
    const word = keyText.slice(s, e);
    const start = display.origin(s);
    const end = extendOverMarks(text, display.origin(e - 1) + 1);
    const prev = tokens[tokens.length - 1];
    const linked =
      prev !== undefined && (onlySpaces(text, prev.end, start) || hyphenJoined(text, prev.end, start));
    // A word that opens with no proclitic's letter has no bare form: no look-up for it. A word that
    // may open with the future س is read as written, where the hamza that licenses the cut is kept.
    const written = futureOpening(word) ? display.text.slice(s, e) : word;
    let bare = initials !== null && !initials.includes(word.charCodeAt(0)) ? NO_BARE : bareSeen.get(written);
    if (!bare) {
      bare = bareForms(word, options, written);
      bareSeen.set(written, bare);
    }
    tokens.push(new WordToken(start, end, word, bare, linked, filterSlot(word), s, source));
  }
  return { tokens, key };
}

const SIN = "س".charCodeAt(0);
const WAW = "و".charCodeAt(0);
const FA = "ف".charCodeAt(0);

/** A key that may open with the future س, alone or after و or ف. */
function futureOpening(key: string): boolean {
  const first = key.charCodeAt(0);
  return first === SIN || ((first === WAW || first === FA) && key.charCodeAt(1) === SIN);
}

/** The bare forms of a word no proclitic opens: one array for all of them (read only, as every token's). */
const NO_BARE: BareForm[] = [];

/** The first units of the proclitics, or null when one is empty (then every word may have bare forms). */
function procliticInitials(proclitics: readonly string[]): number[] | null {
  const initials: number[] = [];
  for (const p of proclitics) {
    if (p === "") return null;
    if (!initials.includes(p.charCodeAt(0))) initials.push(p.charCodeAt(0));
  }
  return initials;
}

/** A document's texts, which its tokens read their segments and stems from. */
interface WordSource {
  /** The original text. */
  original: string;
  /** The text in display form. */
  display: string;
  /** Its map back to the original (the key text's too: the folds keep length). */
  map: EditedText;
  reader: WordReader;
}

type Segments = NonNullable<Token["segments"]>;

/**
 * A token whose segments and stem are read when first asked for: the pipeline asks for few of
 * them (a speaker's `فيها`), and reading every word was a fifth of the analysis time.
 */
class WordToken implements Token {
  sentence = 0;
  private read: { segments: Segments; stem: string } | null = null;
  /** The token's text, sliced when first asked for (the stages read few tokens' text). */
  private sliced: string | null = null;

  constructor(
    public start: number,
    public end: number,
    public key: string,
    public bare: BareForm[],
    public linked: boolean,
    public slot: number,
    /** The word's offset in the key text (its length is the key's). */
    private readonly at: number,
    private readonly source: WordSource,
  ) {}

  get text(): string {
    this.sliced ??= this.source.original.slice(this.start, this.end);
    return this.sliced;
  }

  get segments(): Segments {
    return this.reading().segments;
  }

  get stem(): string {
    return this.reading().stem;
  }

  private reading(): { segments: Segments; stem: string } {
    if (this.read) return this.read;
    const { at, start, end } = this;
    const { display, map, reader } = this.source;
    const word = display.slice(at, at + this.key.length);
    const { cut, stem } = reader.read(word);
    const segments = {
      prefix: cut.prefix,
      core: cut.core,
      suffix: cut.suffix,
      start: cut.from === 0 ? start : map.origin(at + cut.from),
      end: cut.to === word.length ? end : map.origin(at + cut.to),
      known: cut.known,
    };
    this.read = { segments, stem };
    return this.read;
  }
}

/** Keeps harakat and tatweel that close a word inside its span (`عُقِدَ`). */
function extendOverMarks(text: string, end: number): number {
  let e = end;
  while (e < text.length && text.charCodeAt(e) >= FIRST_MARK && MARK.test(text[e] as string)) e++;
  return e;
}

/** The lowest code point a combining mark can have (U+0300); below it no test is needed. */
const FIRST_MARK = 0x300;

/**
 * `كيم جونغ-أون`، `مون جاي-إن`: a hyphen alone between two Arabic letters joins the syllables of one
 * name as a space would, so the lexicon's spellings of such names are found whichever the outlet wrote.
 */
function hyphenJoined(text: string, from: number, to: number): boolean {
  return to === from + 1 && text.charCodeAt(from) === HYPHEN && ARABIC_LETTER.test(text.charAt(from - 1));
}

/** Only spaces, tabs or no-break spaces, at least one, between `from` and `to` (`وزارة الدفاع`). */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB && c !== NO_BREAK_SPACE) return false;
  }
  return true;
}

/** The characters that may stand between two tokens of one phrase: space, tab, no-break space. */
const SPACE = 0x20;
const TAB = 0x09;
const HYPHEN = 0x2d;
const NO_BREAK_SPACE = 0xa0;

/** Keys of the word without its proclitics (`والصين` → `الصين`; `للصين` → `لصين`, `الصين`); `written` is the word in display form. */
export function bareForms(key: string, options: TokenizeOptions, written = key): BareForm[] {
  const out: BareForm[] = [];
  for (const p of options.proclitics) {
    // The first units compared before startsWith (a call): most proclitics differ there.
    if (key.charCodeAt(0) !== p.charCodeAt(0) && p !== "") continue;
    if (!key.startsWith(p) || key.length - p.length < MIN_BARE) continue;
    // سامر is no س + أمر: the future س only before an imperfect (clitics.ts procliticFits).
    if (!procliticFits(p, written)) continue;
    const rest = key.slice(p.length);
    addBare(out, rest, p, p.length);
    // ل + ال contracts to لل: للصين is ل + الصين, and its span is صين.
    if (p.endsWith("ل") && rest.startsWith("ل")) addBare(out, `ا${rest}`, p, p.length + 1);
  }
  return out;
}

/** Adds a bare form unless an earlier proclitic gave the same key. */
function addBare(out: BareForm[], key: string, prefix: string, stripped: number): void {
  for (const b of out) if (b.key === key) return;
  out.push({ key, prefix, stripped, slot: filterSlot(key) });
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

/** What `tokenIn` looks a token up in: a set, or a map by its keys. */
export interface KeySet {
  has(key: string): boolean;
  /** A `SlotSet`'s bits by the `filterSlot` of its keys. */
  readonly slotBits?: Uint8Array;
}

/**
 * A set of keys that also keeps one bit per `filterSlot` of its keys (folded to its size: 16 bits
 * a key, 128 bytes at least), so `tokenIn` can tell most tokens are not in it from the slots
 * tokenize made, without reading the key strings and hashing them into the table. The event stage's
 * cue sets are read at every token of many passes (each token's key and bare keys), and nearly all
 * of those look-ups miss: in a loop over a corpus's tokens, two to three times faster than `has`.
 * A key added later sets its bit too; a deleted one leaves it set, which only costs a look-up.
 */
export class SlotSet extends Set<string> {
  readonly slotBits: Uint8Array;

  constructor(keys: Iterable<string> = []) {
    super();
    const all = [...keys];
    let bits = 1024;
    while (bits < all.length * 16 && bits < 1 << 16) bits <<= 1;
    this.slotBits = new Uint8Array(bits >> 3);
    for (const k of all) this.add(k);
  }

  override add(key: string): this {
    // Called by Set's own constructor before `slotBits` exists: the keys are added after it.
    const bits = this.slotBits as Uint8Array | undefined;
    if (bits !== undefined) {
      const s = filterSlot(key) & ((bits.length << 3) - 1);
      bits[s >> 3] = (bits[s >> 3] as number) | (1 << (s & 7));
    }
    return super.add(key);
  }
}

// The three look-ups below run for most tokens of every document: loops, not `some`/`find`, so no
// array or closure is made per call.

/** The token's key or one of its clitic-stripped keys is in the set (`وقال` → `قال`). */
export function tokenIn(set: KeySet, t: Token | undefined): boolean {
  if (!t) return false;
  const bits = set.slotBits;
  if (bits !== undefined) {
    // A `SlotSet`: a key whose slot's bit is clear is not in it (the slots were made in tokenize).
    const mask = (bits.length << 3) - 1;
    let s = (t.slot ?? filterSlot(t.key)) & mask;
    if (((bits[s >> 3] as number) & (1 << (s & 7))) !== 0 && set.has(t.key)) return true;
    for (const b of t.bare) {
      s = (b.slot ?? filterSlot(b.key)) & mask;
      if (((bits[s >> 3] as number) & (1 << (s & 7))) !== 0 && set.has(b.key)) return true;
    }
    return false;
  }
  if (set.has(t.key)) return true;
  for (const b of t.bare) if (set.has(b.key)) return true;
  return false;
}

/** The word carries the article, as written or once a proclitic is stripped (`الوزير`، `والرئيس`، `للتجارة`). */
export function definite(t: Token): boolean {
  if (t.key.startsWith("ال")) return true;
  for (const b of t.bare) if (b.key.startsWith("ال")) return true;
  return false;
}

/** The token is `key`, as written or once a clitic is stripped. */
export function tokenIs(t: Token | undefined, key: string): boolean {
  if (!t) return false;
  if (t.key === key) return true;
  for (const b of t.bare) if (b.key === key) return true;
  return false;
}

/** The value of the token's key in `map`, else of its first clitic-stripped key that has one. */
export function tokenValue<V>(map: ReadonlyMap<string, V>, t: Token | undefined): V | undefined {
  if (!t) return undefined;
  const whole = map.get(t.key);
  if (whole !== undefined) return whole;
  for (const b of t.bare) {
    const v = map.get(b.key);
    if (v !== undefined) return v;
  }
  return undefined;
}

// Tokens with offsets into the original text, their clitic-stripped keys, segments and stems.
import type { BareForm, Token } from "../pipeline/types.ts";
import { type KnownWords, WordReader } from "./clitics.ts";
import { DISPLAY_STEPS, foldLetters, type MappedText, normalize } from "./normalize.ts";
import { MARK, WORD } from "./regexes.ts";

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
  // The folds keep length, so display and key share one map and one index.
  const display = normalize(text, DISPLAY_STEPS);
  const key: MappedText = { text: foldLetters(display.text), origin: display.origin };
  // One reading per distinct word: a news article repeats its words.
  const reader = options.reader ?? new WordReader(options);
  const bareSeen = new Map<string, BareForm[]>();
  const tokens: Token[] = [];
  for (const m of key.text.matchAll(WORD)) {
    const s = m.index;
    const e = s + m[0].length;
    const start = key.origin[s] as number;
    const end = extendOverMarks(text, (key.origin[e - 1] as number) + 1);
    const prev = tokens[tokens.length - 1];
    const linked = prev !== undefined && onlySpaces(text, prev.end, start);
    let bare = bareSeen.get(m[0]);
    if (!bare) {
      bare = bareForms(m[0], options);
      bareSeen.set(m[0], bare);
    }
    const word = { text: display.text.slice(s, e), at: s, start, end, key, reader };
    tokens.push(new WordToken({ start, end, text: text.slice(start, end), key: m[0], bare, linked }, word));
  }
  return { tokens, key };
}

/** Where a token's word is in the key text, to read its segments and stem from. */
interface WordSource {
  /** The word in display form. */
  text: string;
  /** Its offset in the key text. */
  at: number;
  /** The token's span in the text. */
  start: number;
  end: number;
  key: MappedText;
  reader: WordReader;
}

type Segments = NonNullable<Token["segments"]>;

/**
 * A token whose segments and stem are read when first asked for: the pipeline asks for few of
 * them (a speaker's `فيها`), and reading every word was a fifth of the analysis time.
 */
class WordToken implements Token {
  start: number;
  end: number;
  text: string;
  key: string;
  bare: BareForm[];
  sentence = 0;
  linked: boolean;
  private source: WordSource | null;
  private read: { segments: Segments; stem: string } | null = null;

  constructor(fields: Omit<Token, "sentence" | "segments" | "stem">, source: WordSource) {
    this.start = fields.start;
    this.end = fields.end;
    this.text = fields.text;
    this.key = fields.key;
    this.bare = fields.bare;
    this.linked = fields.linked;
    this.source = source;
  }

  get segments(): Segments {
    return this.reading().segments;
  }

  get stem(): string {
    return this.reading().stem;
  }

  private reading(): { segments: Segments; stem: string } {
    if (this.read) return this.read;
    const { text: word, at, start, end, key, reader } = this.source as WordSource;
    const { cut, stem } = reader.read(word);
    const segments = {
      prefix: cut.prefix,
      core: cut.core,
      suffix: cut.suffix,
      start: cut.from === 0 ? start : (key.origin[at + cut.from] as number),
      end: cut.to === word.length ? end : (key.origin[at + cut.to] as number),
      known: cut.known,
    };
    this.read = { segments, stem };
    this.source = null;
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

/** Only spaces, tabs or no-break spaces, at least one, between `from` and `to` (`وزارة الدفاع`). */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!LINKING_SPACES.includes(text[i] as string)) return false;
  return true;
}

/** The characters that may stand between two tokens of one phrase. */
const LINKING_SPACES = " \t\u00A0";

/** Keys of the word without its proclitics (`والصين` → `الصين`; `للصين` → `لصين`, `الصين`). */
export function bareForms(key: string, options: TokenizeOptions): BareForm[] {
  const out: BareForm[] = [];
  for (const p of options.proclitics) {
    if (!key.startsWith(p) || key.length - p.length < MIN_BARE) continue;
    const rest = key.slice(p.length);
    addBare(out, rest, p, p.length);
    // ل + ال contracts to لل: للصين is ل + الصين, and its span is صين.
    if (p.endsWith("ل") && rest.startsWith("ل")) addBare(out, `ا${rest}`, p, p.length + 1);
  }
  return out;
}

/** Adds a bare form unless an earlier proclitic gave the same key. */
function addBare(out: BareForm[], key: string, prefix: string, stripped: number): void {
  if (!out.some((b) => b.key === key)) out.push({ key, prefix, stripped });
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

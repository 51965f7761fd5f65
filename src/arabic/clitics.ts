// Clitic segmentation: a word is proclitics + core + pronoun suffix, and a lexicon of known
// words decides where the cuts go (`وبكين` → و + بكين, but `بكين` stays whole).
import { foldLetters, foldSpelling } from "./normalize.ts";
import { AL, ARABIC_LETTER, INNER_VOWEL } from "./regexes.ts";

/** Words the segmenter knows. */
export interface KnownWords {
  /**
   * Words that may stand alone: lexicon words, proper names and the closed list (`بكين`, `نظير`),
   * folded by `foldSpelling`, so ة stays apart from a pronoun ه.
   */
  words: ReadonlySet<string>;
  /** Keys of proper names, which the light stem leaves whole (`لبنان` must not lose `ان`). */
  names: ReadonlySet<string>;
}

export interface SegmentOptions {
  /** Proclitic keys (`وب`, `و`, `ل`). */
  proclitics: readonly string[];
  /** Pronoun suffix keys (`هما`, `ه`). */
  suffixes?: readonly string[];
  /** Without it only the rules apply: a proclitic before `ال` (`والاجتماع`) or `لل` (`للاجتماع`). */
  known?: KnownWords;
}

/** A word cut in three; `from`/`to` are offsets of the core in the word it was read from. */
export interface WordSegments {
  prefix: string;
  /** Key of the core, with the alef of `ال` restored after `ل` (`للصين` → `الصين`). */
  core: string;
  suffix: string;
  from: number;
  to: number;
  known: boolean;
}

/** Attached object and possessive pronouns news prose uses (`بنظيره`, `بلادهم`, `لقائهما`). */
export const PRONOUN_SUFFIXES: readonly string[] = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه"];

/** Shortest core worth a cut: `به` is not ب + ه, and `ولد` is not و + لد. */
const MIN_CORE = 2;
/**
 * Letters an imperfect verb opens with, as written: the future `س` is cut only before one of them
 * (`ستقوم`، `سأزور`), so a known word after a bare alef or another letter leaves a name whole (`سامر`
 * is not س + أمر).
 */
const IMPERFECT_OPENINGS: ReadonlySet<string> = new Set(["ي", "ت", "ن", "أ"]);

/**
 * Whether proclitic `p` may be cut off `written` (display form, hamzas kept): the future `س` (alone
 * or after و، ف) only before an imperfect's first letter.
 */
export function procliticFits(p: string, written: string): boolean {
  return !p.endsWith("س") || IMPERFECT_OPENINGS.has(written[p.length] as string);
}

/** Shortest word after a proclitic that `ال` alone licenses (`بالغ` is not ب + الغ). */
const MIN_AL_WORD = 4;

interface Candidate extends WordSegments {
  cost: number;
}

/**
 * Cuts a word written in display form (harakat gone, ة and hamzas kept). A word the lexicon knows
 * stays whole; else the cheapest cut whose core it knows wins; else a proclitic before `ال` is
 * cut; else the word stays whole.
 */
export function segmentWord(word: string, options: SegmentOptions): WordSegments {
  const length = word.length;
  if (!ARABIC_LETTER.test(word))
    return { prefix: "", core: foldLetters(word), suffix: "", from: 0, to: length, known: false };
  // Folding keeps length, so the folded word can be cut where the word is.
  const spelled = foldSpelling(word);
  const known = options.known?.words;
  if (known?.has(spelled))
    return { prefix: "", core: foldLetters(spelled), suffix: "", from: 0, to: length, known: true };
  let best: Candidate | null = null;
  let byRule: WordSegments | null = null;
  for (const p of ["", ...options.proclitics]) {
    if (!spelled.startsWith(p)) continue;
    if (!procliticFits(p, word)) continue;
    for (const rest of restsAfter(spelled, p)) {
      if (p !== "" && byRule === null && isDefinite(rest.core) && rest.core.length >= MIN_AL_WORD)
        byRule = {
          prefix: p,
          core: foldLetters(rest.core),
          suffix: "",
          from: rest.from,
          to: length,
          known: false,
        };
      if (!known) continue;
      for (const s of ["", ...(options.suffixes ?? PRONOUN_SUFFIXES)]) {
        if ((p === "" && s === "") || !rest.core.endsWith(s)) continue;
        const core = rest.core.slice(0, rest.core.length - s.length);
        if (core.length < MIN_CORE) continue;
        const last = word[p.length + core.length - 1 - (rest.restored ? 1 : 0)] as string;
        const hit = coreForms(core, last, s).find((c) => known.has(c));
        if (hit === undefined) continue;
        const cost = p.length * 2 + s.length + (rest.restored ? 1 : 0);
        if (best === null || cost < best.cost) {
          const to = length - s.length;
          best = { prefix: p, core: foldLetters(hit), suffix: s, from: rest.from, to, known: true, cost };
        }
      }
    }
  }
  if (best) {
    const { cost: _cost, ...segments } = best;
    return segments;
  }
  return byRule ?? { prefix: "", core: foldLetters(spelled), suffix: "", from: 0, to: length, known: false };
}

/** What may follow proclitic `p`: the rest as written, and after `ل` the `ال` that `لل` contracts. */
function restsAfter(word: string, p: string): Array<{ core: string; from: number; restored: boolean }> {
  const rest = word.slice(p.length);
  const out = [{ core: rest, from: p.length, restored: false }];
  // للصين is ل + الصين: the second lam is the article's.
  if (p.endsWith("ل") && rest.startsWith("ل") && rest.length > MIN_CORE)
    out.push({ core: `ا${rest}`, from: p.length, restored: true });
  return out;
}

/**
 * Spellings a core (folded by `foldSpelling`; `last` is its last letter as written) may have in
 * the lexicon once its suffix is gone (`حكومت` → `حكومة`; `لقائ` → `لقاء`).
 */
function coreForms(key: string, last: string, suffix: string): string[] {
  if (suffix === "") return [key];
  const forms = [key];
  const stem = key.slice(0, -1);
  // The spelling a word takes before a pronoun: ة → ت, ى → ا, final hamza on a seat, ون → و.
  if (last === "ت") forms.push(`${stem}ة`);
  if (last === "ا") forms.push(`${stem}ي`);
  if (last === "ئ" || last === "ؤ") forms.push(`${stem}ء`);
  if (last === "و" || last === "ي") forms.push(`${key}ن`);
  return forms;
}

function isDefinite(core: string): boolean {
  return AL.test(core);
}

/** Suffixes a light stem drops, in the order it tries them (keys: ة is already ه). */
const STEM_SUFFIXES: readonly string[] = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];
/** Fewest letters a light stem keeps. */
const MIN_STEM = 3;

/**
 * A light stem key so inflections and spellings meet: `ال` and plural, dual, feminine and nisba
 * endings go, then و and ي inside the word (`الأميركيون` and `الأمريكية` → `امرك`). Names stay whole.
 */
export function lightStem(core: string, known?: KnownWords): string {
  if (known?.names.has(core) || !ARABIC_LETTER.test(core)) return core;
  let s = core;
  if (s.startsWith("ال") && s.length - 2 >= MIN_STEM) s = s.slice(2);
  for (const suffix of STEM_SUFFIXES) {
    if (s.endsWith(suffix) && s.length - suffix.length >= MIN_STEM) s = s.slice(0, s.length - suffix.length);
  }
  return foldInnerVowels(s);
}

/** Drops و and ي between the first and last letters (`اميرك`, `امريك` → `امرك`). */
function foldInnerVowels(s: string): string {
  if (s.length <= MIN_STEM) return s;
  return `${s[0]}${s.slice(1, -1).replace(INNER_VOWEL, "")}${s[s.length - 1]}`;
}

/** What the tokenizer keeps of a word: its segments and light stem. */
export interface WordReading {
  cut: WordSegments;
  stem: string;
}

/** Distinct words a `WordReader` remembers before it starts afresh. */
const WORD_CACHE_LIMIT = 200_000;

/**
 * Reads each distinct word once for every document the same options serve (news repeats its
 * vocabulary): a bounded cache of `segmentWord` and `lightStem`, emptied when full.
 */
export class WordReader {
  private readonly seen = new Map<string, WordReading>();

  constructor(private readonly options: SegmentOptions) {}

  read(word: string): WordReading {
    let reading = this.seen.get(word);
    if (!reading) {
      const cut = segmentWord(word, this.options);
      reading = { cut, stem: lightStem(cut.core, this.options.known) };
      if (this.seen.size >= WORD_CACHE_LIMIT) this.seen.clear();
      this.seen.set(word, reading);
    }
    return reading;
  }
}

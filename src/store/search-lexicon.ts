// How one word becomes its lexemes: the word lists of lexicons/search.tsv (and words.tsv), the
// letter folds, the light stem, and the article and proclitic cuts (`readWord`).
import { createHash } from "node:crypto";
import { join } from "node:path";
import { foldLetters, keyOf } from "../arabic/normalize.ts";
import { DEFAULT_LEXICON_DIR } from "../pipeline/lexicons.ts";
import { list, readTsv } from "../pipeline/tsv.ts";

/**
 * The version of the lexemes these modules make. A database whose index was made by another
 * version, or with another lexicons/search.tsv, is re-indexed when opened (`ensureSearchIndex`);
 * bump it with any change to the code of `wordTerms`. lexicons/words.tsv is left out: it only
 * decides which words also get a lexeme without their proclitic, and a query word always asks for
 * the whole word's lexeme too, so an edit never makes a query for the word itself miss.
 */
export const SEARCH_VERSION = 1;

/** Fewest letters a cut or a stem keeps. */
const MIN_STEM = 3;
/** Longer "words" (URLs without spaces, runs of letters) are not indexed. */
const MAX_WORD = 60;

interface SearchLexicon {
  stop: ReadonlySet<string>;
  /** Article forms, longest first, as written (the alef of `ال` bare: `إلغاء` has none). */
  articles: readonly string[];
  /** Proclitics, longest first, folded. */
  proclitics: readonly string[];
  /** Endings, in the order the stem tries them, folded. */
  suffixes: readonly string[];
  /** Words that are never cut (lexicons/words.tsv: `وزير`, `بيان`), folded. */
  whole: ReadonlySet<string>;
  /** A stem's other spelling → the one indexed (`اميرك` → `امريك`), folded and stemmed. */
  variants: ReadonlyMap<string, string>;
}

let loaded: SearchLexicon | null = null;
let fingerprint: string | null = null;

/** What made the lexemes: `SEARCH_VERSION` and a hash of lexicons/search.tsv's rows (`1:3f2a…`). */
export function searchFingerprint(): string {
  if (fingerprint === null) {
    const rows = readTsv(join(DEFAULT_LEXICON_DIR, "search.tsv"), ["kind", "forms"]);
    const hash = createHash("sha256").update(JSON.stringify(rows)).digest("hex").slice(0, 16);
    fingerprint = `${SEARCH_VERSION}:${hash}`;
  }
  return fingerprint;
}

function lexicon(): SearchLexicon {
  if (loaded) return loaded;
  const rows = readTsv(join(DEFAULT_LEXICON_DIR, "search.tsv"), ["kind", "forms"]);
  const forms = (kind: string) => rows.filter((r) => r.kind === kind).flatMap((r) => list(r.forms));
  const byLength = (a: string, b: string) => b.length - a.length;
  const words = readTsv(join(DEFAULT_LEXICON_DIR, "words.tsv"), ["word", "kind"]);
  const suffixes = forms("suffix").map(fold);
  const variants = new Map<string, string>();
  for (const r of rows.filter((x) => x.kind === "variant")) {
    const [from, to] = list(r.forms).map((f) => stem(fold(f), suffixes));
    if (from === undefined || to === undefined)
      throw new Error(
        `lexicons/search.tsv: a variant row needs two forms, other|indexed (أميركا|أمريكا), not "${r.forms}"`,
      );
    variants.set(from, to);
  }
  loaded = {
    stop: new Set(forms("stop").map(fold)),
    articles: forms("article").sort(byLength),
    proclitics: forms("proclitic").map(fold).sort(byLength),
    suffixes,
    whole: new Set(words.map((w) => fold(w.word as string))),
    variants,
  };
  if (loaded.articles.length === 0 || loaded.suffixes.length === 0)
    throw new Error(
      `${join(DEFAULT_LEXICON_DIR, "search.tsv")} has no article or suffix rows: restore it from the repository`,
    );
  return loaded;
}

/** Hamza seats folded (`رؤساء` → `روساء`, `رئيس` → `رييس`); the bare hamza stays, so `رؤساء` keeps its end. */
const HAMZA_FOLDS: Record<string, string> = { ؤ: "و", ئ: "ي" };
const HAMZA = /[ؤئ]/gu;

/** A display word folded as lexemes are written: alef forms, ى, ة, hamza seats; Latin lower-cased. */
function fold(word: string): string {
  return foldLetters(keyOf(word)).replace(HAMZA, (ch) => HAMZA_FOLDS[ch] as string);
}

function isArabic(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x0600 && c <= 0x06ff;
}

/** Drops endings while `MIN_STEM` letters stay, again and again (`فلسطينيين` → `فلسط`). */
function stem(word: string, suffixes: readonly string[]): string {
  let s = word;
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of suffixes) {
      if (s.length - suffix.length >= MIN_STEM && s.endsWith(suffix)) {
        s = s.slice(0, s.length - suffix.length);
        changed = true;
        break;
      }
    }
  }
  return s;
}

const NO_TERMS: readonly string[] = [];

// No closures here: tsx names each closure as it is made, a cost on every new word.
export function readWord(word: string): readonly string[] {
  if (word.length > MAX_WORD) return NO_TERMS;
  const folded = fold(word);
  if (!isArabic(folded)) return [folded];
  const lex = lexicon();
  if (lex.stop.has(folded)) return NO_TERMS;
  for (const a of lex.articles)
    if (word.startsWith(a) && word.length - a.length >= MIN_STEM)
      return [stemmed(folded.slice(a.length), lex)];
  const main = stemmed(folded, lex);
  if (lex.whole.has(folded)) return [main];
  const terms = [main];
  for (const p of lex.proclitics) {
    if (!folded.startsWith(p) || folded.length - p.length < 2) continue;
    const rest = folded.slice(p.length);
    if (lex.stop.has(rest)) return NO_TERMS;
    if (rest.length < MIN_STEM) continue;
    const cut = stemmed(rest, lex);
    if (!terms.includes(cut)) terms.push(cut);
  }
  return terms;
}

/** A word's light stem, under its indexed spelling (`variant` rows). */
function stemmed(word: string, lex: SearchLexicon): string {
  const s = stem(word, lex.suffixes);
  return lex.variants.get(s) ?? s;
}

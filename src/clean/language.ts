// The language of a body, so that a non-Arabic document is stored flagged and not read as Arabic.
// The script decides first (Arabic script against the rest); function words then tell Arabic
// from Persian and Urdu, and English from French, from the lexicon's short lists.
import { join } from "node:path";
import { DEFAULT_LEXICON_DIR } from "../pipeline/lexicons.ts";
import { list, type Row, readTsv } from "../pipeline/tsv.ts";
import { CITATION_WORD } from "./regexes.ts";

export interface LanguageProfile {
  lang: string;
  /** A Unicode script name (`Arabic`, `Latin`). */
  script: string;
  words: ReadonlySet<string>;
}

/** Fewest function-word hits before words, not script alone, decide. */
const MIN_HITS = 3;

export function compileLanguages(rows: readonly Row[]): LanguageProfile[] {
  return rows.map((r) => ({
    lang: r.lang as string,
    script: r.script as string,
    words: new Set(list(r.words).map((w) => w.toLowerCase())),
  }));
}

/** Letters (not marks or digits) of each script the profiles name. */
const SCRIPTS: Record<string, RegExp> = {
  Arabic: /(?=\p{L})\p{Script=Arabic}/u,
  Latin: /(?=\p{L})\p{Script=Latin}/u,
  Cyrillic: /(?=\p{L})\p{Script=Cyrillic}/u,
  Hebrew: /(?=\p{L})\p{Script=Hebrew}/u,
};

/** Any letter, in any script. */
const LETTER = /\p{L}/u;

/** What one character counts for: a letter or not, and the index of its script in `scripts`. */
interface CharClass {
  letter: boolean;
  script: number;
}

function classify(ch: string, scripts: readonly string[]): CharClass {
  if (!LETTER.test(ch)) return { letter: false, script: -1 };
  return { letter: true, script: scripts.findIndex((s) => SCRIPTS[s]?.test(ch) ?? false) };
}

/**
 * The script most letters of `text` are written in, by the names the profiles use. One pass,
 * each distinct character tested once: an article uses a few dozen letters 5,000 times.
 */
function mainScript(text: string, scripts: readonly string[]): string | null {
  const seen = new Map<string, CharClass>();
  const counts = scripts.map(() => 0);
  let letters = 0;
  for (const ch of text) {
    let c = seen.get(ch);
    if (c === undefined) {
      c = classify(ch, scripts);
      seen.set(ch, c);
    }
    if (!c.letter) continue;
    letters++;
    if (c.script >= 0) counts[c.script] = (counts[c.script] as number) + 1;
  }
  if (letters === 0) return null;
  let best: string | null = null;
  let most = 0;
  scripts.forEach((s, i) => {
    const n = counts[i] as number;
    if (n > most) [best, most] = [s, n];
  });
  return most / letters >= 0.5 ? best : null;
}

/**
 * ISO 639-1 code of the text's language: `ar`, another profile's code, the declared `hint`
 * when the text alone cannot tell, or `und`.
 */
export function detectLanguage(text: string, profiles: readonly LanguageProfile[], hint?: string): string {
  const sample = text.slice(0, 5000);
  const scripts = [...new Set(profiles.map((p) => p.script))];
  const script = mainScript(sample, scripts);
  const declared = hint?.toLowerCase().split(/[-_]/u)[0];
  if (script === null) return declared || "und";
  const candidates = profiles.filter((p) => p.script === script);
  const words = (sample.match(CITATION_WORD) ?? []).map((w) => w.toLowerCase());
  let best: { lang: string; hits: number } | null = null;
  for (const p of candidates) {
    const hits = words.filter((w) => p.words.has(w)).length;
    if (best === null || hits > best.hits) best = { lang: p.lang, hits };
  }
  if (best && best.hits >= MIN_HITS) return best.lang;
  if (declared && candidates.some((p) => p.lang === declared)) return declared;
  return script === "Arabic" ? "ar" : declared || "und";
}

/** The language profiles of `lexicons/languages.tsv`. */
export function loadLanguages(dir: string = DEFAULT_LEXICON_DIR): LanguageProfile[] {
  return compileLanguages(readTsv(join(dir, "languages.tsv"), ["lang", "script", "words"]));
}

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

/** Letters (not marks or digits) of each script the profiles name; global, to count in one pass. */
const SCRIPTS: Record<string, RegExp> = {
  Arabic: /(?=\p{L})\p{Script=Arabic}/gu,
  Latin: /(?=\p{L})\p{Script=Latin}/gu,
  Cyrillic: /(?=\p{L})\p{Script=Cyrillic}/gu,
  Hebrew: /(?=\p{L})\p{Script=Hebrew}/gu,
};

/** Any letter, in any script. */
const LETTER = /\p{L}/gu;

function countMatches(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** The script most letters of `text` are written in, by the names the profiles use. */
function mainScript(text: string, scripts: readonly string[]): string | null {
  const letters = countMatches(text, LETTER);
  if (letters === 0) return null;
  let best: string | null = null;
  let most = 0;
  for (const s of scripts) {
    const n = SCRIPTS[s] ? countMatches(text, SCRIPTS[s]) : 0;
    if (n > most) [best, most] = [s, n];
  }
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

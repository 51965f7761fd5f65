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

const SCRIPTS: Record<string, RegExp> = {
  Arabic: /\p{Script=Arabic}/u,
  Latin: /\p{Script=Latin}/u,
  Cyrillic: /\p{Script=Cyrillic}/u,
  Hebrew: /\p{Script=Hebrew}/u,
};

/** The script most letters of `text` are written in, by the names the profiles use. */
function mainScript(text: string, scripts: readonly string[]): string | null {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    for (const s of scripts) {
      if (SCRIPTS[s]?.test(ch)) {
        counts.set(s, (counts.get(s) ?? 0) + 1);
        break;
      }
    }
  }
  if (letters === 0) return null;
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] / letters >= 0.5 ? best[0] : null;
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

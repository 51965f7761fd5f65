// Scores the Arabic layer against hand-checked tables (test/arabic/*.tsv), for its tests and
// for scripts/bench-arabic.ts.
import type { Row } from "../pipeline/tsv.ts";
import { segmentWord } from "./clitics.ts";
import { findDates } from "./dates.ts";
import type { ArabicOptions } from "./index.ts";
import { DISPLAY_STEPS, keyOf, normalize } from "./normalize.ts";
import { tokenize } from "./tokens.ts";

export interface Score {
  total: number;
  correct: number;
  /** Mentions found that the table does not list (dates only). */
  spurious: number;
  misses: string[];
}

/** Rows of `word, prefix, core, suffix`: a word is right when all three parts are. */
export function scoreSegmentation(rows: readonly Row[], options: ArabicOptions): Score {
  const score: Score = { total: 0, correct: 0, spurious: 0, misses: [] };
  for (const row of rows) {
    const word = row.word ?? "";
    const got = segmentWord(normalize(word, DISPLAY_STEPS).text, options);
    const want = [keyOf(row.prefix ?? ""), keyOf(row.core ?? ""), keyOf(row.suffix ?? "")];
    const have = [got.prefix, got.core, got.suffix];
    score.total++;
    if (want.every((w, i) => w === have[i])) score.correct++;
    else score.misses.push(`${word}: want ${want.join(" + ")}, got ${have.join(" + ")}`);
  }
  return score;
}

/**
 * Rows of `published, text, mention, value, end, granularity`, one per expected mention: a mention
 * is right when one found with the same text has the same value, end and granularity.
 */
export function scoreDates(rows: readonly Row[], options: ArabicOptions): Score {
  const score: Score = { total: 0, correct: 0, spurious: 0, misses: [] };
  const sentences = new Map<string, Row[]>();
  for (const row of rows) {
    const id = `${row.published}\t${row.text}`;
    sentences.set(id, [...(sentences.get(id) ?? []), row]);
  }
  for (const [id, expected] of sentences) {
    const [published, text] = id.split("\t") as [string, string];
    const { tokens } = tokenize(text, options);
    const found = findDates(text, tokens, options.calendar, published === "-" ? null : published, options);
    const wanted = expected.filter((e) => e.mention !== "");
    for (const e of wanted) {
      score.total++;
      const f = found.find((d) => d.text === e.mention);
      const got = f ? `${f.value ?? ""} ${f.endValue ?? ""} ${f.granularity ?? ""}` : "nothing";
      const want = `${e.value ?? ""} ${e.end ?? ""} ${e.granularity ?? ""}`;
      if (got === want) score.correct++;
      else score.misses.push(`${text} [${published}] «${e.mention}»: want ${want.trim()}, got ${got.trim()}`);
    }
    for (const f of found) {
      if (wanted.some((e) => e.mention === f.text)) continue;
      score.spurious++;
      score.misses.push(`${text} [${published}]: spurious «${f.text}» ${f.value ?? ""}`);
    }
  }
  return score;
}

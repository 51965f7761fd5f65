// `اليوم نفسه`، `في الشهر ذاته`، `نفس العام`: a relative word that names the day, month or year the text
// told last, not the publication's. Run by dates.ts after every date of the text is found.
import type { Token } from "../pipeline/types.ts";
import type { Found, Reader } from "./date-reader.ts";

/** Words right after the phrase that name the day of the clause after it (`في اليوم نفسه الذي وصل فيه`). */
const RELATIVE = new Set(["الذي", "التي"]);
/** `في نفس اليوم من عام 1990`: the same day of another year, told after the phrase. */
const OF_YEAR = new Set(["عام", "العام", "سنة"]);

/**
 * Each `same` date takes the value of the nearest date before it in the text that fixes its
 * granularity (a day for `اليوم نفسه`, a month for `الشهر نفسه`, a year for `العام نفسه`), cut to that
 * granularity. Followed by a relative pronoun, it names the day of the clause after it (`وصل الوفد، السبت، في
 * اليوم ذاته الذي وجهت فيه`), which only a date earlier in its own sentence tells. It stays unresolved when `من
 * عام` follows it (the same day of another year) or when no date before it fixes that much.
 */
export function sameAsBefore(r: Reader, all: Found[]): void {
  for (let k = 0; k < all.length; k++) {
    const f = all[k] as Found;
    if (!f.same) continue;
    const next = r.tokens[f.end] as Token | undefined;
    const after = r.tokens[f.end + 1] as Token | undefined;
    if (next?.text === "من" && after && OF_YEAR.has(after.text)) continue;
    const sentence = next && RELATIVE.has(next.text) ? (r.tokens[f.first] as Token).sentence : null;
    for (let j = k - 1; j >= 0; j--) {
      const before = all[j] as Found;
      if (sentence !== null && (r.tokens[before.first] as Token).sentence !== sentence) break;
      const { y, m, d } = before.ymd;
      if (y === null || (f.same !== "year" && m === null) || (f.same === "day" && d === null)) continue;
      f.ymd = { y, m: f.same === "year" ? null : m, d: f.same === "day" ? d : null };
      f.basis = "relative";
      break;
    }
  }
}

// Cue sets whose forms are derived from the words cues.tsv and calendar.tsv list (a possessive's pronoun
// forms, a preposition's pronoun forms, the weekdays, the other half of a divided state's name). Split from
// cues.ts, which compiles every cue set and calls these.
import { keyOf } from "../arabic/normalize.ts";
import type { Lexicons } from "../pipeline/lexicons.ts";
import { list } from "../pipeline/tsv.ts";

/** `بلاد` → `بلاده`، `بلادها`; keys fold ة into ه, so حكومة (حكومه) is written حكومت before a pronoun. */
export function possessiveKeys(words: ReadonlySet<string>): Set<string> {
  const keys = new Set<string>();
  for (const word of words) {
    const host = word.endsWith("ه") ? `${word.slice(0, -1)}ت` : word;
    keys.add(`${host}ه`);
    keys.add(`${host}ها`);
  }
  return keys;
}

/** The weekdays of calendar.tsv by key, with and without their article (`الثلاثاء`، `ثلاثاء`). */
export function weekdayWords(lex: Lexicons): Set<string> {
  const out = new Set<string>();
  for (const row of lex.calendar)
    if (row.kind === "weekday")
      for (const form of list(row.forms)) {
        out.add(keyOf(form));
        if (form.startsWith("ال")) out.add(keyOf(form.slice(2)));
      }
  return out;
}

/**
 * The words of a date written out (calendar.tsv): month names, each word of a two-word one (`كانون الثاني`),
 * weekdays and ordinal day words (`السابع`). A modal word before a date keeps its reach over the act after it.
 */
export function calendarWords(lex: Lexicons): Set<string> {
  const out = new Set<string>();
  for (const row of lex.calendar)
    if (row.kind === "month" || row.kind === "weekday" || row.kind === "ordinal")
      for (const form of list(row.forms)) for (const word of form.split(" ")) out.add(keyOf(word));
  return out;
}

/** `على` → `عليها`، `عليه`: a preposition's final ى is written ي before a pronoun. */
export function pronounPreps(preps: readonly string[]): Map<string, { prep: string; feminine: boolean }> {
  const out = new Map<string, { prep: string; feminine: boolean }>();
  for (const p of preps) {
    const host = p.endsWith("ى") ? `${p.slice(0, -1)}ي` : p;
    out.set(keyOf(`${host}ها`), { prep: keyOf(p), feminine: true });
    out.set(keyOf(`${host}ه`), { prep: keyOf(p), feminine: false });
  }
  return out;
}

/** `KOR الشمالية=PRK` rows of cue `other_half`: a half → its direction words (keys) → the state they name. */
export function otherHalves(forms: readonly string[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const f of forms) {
    const [left = "", state = ""] = f.split("=");
    const [owner = "", word = ""] = left.trim().split(/\s+/u);
    if (!owner || !word || !state)
      throw new Error(`lexicons/cues.tsv: other_half "${f}"; write HALF word=STATE`);
    const words = out.get(owner) ?? new Map<string, string>();
    words.set(keyOf(word), state);
    out.set(owner, words);
  }
  return out;
}

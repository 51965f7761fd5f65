// The day an article's news happened, when its page was put out in the small hours of the day after: a
// BBC or CNN page of Sunday 05:50 GMT that tells `مساء السبت` and no time of Sunday tells Saturday's news,
// so an act it tells as done with no date of its own happened on Saturday, not on the day the page bears.
import { tokenIn } from "../arabic/tokens.ts";
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import type { EventCues } from "./cues.ts";
import { dayMinus } from "./act-dates.ts";

/** A page put out before this hour (UTC) may tell the day before's news. */
export const EARLY_HOUR = 6;

/**
 * How many sentences open the article as its lead: the news told first; the sentences after them more often
 * give its background (the acts of days before, told with no date) than more of the day's acts.
 */
export const LEAD_SENTENCES = 4;

/**
 * The day before publication when an early page (before `EARLY_HOUR` UTC) tells its news as of that day: a
 * weekday it names fixes the day before publication (`السبت`، `مساء السبت` on a Sunday page), and no time
 * it names fixes the publication day or later (`اليوم`، `الأحد`) or counts back from the page's own day
 * (`أمس`، `الليلة الماضية`: the page then speaks from the publication day). Else null.
 */
export function newsDayBefore(
  arabic: ArabicText,
  published: string | null,
  hour: number | null,
): string | null {
  if (published === null || hour === null || hour >= EARLY_HOUR || !/^\d{4}-\d{2}-\d{2}$/u.test(published))
    return null;
  const before = dayMinus(published, 1);
  let named = false;
  for (const d of arabic.dates) {
    if (d.value === null) continue;
    if (d.value.length === 10 && d.value >= published) return null;
    if (d.value === before) {
      if (d.basis === "relative" && d.bareWeekday !== true) return null;
      named = true;
    }
  }
  return named ? before : null;
}

/**
 * Whether an act told as done on an early page that tells the day before's news (`newsDayBefore`) is that
 * news: told in the article's lead (its first `LEAD_SENTENCES` sentences), as a perfect verb (`اتهمت`، `رفض`), not a verbal noun after a preposition (`بناء على طلب`), not the verb
 * of a relative clause (`الأمر الذي نفته الدوحة`، `حيث رفضت السلطات`: a standing fact or an older act told to
 * place a noun, within two words after the pronoun), in a sentence that names no span of recent past
 * (`خلال الأشهر الأخيرة، فرضت`، `وفي الأيام العشرة الأخيرة، رفضت`، `قبل أشهر قليلة، أدانت`).
 */
export function newsDayAct(arabic: ArabicText, sentence: Sentence, first: number, cues: EventCues): boolean {
  const { tokens } = arabic;
  if (arabic.sentences.indexOf(sentence) >= LEAD_SENTENCES) return false;
  if (tokenIn(cues.preposition, tokens[first - 1])) return false;
  for (let i = first - 1; i >= Math.max(sentence.firstToken, first - 2); i--)
    if (tokenIn(cues.relative, tokens[i]) || tokenIn(cues.placeRelative, tokens[i])) return false;
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const t = tokens[k] as Token;
    if (cues.recentSpan.has(t.key)) return false;
    for (const n of [tokens[k + 1], tokens[k + 2]])
      if (n !== undefined && n.start < sentence.end && cues.recentSpan.has(`${t.key} ${n.key}`)) return false;
  }
  return true;
}

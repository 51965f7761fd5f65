// A time phrase between a verb's subject and its object: in `ودعا الأمين العام للأمم المتحدة يوم
// الثلاثاء روسيا إلى …` and `ودعا المبعوث الأممي، فلان، يوم الثلاثاء روسيا وتركيا إلى …` the day stands
// between the post-verbal subject (its title's body, its appositive name) and the object, which
// still opens right after it. Reads the words of cue `time_aside` (يوم، مساء، أمس، الثلاثاء …); a
// phrase set off by commas counts only when both commas are there, or only the opening one (the
// closing comma of the name before it). Used by title-body.ts and recipient.ts (afterAppositive).
import type { Clause } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";

/** How many words the time phrase may have (`يوم الثلاثاء`، `مساء يوم الأحد`). */
const TIME_GAP_REACH = 3;

/**
 * One past a time phrase that opens at `at` (words of cue `time_aside` only, no punctuation inside
 * it, within `TIME_GAP_REACH` words), else `at`. A phrase closed by a comma it did not open with
 * (`… يوم الثلاثاء، روسيا`) is not skipped.
 */
export function pastTimeGap(c: Clause, at: number): number {
  const last = Math.min(c.sentenceEnd, at + TIME_GAP_REACH);
  let k = at;
  while (k < last && tokenIn(c.cues.timeAside, c.tokens[k]) && (k === at || !punctuated(c, k, k))) k++;
  if (k === at || k >= c.sentenceEnd) return at;
  const opened = punctuated(c, at, at);
  const closed = punctuated(c, k, k);
  return closed && !opened ? at : k;
}

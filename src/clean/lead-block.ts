// CNN Arabic's article pages of 2018 close with a block of leads of other stories, five of them, run on
// after the body with no mark. A lead longer than the page's fixed length is cut at it (236-240
// characters, `teaserLength`); a shorter one is given whole, and nothing but its place tells it from a
// paragraph of the article. The cleaner finds the block by its cut leads and by the run of unmarked lines
// that open no continuation (related.ts, leadTail). When those account for fewer lines than the block
// holds, the lines just above them that read as leads of their own belong to it too; and when nothing
// anchored the block, the body's last five lines are it if each reads as a lead and two carry the day of
// a news lead. A tail longer than the block reached into the article's own last lines, which go back. The
// article's first paragraph always stays.
import { keyOf } from "../arabic/normalize.ts";
import { BULLET_LINE } from "../arabic/regexes.ts";

export interface LeadBlockOptions {
  /** How many leads of other stories the page runs after the body (CNN Arabic, 2018: five). */
  leadBlock: number;
  /** Length, in characters, at which the page cuts a lead ([min, max]); no whole lead is longer. */
  teaserLength: readonly [number, number];
  /** Keys of the weekday names (`الأحد`). */
  weekdays: ReadonlySet<string>;
  /** Fewest lines of an unanchored block that name a weekday. */
  minDatedLeads: number;
}

/** Punctuation a weekday may carry at its end (`، الأحد،`, `الأحد.`). */
const WORD_END = /[،,.:؛;"»”)]+$/u;

/** Whether a line names a weekday as one of its words (`قال …، الإثنين، إن`, `… مع الرئيس، السبت`). */
function namesWeekday(line: string, weekdays: ReadonlySet<string>): boolean {
  return line.split(/\s+/u).some((w) => weekdays.has(keyOf(w.replace(WORD_END, ""))));
}

/**
 * Where the block of other stories' leads starts in the body's non-blank `lines`. `end` is the start of
 * the tail already found (`lines.length` when none), `removed` how many lines that tail held, the leads
 * cut at a fixed length after the body included. A line reads as a lead when it opens no continuation
 * of the article (`continues`), is no longer than a cut lead and is no item of a bulleted list.
 * - With a tail longer than the block (a run of unconnected lines that reached into the article's own
 *   last lines: a closing line, a caption, an embedded post, a list's items), the lines above the block's
 *   size go back to the body, from the top.
 * - With a tail short of the block that holds a lead cut at the fixed length, the lead lines just above it
 *   are taken into it, up to the block's size.
 * - With no tail, the last `leadBlock` lines are the block when every one reads as a lead and
 *   `minDatedLeads` of them name a weekday (a list of the article's own gives its items no day).
 */
export function leadBlockStart(
  lines: readonly string[],
  end: number,
  removed: number,
  options: LeadBlockOptions,
  continues: (line: string) => boolean,
): number {
  const lead = (line: string) =>
    line.length <= options.teaserLength[1] && !BULLET_LINE.test(line) && !continues(line);
  const n = options.leadBlock;
  if (removed === 0) {
    const last = lines.slice(-n);
    const dated = last.filter((l) => namesWeekday(l, options.weekdays)).length;
    return lines.length > n && last.every(lead) && dated >= options.minDatedLeads ? lines.length - n : end;
  }
  // A tail longer than the block took the article's own last lines with it: they go back, from the top.
  if (removed > n) return Math.min(lines.length, end + removed - n);
  // Only a page that cuts its leads at the fixed length is known to run the whole block: after a run of
  // whole dated leads alone, the unconnected lines above are the article's own (a how-to's tips, a list).
  if (removed <= lines.length - end) return end;
  let start = end;
  for (let taken = removed; taken < n && start > 1 && lead(lines[start - 1] as string); taken++) start--;
  return start;
}

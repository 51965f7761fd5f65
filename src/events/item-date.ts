// The date of a timeline item: `2011: وقعت سوريا …`، `1902 - فنزويلا تفشل …`, a year heading its line, read
// by governingDate (act-dates.ts) when the act's clause names no date of its own; and no date for an item of
// a chronology that gives none (event-record.ts).
import type { ArabicText, DateMention, Sentence, Token } from "../pipeline/types.ts";
import { keyOf } from "../arabic/normalize.ts";
import { opensItem } from "../arabic/year-at.ts";
import type { EventCues } from "./cues.ts";

/**
 * The year that opens the act's sentence and heads its line (`opensItem`: nothing before it on the line
 * but a bullet, a colon or a dash after it), else null. `frontedDate` leaves a year that opens a sentence
 * alone, as it may be that of a report about an older act (`وفي عام 2011 نقلت وسائل إعلام …`); an item's
 * year is the year of the item.
 */
export function itemDate(arabic: ArabicText, first: number): DateMention | null {
  const { tokens, sentences, dates, text } = arabic;
  const sentence = sentences[(tokens[first] as Token).sentence] as Sentence | undefined;
  if (!sentence) return null;
  const head = tokens[sentence.firstToken] as Token;
  const opening = dates.find((d) => d.start === head.start);
  return opening?.value && opening.granularity === "year" && opensItem(text, opening.start, opening.end)
    ? opening
    : headingDate(arabic, (tokens[first] as Token).start);
}

/**
 * `سبتمبر/ أيلول 2014` alone on the line before the act's (blank lines between): the heading of a
 * chronology's or a roundup's item, the date of that item's acts. Only the next line's: where an outlet's
 * copy lost the headings of later items, the items after the next are of years not given.
 */
function headingDate(arabic: ArabicText, at: number): DateMention | null {
  const { text, dates } = arabic;
  let end = text.lastIndexOf("\n", at - 1);
  while (end > 0 && text.slice(text.lastIndexOf("\n", end - 1) + 1, end).trim() === "")
    end = text.lastIndexOf("\n", end - 1);
  if (end <= 0) return null;
  const start = text.lastIndexOf("\n", end - 1) + 1;
  const line = text.slice(start, end);
  const from = start + (line.length - line.trimStart().length);
  const to = start + line.trimEnd().length;
  return dates.find((d) => d.value !== null && d.start === from && d.end === to) ?? null;
}

/** How many lines before an act a chronology's announcing line is looked for. */
const CHRONOLOGY_REACH = 60;

/** A text's lines, by the offset of the "\n" that ends each, and which of them announce a chronology. */
interface Lines {
  cues: EventCues;
  ends: number[];
  announcing: boolean[];
}

/** Read once per text: the lines do not change from one act to the next. */
const linesOf = new WeakMap<ArabicText, Lines>();

function lines(arabic: ArabicText, cues: EventCues): Lines {
  const known = linesOf.get(arabic);
  if (known?.cues === cues) return known;
  const { text } = arabic;
  const read: Lines = { cues, ends: [], announcing: [] };
  // Nothing but blank lines before this one: it is the page's lead.
  let lead = true;
  for (let start = 0, end = text.indexOf("\n"); end >= 0; start = end + 1, end = text.indexOf("\n", start)) {
    const line = text.slice(start, end);
    const words = line.split(/\s+/u);
    // Announced by `فيما يلي` only in the page's lead: a lead of another story that announces its own list
    // (a teaser of a "this day in history" page among the leads after an article) heads no list of this one.
    const announced = /:\s*$/u.test(line) || (lead && words.some((w) => cues.listLead.has(keyOf(w))));
    read.ends.push(end);
    read.announcing.push(announced && words.some((w) => cues.chronology.has(keyOf(w))));
    lead &&= line.trim() === "";
  }
  linesOf.set(arabic, read);
  return read;
}

/**
 * وهذا تسلسل لأهم ما جرى في هذا التاريخ: — the act stands on a line after one that holds a
 * word of cue `chronology` and ends with a colon or holds a word of cue `list_lead` (`فيما يلي`) as the page's first line: an item of a list of past events whose years the list does
 * not give (the outlet's "this day in history", a timeline that lost its headings).
 */
export function chronologyItem(arabic: ArabicText, first: number, cues: EventCues): boolean {
  const { ends, announcing } = lines(arabic, cues);
  const at = (arabic.tokens[first] as Token).start;
  // The line before the act's, then back CHRONOLOGY_REACH lines at most; a "\n" that opens the text ends none.
  let j = ends.length - 1;
  while (j >= 0 && (ends[j] as number) >= at) j--;
  for (let n = 0; j >= 0 && (ends[j] as number) > 0 && n < CHRONOLOGY_REACH; j--, n++)
    if (announcing[j]) return true;
  return false;
}

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
    : null;
}

/** How many lines before an act a chronology's announcing line is looked for. */
const CHRONOLOGY_REACH = 60;

/**
 * وهذا تسلسل لأهم ما جرى في هذا التاريخ: — the act stands on a line after one that holds a
 * word of cue `chronology` and ends with a colon or holds a word of cue `list_lead` (`فيما يلي`) as the page's first line: an item of a list of past events whose years the list does
 * not give (the outlet's "this day in history", a timeline that lost its headings).
 */
export function chronologyItem(arabic: ArabicText, first: number, cues: EventCues): boolean {
  const { text } = arabic;
  let end = text.lastIndexOf("\n", (arabic.tokens[first] as Token).start - 1);
  for (let n = 0; end > 0 && n < CHRONOLOGY_REACH; n++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const words = text.slice(start, end).split(/\s+/u);
    // Announced by `فيما يلي` only in the page's lead: a lead of another story that announces its own list
    // (a teaser of a "this day in history" page among the leads after an article) heads no list of this one.
    const announced =
      /:\s*$/u.test(text.slice(start, end)) ||
      (text.slice(0, start).trim() === "" && words.some((w) => cues.listLead.has(keyOf(w))));
    if (announced && words.some((w) => cues.chronology.has(keyOf(w)))) return true;
    end = start - 1;
  }
  return false;
}

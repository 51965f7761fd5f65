// The date of a timeline item: `2011: وقعت سوريا …`، `1902 - فنزويلا تفشل …`, a year heading its line.
// Read by governingDate (act-dates.ts) when the act's clause names no date of its own.
import type { ArabicText, DateMention, Sentence, Token } from "../pipeline/types.ts";
import { opensItem } from "../arabic/year-at.ts";

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

// A second report by the same speaker in one sentence: `قال وزير الخارجية التركي إن فرنسا صديقة، وأضاف أنه
// سيزور واشنطن`. The speech verb with و right before the second complementizer goes on quoting the sentence's
// first speaker; a state named inside the first report (فرنسا) is neither the speaker nor a side of the act
// told after the second. Docs: docs/EVENTS.md, "Fifty-fifth passes".
import type { Sentence, Token } from "../pipeline/types.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";

/**
 * The first report's complementizer, when the clause at `reported` is a continued report: the token before
 * its complementizer is a speech verb with و or ف (`وأضاف`، `وتابع`), an earlier complementizer follows the
 * sentence's first speech verb, and no quote opened between them is still open (`إن "الشمال عبر …، وأوضح
 * أنه` is the quote's own verb). Else -1.
 */
export function firstReportEnd(
  tokens: readonly Token[],
  sentence: Sentence,
  reported: number,
  cues: EventCues,
  text: string,
): number {
  const verb = tokens[reported - 2];
  if (text === "" || !tokenIn(cues.speech, verb) || !/^[وف]/u.test(verb?.text ?? "")) return -1;
  let from = sentence.firstToken;
  while (from < reported - 2 && !tokenIn(cues.speech, tokens[from])) from++;
  let first = from + 1;
  while (first < reported - 2 && !isComplementizer(tokens[first], cues)) first++;
  if (first >= reported - 2) return -1;
  return openQuote(text.slice((tokens[first] as Token).end, (verb as Token).start)) ? -1 : first;
}

/** The stretch opens a quote it does not close. */
function openQuote(stretch: string): boolean {
  const count = (re: RegExp) => (stretch.match(re) ?? []).length;
  return count(/"/gu) % 2 === 1 || count(/«/gu) > count(/»/gu) || count(/“/gu) > count(/”/gu);
}

/** The units outside the first report of a continued report whose complementizer is at `carrier`. */
export function outsideFirstReport<U extends { first: number; end: number }>(
  units: readonly U[],
  tokens: readonly Token[],
  sentence: Sentence,
  carrier: number,
  cues: EventCues,
  text: string,
): U[] {
  const first = firstReportEnd(tokens, sentence, carrier + 1, cues, text);
  return first < 0 ? [...units] : units.filter((u) => u.first <= first || u.end > carrier - 1);
}

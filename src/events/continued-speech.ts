// Which report each event's sentence belongs to: `قال الوزير إن … . وأضاف أن …` tells one report in a
// run of sentences, the later ones opened by a verb continuing the speech before (cue speech_more, with
// its و or ف). The article-level merge (merge.ts) reads the same act told twice in one report as one act.
import type { ArabicText, Event, Sentence } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** How many sentences back a run of continued speech is followed to the sentence that opens the report. */
const REPORT_BACK = 3;

/** An event's report: the index of the sentence opening it, and whether the event's own sentence continues it. */
export interface Report {
  opening: number;
  continued: boolean;
}

/**
 * The report of each event: its sentence, or, when that sentence opens with `وأضاف`/`وتابع` (cue speech_more,
 * after و or ف), the sentence before it, followed back through such sentences (at most 3).
 */
export function reportsOf(
  arabic: ArabicText,
  events: readonly Event[],
  cues: EventCues,
): (e: Event) => Report | undefined {
  const { sentences } = arabic;
  const byStart = new Map<number, number>();
  for (const e of events) {
    const i = sentences.findIndex((s) => s.start <= e.evidence.start && e.evidence.start < s.end);
    if (i >= 0) byStart.set(e.evidence.start, i);
  }
  const opens = (i: number): boolean => {
    const first = (sentences[i] as Sentence).firstToken;
    const opening = arabic.tokens[first];
    return opening !== undefined && /^[وف]/u.test(opening.text) && tokenIn(cues.speechMore, opening);
  };
  return (e) => {
    const i = byStart.get(e.evidence.start);
    if (i === undefined) return undefined;
    let k = i;
    while (k > 0 && i - k < REPORT_BACK && opens(k)) k--;
    return { opening: k, continued: k !== i };
  };
}

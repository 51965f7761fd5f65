// `وفي اليوم التالي، طالبت كندا السعودية …`: a sentence that opens with "the next day" (cue next_day, after
// `في`) tells its act one day after the day the text told last, not on the publication day. Reads the
// date mentions of the sentences before (the last one that fixes a day, within NEXT_DAY_BACK sentences);
// with none, the act is of a time the text does not give here (undated). Not `اليوم التالي للهجوم`
// (a day counted from a named event, which the calendar reader dates itself).
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import { keyOf } from "../arabic/normalize.ts";
import { tokenIs } from "../arabic/tokens.ts";
import type { EventCues } from "./cues.ts";
import { dayPlus } from "./act-dates.ts";

/** How many sentences back the day counted from may be told. */
const NEXT_DAY_BACK = 2;

/**
 * The act's date when its sentence opens with `في اليوم التالي` before it: the day after the last day told
 * in the sentences before (`undefined` when the sentence does not open so; `null` when no day is told).
 */
export function nextDayDate(
  arabic: ArabicText,
  sentence: Sentence,
  first: number,
  cues: EventCues,
): string | null | undefined {
  const { tokens } = arabic;
  let k = sentence.firstToken;
  if (tokenIs(tokens[k] as Token, IN_KEY)) k++;
  const day = tokens[k];
  const next = tokens[k + 1];
  if (!day || !next || k + 1 >= first || !cues.nextDay.has(`${day.key} ${next.key}`)) return undefined;
  // اليوم التالي للهجوم، اليوم التالي من القمة: counted from a named event, not from the day told last.
  const index = day.sentence;
  const after = tokens[k + 2];
  if (after && after.sentence === index && (after.key.startsWith("ل") || tokenIs(after, FROM_KEY)))
    return undefined;
  const from = arabic.sentences[Math.max(0, index - NEXT_DAY_BACK)] as Sentence;
  const told = arabic.dates.filter(
    (d) => d.start >= from.start && d.end <= sentence.start && d.value !== null && d.granularity === "day",
  );
  const last = told[told.length - 1];
  return last?.value ? dayPlus(last.value, 1) : null;
}

const IN_KEY = keyOf("في");
const FROM_KEY = keyOf("من");

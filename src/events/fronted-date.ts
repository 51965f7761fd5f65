// A date that opens the sentence, or the telling after a word of contrast, dates the acts after it whose
// clause names none. Split from act-dates.ts (governingDate's last readings but one).
import type { ArabicText, DateMention, Sentence, Token } from "../pipeline/types.ts";
import { keyOf } from "../arabic/normalize.ts";
import { tokenIs } from "../arabic/tokens.ts";
import { type EventCues, tokenIn } from "./cues.ts";

const IN_KEY = keyOf("في");

/**
 * ويوم الخميس بدا أن الوزير يخالف الرئاسة …؛ 3 مارس/آذار: تقول بيونغيانغ …
 * متهمة واشنطن: a date that opens the sentence, with nothing before it but `في` and words of a
 * time of day (cue time_aside: يوم، مساء، فجر), dates every act of the sentence whose clause names none, a
 * nested one too. A day or a month: a year opening the sentence may be that of a report about an older act
 * (`وفي عام 2011 نقلت وسائل إعلام … منذ عام 1991`).
 */
export function frontedDate(arabic: ArabicText, first: number, cues: EventCues): DateMention | null {
  const { tokens } = arabic;
  const sentence = arabic.sentences[(tokens[first] as Token).sentence];
  if (!sentence) return null;
  // مرت شهور، ولكن، وفي شهر نوفمبر 2016، دخل عامل جديد، إذ طالب …: after a word of contrast (cue date_opener)
  // a date opens the telling that follows, as one opening the sentence does.
  let opener = first - 1;
  while (opener >= sentence.firstToken && !tokenIn(cues.dateOpener, tokens[opener])) opener--;
  const opened =
    opener >= sentence.firstToken ? openingDate(arabic, sentence, opener + 1, first, cues) : null;
  return opened ?? openingDate(arabic, sentence, sentence.firstToken, first, cues);
}

/** The date that stands first from token `from` on, with nothing before it but في and words of a time of day. */
function openingDate(
  arabic: ArabicText,
  sentence: Sentence,
  from: number,
  first: number,
  cues: EventCues,
): DateMention | null {
  const { tokens } = arabic;
  const start = (tokens[from] as Token).start;
  const d = arabic.dates.find((m) => m.start >= start && m.end <= sentence.end);
  if (!d || d.value === null || d.granularity === "year" || d.end > (tokens[first] as Token).start)
    return null;
  for (let k = from; k < sentence.endToken && (tokens[k] as Token).start < d.start; k++)
    if (!tokenIs(tokens[k], IN_KEY) && !tokenIn(cues.timeAside, tokens[k])) return null;
  return d;
}

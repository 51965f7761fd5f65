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
  year = false,
): DateMention | null {
  const { tokens } = arabic;
  const start = (tokens[from] as Token).start;
  const d = arabic.dates.find((m) => m.start >= start && m.end <= sentence.end);
  if (!d || d.value === null || (d.granularity === "year") !== year || d.end > (tokens[first] as Token).start)
    return null;
  for (let k = from; k < sentence.endToken && (tokens[k] as Token).start < d.start; k++)
    if (!tokenIs(tokens[k], IN_KEY) && !tokenIn(cues.timeAside, tokens[k])) return null;
  return d;
}

/**
 * وفي عام 2016، خلص تقرير للمخابرات إلى أن روسيا شنت هجمات: a sentence opened by a year before the
 * publication's year tells an older time. An act after that opening whose clause names no date is background of
 * that past, not an act of the publication day. Its date stays null, as frontedDate gives no year (the year may be
 * that of a report about an older act).
 */
export function pastYearOpened(
  arabic: ArabicText,
  first: number,
  published: string | null,
  cues: EventCues,
): boolean {
  const sentence = arabic.sentences[(arabic.tokens[first] as Token).sentence];
  if (!sentence || published === null) return false;
  const d = openingDate(arabic, sentence, sentence.firstToken, first, cues, true);
  return d !== null && d.value !== null && Number(d.value.slice(0, 4)) < Number(published.slice(0, 4));
}

/** How many sentences back the date a time back-reference points to may stand. */
const BACK_SENTENCES = 3;

/**
 * وفي مايو 2016، زار الوزير الصين. وفي ذلك الوقت، فرضت واشنطن …: a sentence opened by a time told before
 * (في + ذلك or تلك + cue time_back, or one word of cue time_back_word) dates the act of the verb right after it by
 * the last date the text fixed in the three sentences before it.
 */
export function backReferredDate(arabic: ArabicText, first: number, cues: EventCues): DateMention | null {
  const { tokens, sentences } = arabic;
  const index = (tokens[first] as Token).sentence;
  const sentence = sentences[index];
  if (!sentence) return null;
  const k = sentence.firstToken;
  const word = tokenIn(cues.timeBackWord, tokens[k]);
  const phrase =
    tokenIs(tokens[k], IN_KEY) &&
    tokenIn(cues.timeBackThat, tokens[k + 1]) &&
    tokenIn(cues.timeBack, tokens[k + 2]);
  // Only the sentence's own act, the verb right after the opening: an act told further on, in a relative
  // clause (`كانت سوريا تخضع للعقوبات التي فرضها`), keeps its own reading.
  if (!(word && first === k + 1) && !(phrase && first === k + 3)) return null;
  const from = (sentences[Math.max(0, index - BACK_SENTENCES)] as Sentence).start;
  const before = arabic.dates.filter((d) => d.start >= from && d.end <= sentence.start && d.value !== null);
  return before[before.length - 1] ?? null;
}

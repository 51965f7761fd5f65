// The day of a speech told by a participle after the sentence's own act: `رفضت العاصمة الأحد الإنذار،
// قائلة إنها سترد` tells Sunday's words, not the page's day.
import type { ArabicText, DateMention, Sentence, Token } from "../pipeline/types.ts";
import { keyOf } from "../arabic/normalize.ts";
import { tokenIs } from "../arabic/tokens.ts";
import type { ClauseSpan } from "./clauses.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { openingDay } from "./praise-subject.ts";

/** The preposition a participle of speech takes before its complementizer (`مشيرة إلى أنها`). */
const TO_KEY = keyOf("إلى");

/**
 * رفضت الحكومة الأحد الإنذار، مؤكدة أنها لن تتراجع: a reported clause whose speech word is a participle of
 * speech (cue speech_participle) right before its complementizer, after a comma, is said as the sentence's
 * own act is done; an act it tells with no date of its own takes the day in one word (a weekday, `أمس`) that
 * the sentence names before its first complementizer (`openingDay`). Not a day past a relative word or a
 * break before it (`العقوبات التي فرضتها الأحد`، `بعد أن`): that day is another act's. With no such day,
 * nothing, and the page's day stays.
 */
export function participleReportDate(
  arabic: ArabicText,
  sentence: Sentence,
  span: ClauseSpan,
  cues: EventCues,
): DateMention | null {
  const { tokens } = arabic;
  // مشيرا إلى أن، لافتا إلى أن: the participle's preposition stands between it and its complementizer.
  const to = tokens[span.reported - 2];
  const at = tokenIs(to, TO_KEY) ? span.reported - 3 : span.reported - 2;
  if (at <= sentence.firstToken) return null;
  const participle = tokens[at] as Token;
  if (!tokenIn(cues.speechParticiple, participle)) return null;
  const before = tokens[at - 1] as Token;
  if (!/[،,]/u.test(arabic.text.slice(before.end, participle.start))) return null;
  const day = openingDay(arabic, sentence, cues);
  if (day === null || day.start >= participle.start) return null;
  for (let k = sentence.firstToken; k < at; k++) {
    const t = tokens[k] as Token;
    if (t.start >= day.start) break;
    // ولكن الرياض رفضت الأحد: a break that opens the sentence opens the sentence's own act.
    const opener = k === sentence.firstToken;
    if (
      tokenIn(cues.relative, t) ||
      tokenIn(cues.sharedSubject, t) ||
      (!opener && tokenIn(cues.clauseBreak, t))
    )
      return null;
  }
  return day;
}

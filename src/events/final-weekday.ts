// `اتهم أردوغان إسرائيل بأنها دولة إرهابية، الأحد`، `وصف الوزير نظيره بأنه "كاذب"، في مؤتمر صحفي، الأحد`: a day
// named alone at the end of the sentence, after a comma, dates the act whose verb opens the sentence and whose
// clause the complement `بأن` ends; the complement only says what the act charged or called the other side.
import type { ArabicText, DateMention, Sentence, Token } from "../pipeline/types.ts";
import type { ClauseSpan } from "./clauses.ts";
import { type EventCues, isComplementizer } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/**
 * The day (a weekday, or a one-word day counted back: `أمس`) that closes the sentence after a comma, with only
 * punctuation after it, when the act is a verb whose clause ends at a complementizer (`بأنه`، `بأن`) right after
 * it in the same sentence. Null otherwise, and when the text fixes no value for the day.
 */
export function finalDay(
  arabic: ArabicText,
  span: ClauseSpan,
  hit: TriggerHit,
  cues: EventCues,
): DateMention | null {
  const { tokens } = arabic;
  if (hit.trigger.pos !== "verb" || hit.end > span.end) return null;
  const verb = tokens[hit.first] as Token;
  const sentence = arabic.sentences[verb.sentence] as Sentence;
  if (span.end >= sentence.endToken || !isComplementizer(tokens[span.end], cues)) return null;
  const after = (tokens[span.end] as Token).end;
  for (const d of arabic.dates) {
    if (d.value === null || d.start < after || d.end > sentence.end) continue;
    if (d.granularity !== "day" || /\s/u.test(d.text.trim())) continue;
    if (d.basis !== "weekday" && d.basis !== "relative") continue;
    if (/[^\s.،,!؟?"»)]/u.test(arabic.text.slice(d.end, sentence.end))) continue;
    if (!/،\s*$/u.test(arabic.text.slice(after, d.start))) continue;
    return d;
  }
  return null;
}

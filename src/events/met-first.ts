// `وقال كيري: "عندما قابلت الرئيس المصري مبارك …"`، `"التقيت للتو بالسفير السعودي"`: a first-person perfect of
// meeting (cue we_praise: التقيت، التقينا، قابلت، قابلنا، اجتمعنا) is the quoted speaker's meeting, and the one met
// is the party named right after the verb (after an adverb such as `للتو` at most). A state read further on, inside
// the object's own clause (`التقيت المجندات اللواتي اكتشفن الخلية الفلسطينية`), is no side of the meeting.
// `قابلت` is also a feminine perfect; outside a quote it is read only after a complementizer with its subject's
// pronoun (`تقول الحكومة السورية إنها قابلت مسؤولي المنظمة`), not in a narrative of persons (`قابلت ألِس أمير اليونان`).
import type { ArabicText, Token } from "../pipeline/types.ts";
import type { Arguments } from "./arguments.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";
import { quoteAt } from "./quotes.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many tokens after a first-person verb of meeting its object may start (`التقيت للتو بالسفير`). */
const MET_REACH = 2;

/** The trigger is a first-person perfect of meeting (a CONSULT verb listed in cue we_praise). */
export function metFirst(hit: TriggerHit, tokens: readonly Token[], cues: EventCues): boolean {
  return (
    hit.trigger.type === "CONSULT" && hit.trigger.pos === "verb" && tokenIn(cues.wePraise, tokens[hit.first])
  );
}

/**
 * Keeps only the met party that starts right after a first-person verb of meeting; none when the verb stands
 * neither in a quote nor right after a complementizer.
 */
export function metFirstRecipient(
  args: Arguments,
  hit: TriggerHit,
  arabic: ArabicText,
  cues: EventCues,
): void {
  const { tokens } = arabic;
  if (!metFirst(hit, tokens, cues)) return;
  const quoted = quoteAt(arabic, hit.first) !== undefined;
  if (!quoted && !isComplementizer(tokens[hit.first - 1], cues)) {
    args.recipient = [];
    return;
  }
  args.recipient = args.recipient.filter((u) => u.first >= hit.end && u.first <= hit.end + MET_REACH);
}

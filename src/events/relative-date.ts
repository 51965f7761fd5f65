// A date told inside a relative clause that ends before the act: `المفاوضات التي أجريت عام 2015، وذلك
// في اتصال هاتفي جمع الرئيسين، الأحد` dates the talks of the relative clause, not the call after it.
import type { ArabicText, DateMention, Token } from "../pipeline/types.ts";
import { markBetween } from "../arabic/gaps.ts";
import type { ClauseSpan } from "./clauses.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";

/** How many words past the relative pronoun the date of its clause may stand (`التي وقعتها طهران مع القوى الكبرى عام`). */
const RELATIVE_REACH = 7;

/**
 * الاتفاق الذي وقع عام 2015، ثم انسحبت واشنطن …: the act's clause opens right after a relative pronoun
 * (cue relative, which is also a clause break), and the date stands in that relative clause, a few words
 * past the pronoun with no comma between, while a comma parts it from the act after it. The relative
 * clause ended at that comma: its date tells when its own noun happened, not the act told past it.
 * With no comma, a predicate's particle past the date (`قد`, cue relative_close) ends the relative clause too.
 * Not so when:
 * - the date stands after the act, or a comma parts it from the pronoun (`التي، في عام 2015، وقعت`);
 * - the pronoun carries و (`والتي عرضت يوم الأحد، اتهم`): the noun's description goes on, the act is its frame's;
 * - a preposition follows the comma (`التي اتخذتها في مايو، بعد خروجها`): an adjunct of the relative clause;
 * - the relative clause belongs to a phrase that opens the sentence (cue frame_opening, no complementizer
 *   before the pronoun: `وعقب فوزه بالانتخابات التي جرت يوم 20 مايو، وصفت`), which frames the act after it.
 */
export function relativeClauseDate(
  arabic: ArabicText,
  clause: ClauseSpan,
  d: DateMention,
  at: number,
  cues: EventCues,
): boolean {
  const { tokens, text } = arabic;
  const relAt = clause.start - 1;
  const rel = tokens[relAt];
  if (!rel || d.end > at || !cues.relative.has(rel.key)) return false;
  if (markBetween(text, rel.end, d.start)) return false;
  let k = clause.start;
  for (; k < tokens.length && (tokens[k] as Token).start < d.start; k++);
  if (k - clause.start > RELATIVE_REACH) return false;
  // الصواريخ التي اشترتها أثينا قبل عشرين عاما قد استخدمت خلال التدريبات: with no comma, a predicate's
  // particle (cue relative_close) past the date shows the relative clause has ended before the act.
  if (!markBetween(text, d.end, at))
    return closedAfter(arabic, k, at, cues) && !framedOpening(arabic, rel, relAt, cues);
  // The word after the first comma past the date.
  for (; k < tokens.length && (tokens[k] as Token).start < at; k++)
    if (markBetween(text, (tokens[k] as Token).end, (tokens[k + 1] as Token).start)) break;
  if (tokenIn(cues.preposition, tokens[k + 1])) return false;
  return !framedOpening(arabic, rel, relAt, cues);
}

/** A particle that opens a predicate (cue relative_close) stands from token `k` on, before the act at `at`. */
function closedAfter(arabic: ArabicText, k: number, at: number, cues: EventCues): boolean {
  for (let j = k; j < arabic.tokens.length && (arabic.tokens[j] as Token).start < at; j++)
    if (tokenIn(cues.relativeClose, arabic.tokens[j])) return true;
  return false;
}

/** The sentence opens with a framing phrase (cue frame_opening) that runs to the pronoun with no complementizer. */
function framedOpening(arabic: ArabicText, rel: Token, relAt: number, cues: EventCues): boolean {
  const sentence = arabic.sentences[rel.sentence];
  if (!sentence || !tokenIn(cues.frameOpening, arabic.tokens[sentence.firstToken])) return false;
  for (let j = sentence.firstToken; j < relAt; j++)
    if (isComplementizer(arabic.tokens[j], cues)) return false;
  return true;
}

/**
 * وصل الفريق السبت، في اليوم ذاته الذي وجهت فيه الدول الثلاث ضرباتها؛ يوم الأحد الذي التقى فيه الوزيران:
 * the act's clause opens right after a relative pronoun that follows a date with nothing between (`اليوم ذاته
 * الذي`، `الأحد الذي`): the relative clause tells what happened on that day, which dates its act.
 */
export function dayOfRelative(arabic: ArabicText, clause: ClauseSpan, cues: EventCues): DateMention | null {
  const rel = arabic.tokens[clause.start - 1];
  if (!rel || !cues.relative.has(rel.key)) return null;
  const gap = /^\s*$/u;
  return (
    arabic.dates.find(
      (d) => d.value !== null && d.end <= rel.start && gap.test(arabic.text.slice(d.end, rel.start)),
    ) ?? null
  );
}

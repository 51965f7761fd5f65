// A background clause opened by `، وكان` inside a sentence tells an older act than the clause before it: a
// date on one side does not date an act on the other (act-dates.ts), and two acts of one type and sides on
// either side are two events (index.ts, repeats.ts). The clause span of clauses.ts runs on past the comma,
// since `وكان` is no clause break for the act's parties (`وكانت عضويتها علقت` still speaks of the subject).
import type { ArabicText, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { markBetween } from "../arabic/gaps.ts";

/** The token at `k` is a form of `كان` (cue pluperfect_aux) with its و right after a comma: `…، وكانت`. */
export function opensBackground(arabic: ArabicText, k: number, cues: EventCues): boolean {
  const t = arabic.tokens[k] as Token;
  const before = arabic.tokens[k - 1];
  return (
    before !== undefined &&
    t.text.startsWith("و") &&
    tokenIn(cues.pluperfectAux, t) &&
    markBetween(arabic.text, before.end, t.start, "comma")
  );
}

/**
 * ودعا الشهر الماضي إلى إعادة روسيا إلى المجموعة، وكانت عضويتها علقت بعد ضمها …: a background clause opens
 * between the offsets `a` and `b` (either order) in the clause's tokens: the clause after it tells an older
 * act, and the date of the clause before (`الشهر الماضي`) is not its date; nor is a date after it that of
 * the act before. A `كان` with no comma (`وكان قد`) opens no such clause.
 */
export function backgroundBetween(
  arabic: ArabicText,
  clause: { start: number; end: number },
  a: number,
  b: number,
  cues: EventCues,
): boolean {
  const from = Math.min(a, b);
  const to = Math.max(a, b);
  for (let k = clause.start; k < clause.end; k++) {
    const start = (arabic.tokens[k] as Token).start;
    if (start <= from) continue;
    if (start >= to) break;
    if (opensBackground(arabic, k, cues)) return true;
  }
  return false;
}

/**
 * واستقبل العاهل الأردني الوزير الفرنسي، وكان آخر لقاء بين الجانبين في مارس 2016: where the part of the
 * sentence that holds the act at token `first` starts: the offset of the last background clause opened
 * before it, else the sentence's. Acts fold into one event only inside one part: the meeting the background
 * clause tells is an older one, not the news's meeting told again.
 */
export function backgroundPartStart(
  arabic: ArabicText,
  sentence: { start: number; firstToken: number },
  first: number,
  cues: EventCues,
): number {
  for (let k = first - 1; k > sentence.firstToken; k--)
    if (opensBackground(arabic, k, cues)) return (arabic.tokens[k] as Token).start;
  return sentence.start;
}

/**
 * تواصل القصف الأحد، على الرغم من قرار أممي يطالب بهدنة: a concessive phrase (`رغم`، `على
 * الرغم من`، cue concessive) that stands between a date before it and the act's word after it tells a fact the
 * clause's act goes against, known before it: the clause's date (`الأحد`) is not that act's.
 */
export function concessiveBetween(
  arabic: ArabicText,
  clause: { start: number; end: number },
  date: number,
  at: number,
  cues: EventCues,
): boolean {
  if (date >= at) return false;
  for (let k = clause.start; k < clause.end; k++) {
    const start = (arabic.tokens[k] as Token).start;
    if (start <= date) continue;
    if (start >= at) break;
    if (tokenIn(cues.concessive, arabic.tokens[k])) return true;
  }
  return false;
}

/** How far after the concessive word the act's word may stand (`على الرغم من إعلان الهدنة`). */
const CONCESSIVE_REACH = 4;

/**
 * `على الرغم من قرار أممي يطالب بهدنة`، `رغم العقوبات التي فرضتها`: an act told a few words
 * after a concessive word, with no mark between, is a fact known before the clause it is set against: background.
 */
export function concessiveAct(arabic: ArabicText, first: number, cues: EventCues): boolean {
  const { tokens } = arabic;
  const sentence = (tokens[first] as Token).sentence;
  for (let k = first - 1; k >= Math.max(0, first - CONCESSIVE_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || markBetween(arabic.text, t.end, (tokens[k + 1] as Token).start))
      return false;
    if (tokenIn(cues.concessive, t)) return true;
  }
  return false;
}

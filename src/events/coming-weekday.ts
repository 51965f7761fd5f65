// The weekday an act in the imperfect is told on. The date reader takes a weekday named with no anchor
// word (`الاثنين`, not `الاثنين المقبل`) as the last such day up to publication: the reading of a report
// of what was done (`التقى الرئيسان، الاثنين، في هلسنكي`). A verb in the imperfect tells what is under way
// or to come (`ويلتقي الرئيس الروسي، الاثنين، نظيره`), so, on a page of Sunday, its Monday is the next
// day, not the day six days before. Guards: the weekday stands after the verb, in its clause (one before
// it may date another clause); no word of the past governs the verb (a form of `كان`: `كان يلتقي`, a habit
// of the past; `لم`، `لما`: `لم يلتق`, the past denied); and the reader's day is two days or more before
// publication: a page put out after midnight tells the day before's news in the present too
// (`يبحث الوزيران، الثلاثاء،` on a page dated Wednesday), and the day before stays as the reader has it.
import type { ArabicText, DateMention, Token } from "../pipeline/types.ts";
import { dayPlus, imperfectVerb } from "./act-dates.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far before the verb a word of the past may stand (`كان الرئيس الروسي يلتقي`). */
const PAST_REACH = 4;
/** The fewest days back, by the reader's count, that a weekday of an imperfect is read as the next one. */
const LEAST_BACK = 2;

export function comingWeekday(
  arabic: ArabicText,
  hit: TriggerHit,
  date: DateMention | null,
  published: string | null,
  cues: EventCues,
): DateMention | null {
  if (!date?.bareWeekday || !date.value || published === null) return date;
  let at = imperfectVerb(arabic.tokens, hit) ? hit.first : aspectualImperfect(arabic.tokens, hit, cues);
  if (at < 0) at = lightImperfect(arabic.tokens, hit, cues);
  if (at < 0) return date;
  const verb = arabic.tokens[at] as Token;
  if (date.start < verb.end) return date;
  const back = daysBetween(date.value, published);
  if (back < LEAST_BACK) return date;
  for (let k = at - 1; k >= Math.max(0, at - PAST_REACH); k--) {
    const t = arabic.tokens[k] as Token;
    if (t.sentence !== verb.sentence) break;
    if (tokenIn(cues.pluperfectAux, t) || tokenIn(cues.pastNegation, t)) return date;
  }
  return {
    ...date,
    value: dayPlus(date.value, 7),
    endValue: date.endValue ? dayPlus(date.endValue, 7) : null,
  };
}

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** How far before a meeting or visit noun the imperfect of beginning or ending it may stand (`يختتم وزير الخارجية الأمريكي زيارته`). */
const ASPECTUAL_REACH = 6;

/**
 * `يختتم الوزير زيارته إلى السعودية، الأربعاء`، `سينهي جولته الخميس`: a meeting or visit noun whose
 * beginning, going on or ending (cue aspectual) is told in the imperfect is dated as that verb is: the
 * weekday after it is the next one. The token of that verb, or -1.
 */
function aspectualImperfect(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): number {
  if (hit.trigger.pos !== "noun" || hit.trigger.type !== "CONSULT") return -1;
  const sentence = (tokens[hit.first] as Token).sentence;
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - ASPECTUAL_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return -1;
    if (!tokenIn(cues.aspectual, t)) continue;
    return /^[وف]?س?[يت]/u.test(t.text) ? k : -1;
  }
  return -1;
}

/** How far before its act noun a light verb in the imperfect may stand (`ستجري روسيا والصين، الخميس، مناورات`). */
const LIGHT_REACH = 8;

/**
 * `ستجري روسيا والصين، الخميس، مناورات`، `يعقد الوزيران الاثنين محادثات`: an act noun carried by a light verb
 * (cue light_verb) in the imperfect, with or without the future's س, is dated as that verb is. `ت` opens the
 * perfect of some light verbs too (`توجه`، `تقدم`), so with no س (or سوف right before) only `ي` counts. The verb's token, or -1.
 */
function lightImperfect(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): number {
  if (hit.trigger.pos !== "noun") return -1;
  const sentence = (tokens[hit.first] as Token).sentence;
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - LIGHT_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return -1;
    // The word itself (`يعقد`), or once its proclitics are taken off (`ستجري` → س + `تجري`).
    for (const b of [{ key: t.key, prefix: "", stripped: 0 }, ...t.bare]) {
      if (!cues.lightVerb.has(b.key)) continue;
      const verb = t.text.slice(b.stripped);
      const future = b.prefix.includes("س") || tokenIn(cues.future, tokens[k - 1]);
      if (future ? /^[يتن]/u.test(verb) : /^[ين]/u.test(verb)) return k;
    }
  }
  return -1;
}

/**
 * `يختتم الوزير زيارته إلى السعودية الأربعاء`، `سينهي زيارته الأربعاء`: a visit noun carried by an imperfect
 * of ending (cue ending_verb) is under way when told; the day after publication it ends on is no plan.
 */
export function endingVisit(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): boolean {
  // زيارته، جولتها: the visit ended is the verb's object, the noun with its owner's pronoun (not `بزيارة`, a means).
  if (hit.prefix !== "" || !/(?:ه|ها|هما|هم)$/u.test((tokens[hit.first] as Token).text)) return false;
  const at = aspectualImperfect(tokens, hit, cues);
  return at >= 0 && tokenIn(cues.endingVerb, tokens[at]);
}

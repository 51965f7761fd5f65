// `اعتقل في تركيا بتهمة الإرهاب منذ قرابة عامين`، `قطعت علاقاتها مع قطر منذ عام`: a counted span after
// `منذ` (a number or a unit, not a year or a month) in the clause of an act told in the perfect.
// act-dates.ts reads `منذ` as "since" and leaves its date out, which is right for a state (`منذ 2021`,
// `تحاصر إسرائيل غزة منذ 12 عاما`، `المحتجز منذ عامين`); but an act told as done at one time, in the
// perfect, cannot last: its `منذ عامين` says how long ago it was done, and the span counted back from
// publication (date-phrases.ts's `relative` value) is its date. Read only when nothing else dates the
// clause. Guards: the span stands after the trigger, in its clause, with no word between them that
// opens another clause (clause_break: الذي، التي، بعدما …) or an earlier act (wake: ردا على، إثر،
// بسبب …), whose time the span would then tell (`ردا على هجوم في دوما، منذ أسبوع`). Thirty-eighth
// pass (branch force38). Nor a span right after a participle of a standing state (cue standing_participle:
// `رفض إطلاق سراح القس، المحتجز منذ عامين`): it tells how long the detention has lasted (precision65).
import type { ArabicText, DateMention, Token } from "../pipeline/types.ts";
import { perfectVerb, since } from "./act-dates.ts";
import type { ClauseSpan } from "./clauses.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many tokens after the trigger the `منذ` span may stand. */
const REACH = 14;

export function sinceCountDate(
  arabic: ArabicText,
  clause: ClauseSpan,
  hit: TriggerHit,
  cues: EventCues,
): DateMention | null {
  const { tokens } = arabic;
  if (!perfectVerb(tokens, hit)) return null;
  const last = Math.min(clause.end, hit.end + REACH);
  for (let k = hit.end; k < last; k++) {
    const t = tokens[k] as Token;
    if (tokenIn(cues.clauseBreak, t) || tokenIn(cues.wake, t)) return null;
    if (!tokenIn(cues.since, t)) continue;
    // القس المحتجز منذ عامين: the span right after a participle of a standing state is that state's (precision65).
    if (tokenIn(cues.standingParticiple, tokens[k - 1])) return null;
    // منذ عامين، منذ قرابة عامين: the span opens one or two words after منذ.
    const near = (tokens[Math.min(k + 2, tokens.length - 1)] as Token).start;
    const d = arabic.dates.find((m) => m.start > t.start && m.start <= near);
    if (!d || d.basis !== "relative" || d.value === null || !since(arabic, d, cues)) return null;
    // A counted span (عامين، 5 سنوات، قرابة عام) has no definite word: `منذ أوائل العام الجاري`،
    // `منذ العام الماضي` name a time, not how long ago, and stay "since".
    if (d.text.split(/\s+/u).some((w) => w.startsWith("ال"))) return null;
    return d.end <= (tokens[last - 1] as Token).end ? d : null;
  }
  return null;
}

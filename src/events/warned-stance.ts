// A warning that tells no act of the warner (thirty-fifth pass, side35): `حذر الوزير من أن الاتفاق يؤخر
// حصول الدولة على السلاح لكنه لا يمنعها`، `حذرت المنظمة من أن المدينة قد تتحول إلى ساحة حرب`. A warning
// whose complement after `من أن` (or `أن`) is a judgement of a state of things, with no act to come (no
// future verb, no `سوف` or `لن`), no condition (`إذا`، `حال`) and no word of consequence (`عواقب`، `رد`,
// cue warning_consequence), threatens no one: the warner judges, as round 26's warnings of a risk
// (risk_word) do. A threat keeps one of those marks: `حذر من أن بلاده سترد إذا …`، `من أن … ستتعرض للهزيمة`.
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** How many words of the complement are read for a mark of an act to come. */
const CONTENT_REACH = 30;

/** `سترد`، `سيتم`، `وسنفرض`: a verb in the future prefix (س before an imperfect's letter). */
function futureVerb(t: Token): boolean {
  return /^[وف]?س[يتنأ]\p{L}{2,}/u.test(t.text.replace(/[\u064B-\u0652]/gu, ""));
}

/** `تبحث`، `يتخذ`، `نرد`: a word in an imperfect's prefix letter, not a definite noun. */
function imperfectVerb(t: Token | undefined): boolean {
  return t !== undefined && /^[يتن]\p{L}{2,}/u.test(t.text.replace(/[\u064B-\u0652]/gu, ""));
}

/**
 * Whether the complement opening at token `from` (right after `أن`), up to the sentence's end `end`,
 * tells no act to come, no condition and no consequence.
 */
export function judgementOnly(tokens: readonly Token[], from: number, end: number, cues: EventCues): boolean {
  const last = Math.min(end, from + CONTENT_REACH);
  if (from >= last) return false;
  // من أن تبحث أنقرة عن شركاء آخرين: a verb right after أن is an act the warning tells to come.
  if (imperfectVerb(tokens[from] as Token)) return false;
  for (let k = from; k < last; k++) {
    const t = tokens[k] as Token;
    // من أن التوصل إلى اتفاق سيكون صعبا: the future of the copula judges what will be; no act to come.
    if (tokenIn(cues.futureCopula, t)) continue;
    if (
      futureVerb(t) ||
      tokenIn(cues.future, t) ||
      tokenIn(cues.conditional, t) ||
      tokenIn(cues.conditionWord, t) ||
      tokenIn(cues.warningConsequence, t) ||
      // إن استمرت واشنطن: إن written with its hamza below is a condition here.
      t.text.replace(/^[وف]/u, "") === "إن"
    )
      return false;
  }
  return true;
}

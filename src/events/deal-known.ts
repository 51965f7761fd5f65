// A deal's noun that names a deal already known, not one made: governed by a word of keeping, committing to,
// judging, joining, leaving, amending or studying it (`تسعى فرنسا للحفاظ على الاتفاق`، `موقف الولايات المتحدة
// من الاتفاق`، `سحب ترامب بلاده من الاتفاق مع إيران`، `لتعديل اتفاق التجارة الحرة`). Read by trigger-fit.ts
// for a row of carrier `deal`.
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** The cue sets the reading takes. */
export type DealCues = Pick<
  EventCues,
  | "dealKept"
  | "dealKeptPrep"
  | "dealMade"
  | "dealMadeParticiple"
  | "dealTopic"
  | "dealSides"
  | "dealSought"
  | "dealSignNoun"
  | "relative"
>;

/** How many words (the governing verb's subject) may stand between the governing word and a separate preposition. */
const SUBJECT_REACH = 3;
/** How many words after the deal noun (its genitive or adjective) a relative or participle of making may stand. */
const MADE_REACH = 3;

/**
 * The deal noun at `first` (its proclitics `prefix`) is governed by a word of cue deal_kept: right before it
 * (`لتعديل اتفاق`، `الالتزام بالاتفاق`), or before its preposition (cue deal_kept_prep, its own proclitic or a
 * word of its own), up to three words before a separate one (`موقف الولايات المتحدة من الاتفاق`), with no
 * punctuation between. Not when the deal is told as made right after it: a relative clause of making (`الاتفاق
 * الذي وقعته`), a perfect of making (`اتفاق صداقة وقعه البلدان`، `لاتفاق جرى بين`) or a participle (`المبرم`).
 */
export function knownDeal(
  tokens: readonly Token[],
  first: number,
  end: number,
  prefix: string,
  cues: DealCues,
): boolean {
  const noun = tokens[first] as Token;
  if (!noun.linked || madeAfter(tokens, end, noun.sentence, cues)) return false;
  const before = tokens[first - 1];
  if (before === undefined || before.sentence !== noun.sentence) return false;
  if (tokenIn(cues.dealKept, before)) return true;
  // تبذل جهودا لتوقيع اتفاق تجاري: the deal of a signing sought is sought too.
  if (before.bare.some((b) => b.prefix.replace(/^[وف]/u, "") === "ل" && cues.dealSignNoun.has(b.key)))
    return soughtDeal(tokens, first - 1, "ل", cues);
  // قالت إن الاتفاق لم يكن ثنائيا: the definite deal noun right after a complementizer is the claim's topic, a deal
  // known; not with its sides right after it (لأن الاتفاق بين أمريكا وإيران نص على).
  if (tokenIn(cues.dealTopic, before))
    return noun.text.slice(prefix.length).startsWith("ال") && !tokenIn(cues.dealSides, tokens[end]);
  // بالاتفاق، للاتفاق: the noun's own preposition; the governing word is then the word before, or past a subject.
  const ownPrep = /[بل]$/u.test(prefix.replace(/^[وف]/u, ""));
  if (!ownPrep && !tokenIn(cues.dealKeptPrep, before)) return false;
  const from = ownPrep ? first - 1 : first - 2;
  for (let k = from; k >= Math.max(0, from - SUBJECT_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== noun.sentence || !(tokens[k + 1] as Token).linked) return false;
    if (tokenIn(cues.dealKept, t)) return true;
  }
  return false;
}

/** A relative pronoun before a verb of making, such a verb, or a participle of making within reach after the noun. */
function madeAfter(tokens: readonly Token[], end: number, sentence: number, cues: DealCues): boolean {
  for (let k = end; k < Math.min(tokens.length, end + MADE_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || !t.linked) return false;
    if (tokenIn(cues.dealMadeParticiple, t) || tokenIn(cues.dealMade, t)) return true;
    if (tokenIn(cues.relative, t)) return tokenIn(cues.dealMade, tokens[k + 1]);
  }
  return false;
}

/** How many words (the genitive of a noun of effort) may stand between that noun and the signing noun. */
const SOUGHT_REACH = 3;

/**
 * `جهود الوسطاء لإبرام اتفاق جديد`، `محاولة لتوقيع اتفاق`: a verbal noun of signing or concluding
 * with the ل of purpose, a noun of effort (cue deal_sought) up to three words before it with no
 * punctuation between: the deal is sought, neither made nor promised. Not a readiness to sign (`مستعدة لتوقيع
 * اتفاق`), which is a promise.
 */
export function soughtDeal(tokens: readonly Token[], first: number, prefix: string, cues: DealCues): boolean {
  if (prefix.replace(/^[وف]/u, "") !== "ل") return false;
  const noun = tokens[first] as Token;
  for (let k = first - 1; k >= Math.max(0, first - SOUGHT_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== noun.sentence || !(tokens[k + 1] as Token).linked) return false;
    if (tokenIn(cues.dealSought, t)) return true;
  }
  return false;
}

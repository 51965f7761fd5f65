// `إذا انسحبت واشنطن من الاتفاق النووي فإنها ستتوقف عن الالتزام بشروطه`، `ستفرض عقوبات إذا لم تطلق أنقرة سراح
// القس`: the act of the condition itself, done by the party the condition names, is not told as happening;
// only the act promised on it is an event (a threat, coding.ts). The corpus gold codes no condition's act.
// Read by act-type.ts for an act coded conditional.
import type { ArabicText, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far before the act its word of condition may stand (`إذا ما قررت الولايات المتحدة الانسحاب`). */
const CONDITION_REACH = 6;
/** How close after the opener a noun must stand to be the condition's act (`في حال خروج`، `إذا تم التوصل`). */
const NOUN_GAP = 2;

/** `حال`/`حالة` after في or ب (`في حال انسحبت`، `بحال`), or a word of condition (cue `condition_word`). */
function opensCondition(tokens: readonly Token[], k: number, cues: EventCues): boolean {
  const t = tokens[k] as Token;
  if (tokenIn(cues.conditionWord, t)) return true;
  // إن لم تطلق، ما لم توافق: "unless" (cue unless_head before لم).
  if (tokenIn(cues.unlessHead, t) && (tokens[k + 1] as Token | undefined)?.key === "لم") return true;
  // في حال انسحبت، بحال، في حالة: تمر العلاقات بحالة من التوتر is "in a state of", no condition.
  if ((tokens[k - 1] as Token | undefined)?.key === "في") return t.key === "حال" || t.key === "حاله";
  return t.bare.some((b) => b.key === "حال" && /^[وف]?ب$/u.test(b.prefix));
}

/**
 * The act stands inside a condition opened a few words before it, with no punctuation between: the
 * condition's own act, whoever its sides are read to be (`إذا انسحبت واشنطن` read with the speaker as actor).
 */
export function conditionsAct(
  arabic: ArabicText,
  hit: TriggerHit,
  sentenceStart: number,
  cues: EventCues,
): boolean {
  // A threat on a condition is coded by its promise (coding.ts); a participle is the main clause's
  // circumstance (`… إن لم يحظ بالدعم، مطالبا إياه بالدفع`).
  if (hit.trigger.type === "THREATEN" || hit.trigger.pos === "participle") return false;
  const { tokens, text } = arabic;
  for (let k = hit.first - 1; k >= Math.max(sentenceStart, hit.first - CONDITION_REACH); k--) {
    if (/[،,.;:؛!?؟]/u.test(text.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start)))
      return false;
    if (!opensCondition(tokens, k, cues)) continue;
    // إذا مضت الولايات المتحدة في تهديدها، إذا تم التوصل إلى اتفاق خلال لقائه: a noun farther into the
    // condition is presupposed by it; right after the opener (في حال خروج أمريكا) it is the condition.
    return hit.trigger.pos !== "noun" || hit.first - k <= NOUN_GAP;
  }
  return false;
}

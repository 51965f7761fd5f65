// The act a charge names with ب (`اتهمت موسكو واشنطن بقصف مواقع`): charged, not told as done. The charge
// is the event; act-type.ts drops the act charged when its type counts only when done (done_only: force),
// as threatened.ts keeps a threat's content out. Refusals and requests a charge names stay: the sets code
// them when the article tells them (CN-middleEast-948's refusal to let the planes land).
import type { Token } from "../pipeline/types.ts";
import { endsActClause } from "./requested-act.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/**
 * How far before the act its charge word may stand: the accuser and the accused may both stand between
 * (`اتهمت وزارة الخارجية الروسية في بيان الولايات المتحدة بقصف`).
 */
const CHARGE_REACH = 8;

const withBa = (prefix: string): boolean => prefix.replace(/^[وف]/u, "") === "ب";

/** How far before the act the ب of its charge may stand: on a verbal noun and a word right before it. */
const BA_REACH = 2;

/** The token is ب alone (`بـ`) or carries it as a proclitic. */
const baOn = (t: Token | undefined): boolean =>
  t !== undefined && (t.key === "ب" || t.bare.some((b) => withBa(b.prefix)));

/**
 * A charge word a few words before the act, with a ب on the act's noun or on a verbal noun just before it
 * (`بمحاولة فرض العقوبات`، `بتسببها في اجتياح`), in one clause. A verb with no ب (`وهو ما تنفيه الدوحة`،
 * `ونطالب`) is an act of its own after the charge. A time preposition (`بعد انسحابها`) opens a phrase
 * whose act is told as done; so do a clause break, punctuation and speech.
 */
export function chargedAct(
  text: string,
  tokens: readonly Token[],
  hit: TriggerHit,
  clauseStart: number,
  cues: EventCues,
): boolean {
  if (hit.trigger.type === "ACCUSE") return false;
  let ba = withBa(hit.prefix);
  // A verb form is the act charged only as a verbal noun: on ب, or right after a verbal noun on ب (`بمواصلة قصف`).
  if (hit.trigger.pos !== "noun" && !ba && !baOn(tokens[hit.first - 1])) return false;
  for (let k = hit.first - 1; k >= Math.max(clauseStart, hit.first - CHARGE_REACH); k--) {
    const t = tokens[k] as Token;
    if (tokenIn(cues.chargeWord, t)) return ba;
    if (endsActClause(text, tokens, k, cues)) return false;
    if (hit.first - k <= BA_REACH) ba ||= baOn(t);
  }
  return false;
}

// When the ل on a noun trigger is no ل of purpose, so the act it names is not one meant but one told:
// modality.ts reads an indefinite verbal noun after ل as what a party means to do (`تسعى لاستئناف`،
// `يقوم بجولة لإقناع`). Two other ل's stand before such nouns in news prose:
//  - the ل of a noun that takes its object with ل (cue lam_object_head): `تنفيذاً لاتفاق أبرمه البلدان`،
//    `خرقا لمعاهدة وقعها الطرفان`، `أعلن عن توصله لاتفاق مع جاره`: the agreement carried out, broken or
//    reached exists;
//  - the ل of cause after a verb or noun of praise, thanks or blame (cue judged_for) in the clause, on a
//    verbal noun with a pronoun suffix that names its agent: `انتقد النائب الحكومة لموافقتها على الصفقة`،
//    `بدأ كلمته بشكر الرئيس لدعمه`: the act is what the party is judged for, done.
// A bare verbal noun after a verb of judging keeps its purpose (`انتقد الخطة لفرض عقوبات`: the plan's aim).
import { displayText } from "../arabic/normalize.ts";
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far before the noun a verb of judging may stand (`انتقد زعيم المعارضة حكومة الرئيس السابق لموافقتها`). */
const JUDGED_REACH = 8;

/** The ل before the noun trigger at `hit` is the object's or the cause's, not the ل of purpose. */
export function lamNotPurpose(
  tokens: readonly Token[],
  hit: TriggerHit,
  clauseStart: number,
  cues: EventCues,
): boolean {
  if (tokenIn(cues.lamObjectHead, tokens[hit.first - 1])) return true;
  // عن شن بلاده إلى جانب بريطانيا وفرنسا لضربات: a force noun after its launching noun and its agent (branch assault51).
  if (hit.trigger.type === "ASSAULT" && launchedBefore(tokens, hit.first, clauseStart, cues)) return true;
  // الجولة السابعة لاجتماعات اللجنة، الجلسة الأولى لقمة: a meeting's round or session, one word at most between.
  if (hit.trigger.type === "CONSULT" && partOf(tokens, hit.first, clauseStart, cues)) return true;
  if (!agentSuffix(tokens[hit.first] as Token)) return false;
  for (let k = hit.first - 1; k >= Math.max(clauseStart, hit.first - JUDGED_REACH); k--) {
    const t = tokens[k] as Token;
    if (tokenIn(cues.judgedFor, t)) return true;
    if (tokenIn(cues.clauseBreak, t) || tokenIn(cues.speech, t)) return false;
  }
  return false;
}

/**
 * `لموافقتها`، `لاعترافه`، `لزيارتها`: a pronoun suffix on the word as written (a final ة is the noun's own
 * ending, `لمناقشة`, which the folded key would make ه). A stem's own ه (`لتوجيه`) passes too: after a verb
 * of judging its ل is the cause's all the same (`انتقد … لتوجيه ضربات`).
 */
function agentSuffix(t: Token): boolean {
  return /(?:ه|ها|هما|هم|هن)$/u.test(displayText(t.text));
}

/** A round or session noun (cue part_head) one or two words before the meeting noun, in its clause. */
function partOf(tokens: readonly Token[], first: number, clauseStart: number, cues: EventCues): boolean {
  if (tokenIn(cues.partHead, tokens[first - 1])) return true;
  return first - 2 >= clauseStart && tokenIn(cues.partHead, tokens[first - 2]);
}

/** How far before the force noun its launching word may stand, past its agent (`شن قواته مع كل من كندا وأستراليا`). */
const LAUNCH_REACH = 10;

/**
 * A launching word (cue strike_carrier: شن، نفذ) before the force noun, within LAUNCH_REACH words of its
 * clause, with no clause break, speech verb or verb of the strike between: the ل is its object's, moved
 * past its agent (لام التقوية), not the ل of purpose.
 */
function launchedBefore(
  tokens: readonly Token[],
  first: number,
  clauseStart: number,
  cues: EventCues,
): boolean {
  for (let k = first - 1; k >= Math.max(clauseStart, first - LAUNCH_REACH); k--) {
    const t = tokens[k] as Token;
    if (tokenIn(cues.strikeCarrier, t)) return k < first - 1;
    if (tokenIn(cues.clauseBreak, t) || tokenIn(cues.speech, t)) return false;
  }
  return false;
}

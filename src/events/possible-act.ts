// Whether an act is told as possible, not done (`قد تشن هجوماً`، `احتمال أن`، `الهجوم المزعوم`، `أي اتفاق`).
import type { Token } from "../pipeline/types.ts";
import { possibleThat } from "./bridged-speaker.ts";
import { anyAct } from "./any-act.ts";
import { anyIn, type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many tokens a light verb after `قد` may stand before the noun trigger it carries (`قد تشن هجوماً إلكترونياً`). */
const MIGHT_LIGHT_REACH = 2;

/**
 * `قد تلغى`، `قد تشن هجوماً`: a might-particle right before the trigger, or before the light verb that
 * carries it, in the imperfect. `ي` is the imperfect; `ت` is also the perfect of the `تفاعل` forms
 * (`وقد تحدث الملك`، `وكان … قد توجه`), so it counts only after a bare `قد` with no `كان` before it
 * in the sentence and no perfect ending (`قد تعهدت`، `قد تفاوضتا`).
 */
function mightBefore(
  tokens: readonly Token[],
  hit: TriggerHit,
  sentenceStart: number,
  cues: EventCues,
): boolean {
  for (let v = hit.first; v >= Math.max(sentenceStart + 1, hit.first - MIGHT_LIGHT_REACH); v--) {
    const particle = tokens[v - 1] as Token;
    const verb = tokens[v] as Token;
    if (!tokenIn(cues.might, particle)) continue;
    if (v !== hit.first && !tokenIn(cues.lightVerb, verb)) continue;
    if (verb.text.startsWith("ي")) return true;
    if (!verb.text.startsWith("ت") || /تا?$/u.test(verb.text) || !cues.might.has(particle.key)) continue;
    if (!anyIn(tokens, sentenceStart, v - 1, cues.pluperfectAux)) return true;
  }
  return false;
}

/**
 * A possibility cue between `from` and `to`, but not a definite possible adjective that stands right
 * after another definite word (`بحث القلق من الهجوم المحتمل في لقائه`): that adjective
 * agrees with the noun before it, which is the possible act, not the trigger after it. After `من` it
 * is the sentence's modal (`من المحتمل أن يلتقي`), and at the window's start it has no noun in it.
 */
function possibilityIn(tokens: readonly Token[], from: number, to: number, cues: EventCues): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    const t = tokens[k] as Token;
    if (!tokenIn(cues.possibility, t)) continue;
    const before = tokens[k - 1];
    const ownsNoun =
      k > from &&
      tokenIn(cues.possibleAdjective, t) &&
      t.key.startsWith("ال") &&
      before !== undefined &&
      before.linked &&
      (before.key.startsWith("ال") || before.bare.some((b) => b.key.startsWith("ال"))) &&
      !tokenIn(cues.possibility, before);
    if (!ownsNoun) return true;
  }
  return false;
}

/**
 * `احتمال أن تسهل`، `قادرين على التوصل إلى اتفاق`، `الهجوم المزعوم`، `قد تلغى`، `أي اتفاق`، `هل تعيد فرض`: a
 * possible act, not one done.
 */
export function possible(
  tokens: readonly Token[],
  hit: TriggerHit,
  modal: number,
  sentenceStart: number,
  negated: boolean,
  cues: EventCues,
): boolean {
  return (
    possibilityIn(tokens, modal, hit.first, cues) ||
    possibleThat(tokens, hit.first, cues) ||
    mightBefore(tokens, hit, sentenceStart, cues) ||
    // أي اتفاق نهائي (تتوصل إليه): any such act, none done (after a negation, `لم يوجه أي اتهامات`, none at all).
    (!negated && anyAct(tokens, hit, cues)) ||
    // الهجوم الإسرائيلي المزعوم: a nisba may stand between.
    (hit.trigger.pos === "noun" &&
      (tokenIn(cues.possibleAdjective, tokens[hit.end]) ||
        tokenIn(cues.possibleAdjective, tokens[hit.end + 1]))) ||
    // قبل أيام من فرض الرئيس … المحتمل: a verb form after a preposition is its verbal noun.
    ((hit.trigger.pos === "noun" || tokenIn(cues.preposition, tokens[hit.first - 1])) &&
      possibleAfterGenitive(tokens, hit.first + 1, cues))
  );
}

/** How many words a verbal noun's genitive agent may span before its adjective (`الرئيس الأمريكي دونالد ترامب`). */
const GENITIVE_REACH = 5;

/**
 * `انسحاب الولايات المتحدة المحتمل`، `فرض الرئيس الأمريكي دونالد ترامب المحتمل`: a definite possible
 * adjective after the noun's genitive agent agrees with the noun. The genitive is plain words: none
 * with a preposition or a proclitic ب/ل, no punctuation (`فرض عقوبات على الشركات المشتبه` is another noun's).
 */
function possibleAfterGenitive(tokens: readonly Token[], end: number, cues: EventCues): boolean {
  for (let k = end; k < Math.min(tokens.length, end + GENITIVE_REACH + 1); k++) {
    const t = tokens[k] as Token;
    if (k > end && !t.linked) return false;
    if (k > end + 1 && tokenIn(cues.possibleAdjective, t) && t.key.startsWith("ال")) return true;
    if (
      tokenIn(cues.preposition, t) ||
      tokenIn(cues.clauseBreak, t) ||
      t.bare.some((b) => /[بلك]/u.test(b.prefix))
    )
      return false;
  }
  return false;
}

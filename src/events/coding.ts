// Coding of an act's type and modality: its future, its refusal, and acts the sides did to each other.
import type { Event, EventType, Party, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { Polarity } from "./modality.ts";
import { rulesOf, type TypeTable } from "./types.ts";

/**
 * Cooperation promised or intended is AGREE in PLOVER (`مستعدة للتعاون`، `سيلتقي`); a threat's
 * future is the threat itself (`سترد`), made now. event-types.tsv says which is which.
 */
export function coded(
  type: EventType,
  pol: Polarity,
  types: TypeTable,
): { type: EventType; modality: Event["modality"]; negated: boolean } {
  const rules = rulesOf(types, type);
  // لن توقع الصين أي اتفاق: the refusal is the event. Told as a condition or a possibility (`إذا قرر ترامب
  // عدم المصادقة على الاتفاق`، `قد ترفض`), the refusal is not told as made: it keeps that modality.
  if (pol.refused && rules.refusedAs)
    return {
      type: rules.refusedAs,
      modality: pol.modality === "conditional" ? "conditional" : "asserted",
      negated: false,
    };
  // لم يستبعد توجيه ضربة: an act of force its actor does not rule out is a threat, made now.
  if (pol.ruledIn && rules.ruledInAs) return { type: rules.ruledInAs, modality: "asserted", negated: false };
  // ستفرض عقوبات عليها إذا لم تطلق سراح القس: force or sanctions promised on a condition are a threat.
  if (pol.onCondition && rules.ruledInAs)
    return { type: rules.ruledInAs, modality: "asserted", negated: false };
  const { modality, negated } = pol;
  if (modality !== "future" || rules.futureAs === null) return { type, modality, negated };
  return rules.futureAs === "asserted"
    ? { type, modality: "asserted", negated }
    : { type: rules.futureAs, modality, negated };
}

/** How far from a trigger a word of reciprocity may stand (`اتهامات متبادلة`، `تبادل جيشا البلدين القصف`). */
const RECIPROCAL_REACH = 3;

export function reciprocal(tokens: readonly Token[], first: number, end: number, cues: EventCues): boolean {
  const sentence = (tokens[first] as Token).sentence;
  for (
    let k = Math.max(0, first - RECIPROCAL_REACH);
    k < Math.min(tokens.length, end + RECIPROCAL_REACH);
    k++
  ) {
    const t = tokens[k] as Token;
    if (t.sentence === sentence && tokenIn(cues.reciprocal, t)) return true;
  }
  return false;
}

/** How far before and after an attack verb a word of speech may stand (`هاجم … نظيره الأمريكي، محذرا`). */
const VERBAL_BEFORE = 4;
const VERBAL_AFTER = 12;
/** How far after an attack noun its adjective of speech may stand (`هجوما لاذعا`، `هجوم حاد`). */
const VERBAL_NOUN_AFTER = 2;

/**
 * `هاجم روحاني نظيره الأمريكي محذرا …`، `تصريحات … التي هاجم فيها إيران`، `شن هجوما لاذعا على`: an
 * attack word told in words. The verb is one when a word of speech stands near it in its sentence or
 * its actor is a civilian person (a president "attacks" in words; armies and states by force); the
 * noun only with an adjective of speech right after it.
 */
export function inWords(
  tokens: readonly Token[],
  hit: { first: number; end: number; pos: string },
  actor: readonly { type: string; first: number; parties: readonly Party[] }[],
  cues: EventCues,
): boolean {
  if (!tokenIn(cues.attackWord, tokens[hit.first])) return false;
  const sentence = (tokens[hit.first] as Token).sentence;
  const from = hit.pos === "verb" ? hit.first - VERBAL_BEFORE : hit.end;
  const to = hit.end + (hit.pos === "verb" ? VERBAL_AFTER : VERBAL_NOUN_AFTER);
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++) {
    const t = tokens[k] as Token;
    if (t.sentence === sentence && k !== hit.first && tokenIn(cues.verbalAttack, t)) return true;
  }
  // A civilian person attacks in words: the verb's subject, or the noun's genitive right after it (`هجوم
  // ترامب المباشر على كيم`، `هجوم ترامب على الاتفاق`).
  return (
    actor.length > 0 &&
    actor.every(
      (u) =>
        u.type === "PERSON" &&
        (hit.pos === "verb" || u.first === hit.end) &&
        u.parties.every((p) => p.sector !== "MIL"),
    )
  );
}

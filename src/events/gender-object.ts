// A state named right after a verb of the masculine form is the verb's object (`ووصف طهران بأنها`), and so is
// a man's title or a nisba of men right after a verb of the feminine form (`وطلبت السفير الإسرائيلي مغادرة
// أنقرة`، `واتهمت الفرنسيين`).
import { askedAfterSubject } from "./asked-after-subject.ts";
import { keyOf } from "../arabic/normalize.ts";
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** A nisba in the sound masculine plural (`الفرنسيين`، `الأمريكيون`). */
const MEN = /ي(ين|ون)$/u;

/** Harakat and tatweel, left out before the form is read. */
const MARKS = /[\u064B-\u0652\u0640]/gu;

/** The verb's form without its marks and its proclitics (`وطلبت` → `طلبت`); trigger-fit.ts reads a form's spelling by it. */
export function verbCore(t: Token, prefix: string): string {
  const text = t.text.replace(MARKS, "");
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

/**
 * The verb's core is of the masculine singular: an imperfect with ي (`يتهم`), or a perfect that neither
 * ends in the feminine ت nor a dual or plural ending (`وصف`، `اتهم`، `أدان`). A core opening with ت or ن is
 * left out: the feminine or first-person imperfect (`تتهم`) and the perfect of `تعهد` look alike.
 */
export function masculineVerb(t: Token, prefix: string): boolean {
  const core = verbCore(t, prefix);
  if (core.length < 3) return false;
  if (core.startsWith("ي")) return true;
  if (core.startsWith("ت") || core.startsWith("ن")) return false;
  return !/(ت|ا|ن|وا)$/u.test(core);
}

/**
 * `وقال الرئيس الأمريكي …، ووصف طهران بأنها راعية الإرهاب`: a state acting takes a verb of the feminine form
 * (`وصفت طهران`), so a state's name (a GPE mention) right after a one-word verb of the masculine form that
 * carries و or ف and opens the sentence or follows punctuation (a verb that continues the sentence) is the verb's object, and its subject is the one before. States whose names are masculine (cue
 * `masculine_state`: `العراق`، `الأردن`، `الكرملين`) are left out.
 */
export function objectByGender(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  // ودعا رئيس الوزراء واشنطن إلى: a state past a stateless subject of a call is the one asked (asked-after-subject.ts).
  if (askedAfterSubject(c, hit, u)) return true;
  if (hit.trigger.pos !== "verb" || hit.end !== hit.first + 1) return false;
  // بعد رفض أنقرة تسليم: without و or ف the form may be a verbal noun, whose genitive is its agent.
  if (!/^[وف]/u.test(hit.prefix)) return false;
  // …الجزيرة وقطع قطر علاقاتها: inside a phrase a form with و is a verbal noun too; a verb opens the
  // sentence or follows punctuation.
  // انتقد ترامب ألمانيا … وانتقد كندا: a verb that repeats one before it in its sentence is a verb too.
  if (hit.first > c.sentenceStart && !punctuated(c, hit.first, hit.first) && !repeatsVerb(c, hit))
    return false;
  if (u.prefix !== "") return false;
  const verb = c.tokens[hit.first] as Token;
  if (u.first === hit.end + 1 && manTitle(c, c.tokens[hit.end])) return feminineVerb(verb, hit.prefix);
  // وانتقد رئيسة الوزراء البريطانية: a woman's title right after a verb of the masculine form is its object.
  if (u.first <= hit.end + 2 && womanTitle(c, c.tokens[hit.end])) return masculineVerb(verb, hit.prefix);
  // انتقد الرئيس دول الاتحاد … وانتقد رئيس الوزراء الكندي، جاستن ترودو، على تصريحاته: the party right after a verb that
  // repeats the sentence's verb, with no object of its own after it (a preposition or the clause's end), is its object.
  if (u.first <= hit.end + 2 && repeatsVerb(c, hit) && objectless(c, u)) return true;
  // واتهمت الفرنسيين: a nisba in the sound masculine plural names men, who take no verb of the feminine form.
  if (u.first === hit.end && MEN.test((c.tokens[u.first] as Token).text.replace(MARKS, "")))
    return feminineVerb(verb, hit.prefix);
  if (u.first !== hit.end || u.type !== "GPE" || tokenIn(c.cues.masculineState, c.tokens[u.first]))
    return false;
  return masculineVerb(verb, hit.prefix);
}

/**
 * `السفير`، `الرئيس`، `نظيره`: a title head (cue `title_object`) of the masculine form, one that ends neither in
 * ة (`الوزيرة`) nor in the pronoun ها (`نظيرها`, whose gender is its antecedent's).
 */
function manTitle(c: Clause, t: Token | undefined): boolean {
  return t !== undefined && !/(ة|ها)$/u.test(t.text.replace(MARKS, "")) && tokenIn(c.cues.titleObject, t);
}

/** `الرئيسة`، `وزيرة`: a title head (cue `title_object`) of the feminine form, ending in ة. */
function womanTitle(c: Clause, t: Token | undefined): boolean {
  return t !== undefined && /ة$/u.test(t.text.replace(MARKS, "")) && tokenIn(c.cues.titleObject, t);
}

/**
 * `انتقد الرئيس البرازيلي الأرجنتين … وانتقد تشيلي`: a و-verb whose form, without its proclitics, stands earlier in its
 * sentence repeats that verb: a second act of the same clause, not a verbal noun inside a phrase.
 */
export function repeatsVerb(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.pos !== "verb" || !hit.prefix.startsWith("و")) return false;
  const core = keyOf(verbCore(c.tokens[hit.first] as Token, hit.prefix));
  for (let k = c.sentenceStart; k < hit.first; k++) if ((c.tokens[k] as Token).key === core) return true;
  return false;
}

/**
 * After the unit (and a name in apposition after a comma: `رئيس الوزراء الكندي، جاستن ترودو، على`), a
 * preposition or the clause's end: the unit has no object of its own after it.
 */
function objectless(c: Clause, u: PartyUnit): boolean {
  let k = u.end;
  const apposed = punctuated(c, k, k) ? c.units.find((v) => v.first === k) : undefined;
  if (apposed) k = apposed.end;
  return k >= c.end || tokenIn(c.cues.preposition, c.tokens[k]);
}

/** The verb's core is a perfect of the feminine singular (`طلبت`، `استدعت`): no imperfect prefix, ending in ت. */
function feminineVerb(t: Token, prefix: string): boolean {
  const core = verbCore(t, prefix);
  return core.length >= 4 && !/^[يتن]/u.test(core) && core.endsWith("ت");
}

/** A state's name that takes a feminine verb (`روسيا`، `المملكة`): a GPE mention not of cue `masculine_state`. */
export function feminineState(c: Clause, u: PartyUnit): boolean {
  return u.type === "GPE" && !tokenIn(c.cues.masculineState, c.tokens[u.first]);
}

/**
 * `… إن المملكة جاهزة …، وطلب من`: a و-verb of the masculine form right after a comma does not take for
 * its subject the states of the feminine form named before it (they would take `وطلبت`); the verb
 * continues the clause of another subject (continued-clause.ts).
 */
export function disagreeingBefore(c: Clause, hit: TriggerHit, before: readonly PartyUnit[]): boolean {
  if (hit.trigger.pos !== "verb" || !hit.prefix.startsWith("و") || before.length === 0) return false;
  if (hit.first <= c.sentenceStart || !punctuated(c, hit.first, hit.first)) return false;
  if (!before.every((u) => feminineState(c, u))) return false;
  return masculineVerb(c.tokens[hit.first] as Token, hit.prefix);
}

/** The feminine relative pronoun (`التي`). */
const FEMININE_RELATIVE = keyOf("التي");

/**
 * `تصريحات رئيس الوزراء …، خلال جولته في ألمانيا، التي انتقد فيها كندا`: a verb of the masculine form right
 * after `التي` does not agree with a feminine state before the pronoun, so that state is not its subject: the
 * pronoun stands for a thing (his statements, his visit), and the verb's subject is the nearest person of a
 * state named before it in its sentence. Null when the verb agrees, the antecedent is no feminine state, or
 * no such person stands before it.
 */
export function relativeOwner(
  c: Clause,
  hit: TriggerHit,
  antecedent: readonly PartyUnit[],
): PartyUnit[] | null {
  if (c.tokens[hit.first - 1]?.key !== FEMININE_RELATIVE || antecedent.length === 0) return null;
  if (!antecedent.every((u) => feminineState(c, u))) return null;
  if (!masculineVerb(c.tokens[hit.first] as Token, hit.prefix)) return null;
  const persons = c.units.filter(
    (u) =>
      u.first >= c.sentenceStart &&
      u.end < hit.first &&
      u.type === "PERSON" &&
      u.parties.some((p) => p.country !== null),
  );
  const last = persons[persons.length - 1];
  return last ? [last] : null;
}

// The owner of a noun's object on ل: in `رفضا لصفقة القرن الأمريكية` or `انتقادات للرئيس الأمريكي` the state
// after the object is the object's, not the refusal's or the criticism's agent. Docs: docs/EVENTS.md,
// "Twenty-eighth pass".
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** The types whose nouns take their object after ل (`انتقادات للرئيس`، `مطالبته للعاهل`، `رفضا لصفقة`). */
const SPEECH_ACTS = new Set(["ACCUSE", "REJECT", "REQUEST", "THREATEN"]);

/**
 * A word with proclitic ل between `from` and `to` (`لصفقة`): the object of the noun before it; not a
 * compound preposition (cue `lam_compound`: `بالتجسس لصالح الاستخبارات الروسية` names whom one works for).
 */
function objectOnLam(c: Clause, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = c.tokens[k] as Token;
    if (t.bare.some((b) => b.prefix === "ل") && !tokenIn(c.cues.lamCompound, t)) return true;
  }
  return false;
}

/**
 * `u`, after a noun of speech to another, follows that noun's object on ل: it is the object's owner. So is a
 * nisba after `ما` and a verb that stands right after a noun on ب or ل (`ما وصفه بالعدوان التركي`، `بـ"العدوان"
 * التركي`): the adjective of the verb's prepositional object, not its subject (`prepositionalNisba`).
 */
export function speechObjectOwner(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  return (
    (SPEECH_ACTS.has(hit.trigger.type) && hit.trigger.pos === "noun" && objectOnLam(c, hit.end, u.first)) ||
    prepositionalNisba(c, hit, u) ||
    objectLamNisba(c, hit, u)
  );
}

/** How many words may stand between the verb and the noun on ل (`ألغت دعوة رسمية لوزير`). */
const OBJECT_WORDS = 2;

/**
 * `كما ألغت دعوة لوزير الخارجية الروسي لزيارة لندن`: a nisba after a verb trigger, in the chain of a noun on ل
 * that completes the verb's object noun (one or two words right after the verb, no party among them), is that
 * noun's adjective: the one invited, not the verb's subject (branch precision65).
 */
function objectLamNisba(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  if (hit.trigger.pos !== "verb" || u.type !== "NISBA" || u.prefix !== "") return false;
  if (punctuated(c, hit.end, u.first)) return false;
  for (let j = u.first - 1; j > hit.end && j >= u.first - 3; j--) {
    const t = c.tokens[j] as Token;
    if (c.all.some((x) => x.first <= j && j < x.end)) return false;
    if (!t.bare.some((b) => b.prefix === "ل") || tokenIn(c.cues.lamCompound, t)) continue;
    if (j - hit.end > OBJECT_WORDS) return false;
    return !c.all.some((x) => x.first >= hit.end && x.first < j);
  }
  return false;
}

/** A proclitic ب or ل, after و or ف at most. */
const BA_LAM = /^[وف]?[بل]$/u;

/**
 * `ما وصفه بالعدوان التركي`: a nisba after a verb trigger right after ما, whose word before is a noun on a
 * proclitic ب or ل, or a noun right after a bare `بـ` or `لـ` (a quoted word: `بـ"العدوان" التركي`), with no
 * proclitic of its own: the describer is the sentence's subject, the nisba the described act's owner.
 */
function prepositionalNisba(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  if (hit.trigger.pos !== "verb" || u.type !== "NISBA" || u.prefix !== "" || u.first - 1 < hit.end)
    return false;
  // ما وصفه، ما سماه: only after ما, whose pronoun the verb carries (a verbal noun on ب after another verb may
  // be its complement: `ثبتت إدانتها بإهانة المصريين`).
  if (c.tokens[hit.first - 1]?.key !== "ما") return false;
  const noun = c.tokens[u.first - 1] as Token;
  // بين اليمنيين: a preposition the segmenter may also read as ب + a stem is no noun on ب.
  if (!tokenIn(c.cues.preposition, noun) && noun.bare.some((b) => BA_LAM.test(b.prefix))) return true;
  const bare = c.tokens[u.first - 2];
  return u.first - 2 >= hit.end && bare !== undefined && (bare.key === "ب" || bare.key === "ل");
}

/**
 * `u`, a nisba after a noun trigger, follows the noun's object on ل (`ووجهت إسرائيل ضربة لمواقع إيرانية`): when a
 * light verb before carries the noun, its subject is the agent and the nisba is the object's (caller's check).
 */
export function lamObjectNisba(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  return (
    hit.trigger.pos === "noun" && u.type === "NISBA" && u.prefix === "" && objectOnLam(c, hit.end, u.first)
  );
}

/** The types of force and pressure whose noun a verb of pointing may take as the matter spoken of. */
const FORCE_ACTS = new Set(["ASSAULT", "COERCE", "MOBILIZE", "SANCTION"]);
/** How far before its subject party a verb of pointing may stand (`وتحدث وزير الخارجية الفرنسي عن`). */
const REFER_REACH = 4;

/**
 * `أشار السفير الأمريكي إلى هجوم في الضفة الغربية`، `وتحدث الوزير الفرنسي عن هجوم`: a noun of force right after
 * the إلى or عن of a verb of pointing or speaking (cues `refer_verb`, `refer_prep`) is the matter spoken of; the
 * verb's subject `last` is its speaker, not the agent. Also `الوزير أشار إلى هجوم` (verb after the subject).
 */
export function referredAct(c: Clause, hit: TriggerHit, last: PartyUnit): boolean {
  if (hit.trigger.pos !== "noun" || !FORCE_ACTS.has(hit.trigger.type)) return false;
  if (hit.first - 1 < last.end || !tokenIn(c.cues.referPrep, c.tokens[hit.first - 1])) return false;
  for (let k = last.end; k < hit.first - 1; k++) if (tokenIn(c.cues.referVerb, c.tokens[k])) return true;
  for (let k = Math.max(c.start, last.first - REFER_REACH); k < last.first; k++)
    if (tokenIn(c.cues.referVerb, c.tokens[k])) return true;
  return false;
}

/** A pronoun on a noun's end (`ضمها`، `اتهامهم`، `قصفه`; not the `ه` of `اتجاه`، `توجيه`). */
const OWN_PRONOUN = /(?:ها|هما|هم|هن|[^اي]ه)$/u;

/**
 * The party before a noun is not its agent: a cause (`بسبب`, cue threat_cause) or a time after (`بعد`، `عقب`,
 * cue after_word: `لقاء الأسد بأعضاء البرلمان الروسي بعد الهجمات الغربية`) opens between, or it points to it.
 */
export function notSubjectsAct(c: Clause, hit: TriggerHit, last: PartyUnit): boolean {
  // `علقت عضوية روسيا إثر ضمها القرم`: a noun with a pronoun of its own takes its agent from before the time word.
  const owned = OWN_PRONOUN.test(c.tokens[hit.first]?.text ?? "");
  for (let k = last.end; k < hit.first; k++)
    if (tokenIn(c.cues.threatCause, c.tokens[k]) || (tokenIn(c.cues.afterWord, c.tokens[k]) && !owned))
      return true;
  return referredAct(c, hit, last);
}

/** Mentions that name their party (`أنقرة`، `الرئيس التركي رجب طيب أردوغان`): no nisba and no back-reference. */
const NAMED = new Set(["GPE", "PERSON", "ORG"]);

/**
 * `فرض رسوما على الصلب التركي بعد رفض الرئيس التركي أردوغان إطلاق سراح القس`، `بسبب فرض واشنطن الرسوم`: a form
 * the lexicon lists as a verb that stands right after a word of time or cause (cues after_word, threat_cause), with
 * no proclitic and a named party right after it, is a verbal noun with its agent after it, as no verb follows a
 * preposition: a party before that word is not its subject (as `notSubjectsAct` reads for nouns). Not with a
 * back-reference or a nisba after it (`عقب رفض الأولى`، `بعد قصف روسي`), whose reading stays as it was.
 */
export function nounAfterWord(c: Clause, hit: TriggerHit): boolean {
  const before = c.tokens[hit.first - 1];
  if (hit.trigger.pos !== "verb" || hit.prefix !== "") return false;
  if (!tokenIn(c.cues.afterWord, before) && !tokenIn(c.cues.threatCause, before)) return false;
  return c.units.some((u) => u.first === hit.end && NAMED.has(u.type));
}

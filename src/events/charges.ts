// Who accuses whom with an accusing verb or noun and its charge (ب): the state right before the
// charge is the accused (`واتهم إيران بالضلوع`، `بعد اتهام موسكو بالتدخل`), the subject before the
// verb or noun the accuser. Split from arguments.ts.
import { condemnedAgent } from "./condemned-agent.ts";
import type { Token } from "../pipeline/types.ts";
import { findActor, matrixSubject } from "./actor.ts";
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { elidedSubject } from "./continued-clause.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { groupAt, punctuated, statesOfUnits } from "./clause-units.ts";
import { agrees } from "./references.ts";
import { unmarked } from "../arabic/regexes.ts";

/**
 * The group right after an accusing verb is one state or body (or several joined by و) with the charge
 * (ب) right after it: the accused (`chargedObject`, and `previousAccuser` in previous-accuser.ts).
 */
export function chargedParty(
  tokens: readonly Token[],
  all: readonly PartyUnit[],
  group: readonly PartyUnit[],
  clauseEnd: number,
  responsibility?: ReadonlySet<string>,
): boolean {
  // روسيا بريطانيا: a second party with no و is the object after the subject, not a conjunct. A person
  // right after the verb is its subject (`اتهم وزير الخارجية التركي بلدين`: a titled name may run on).
  if (
    group.slice(1).some((u) => !u.prefix.startsWith("و")) ||
    group.some((u) => u.type !== "GPE" && u.type !== "ORG")
  )
    return false;
  const end = Math.max(...group.map((u) => u.end));
  // بالسعي، بـ"اختلاق": the charge, not a party whose name opens with ب (بريطانيا) nor a word that
  // does (`بلدين`، `بعض الدول`: the object after a subject).
  const t = tokens[end];
  // وحمّلت الولايات المتحدة مسؤولية …: after a verb of blame the responsibility stands for the charge.
  if (responsibility) return t !== undefined && end < clauseEnd && tokenIn(responsibility, t);
  if (
    !t ||
    end >= clauseEnd ||
    !t.bare.some((b) => b.prefix === "ب") ||
    NOT_CHARGE.test(t.key) ||
    all.some((u) => u.first === end)
  )
    return false;
  return true;
}

/** Words that open with ب but are no charge: countries, parts, places (`بلدين`، `بعض`، `بين`). */
const NOT_CHARGE = /^(?:بلد|بلاد|بعض|بين|بيان)/u;
/**
 * `واتهم إيران بالضلوع في أعمال العنف`، `الوزير، الذي طالما اتهم الهند بإغراق الأسواق`، `الذي اتُهمت روسيا
 * بتدبيره`: an accusing verb (cue `charge_verb`) whose only party after it stands right before the charge
 * (ب) has that party as its object, the accused; a subject of its own would stand between (`اتهمت قطر
 * السعودية بـ`). The accuser is the sentence's subject before the verb, of another state, or none (a
 * subject told in an earlier sentence, or a passive). So does a verb of blame (cue `blame_verb`) whose one
 * party stands right before the responsibility (`وحمّلت الولايات المتحدة مسؤولية دماء الضحايا`).
 */
export function chargedObject(c: Clause, hit: TriggerHit, actor: PartyUnit[]): Arguments | null {
  const head = actor[0];
  const blame = tokenIn(c.cues.blameVerb, c.tokens[hit.first]);
  if (
    hit.trigger.pos !== "verb" ||
    !head ||
    head.first !== hit.end ||
    !(blame || tokenIn(c.cues.chargeVerb, c.tokens[hit.first]))
  )
    return null;
  if (!chargedParty(c.tokens, c.all, actor, c.end, blame ? c.cues.responsibilityWord : undefined))
    return null;
  const accused = statesOfUnits(actor);
  // The reported clause's subject, else the sentence's (`قال الجيش التايلاندي إن القوات الكمبودية
  // أطلقت …، واتهم بنوم بنه بـ`: the speaker accuses), of another state than the accused.
  const other = (g: PartyUnit[]) =>
    g.length > 0 && g.every((u) => u.end <= hit.first && u.parties.every((p) => !accused.has(p.country)));
  // …حقوق الإنسان". وحمّلت الولايات المتحدة: after a full stop inside the sentence (a quotation closed
  // after it) the verb opens a sentence of its own; the speaker's, not the quoted clause's subject.
  const prev = c.tokens[hit.first - 1];
  const stopped =
    prev !== undefined && /[.!؟]/u.test(c.text.slice(prev.end, (c.tokens[hit.first] as Token).start));
  const order = stopped ? [matrixSubject(c, hit)] : [elidedSubject(c, hit), matrixSubject(c, hit)];
  const accuser = order.find(other) ?? [];
  return { actor: accuser, recipient: actor };
}

/**
 * `تسرع بريطانيا في اتهام روسيا بالتورط`، `بعد اتهام موسكو بالتدخل`: the genitive state or body of a
 * charge noun (cue `charge_noun`) with the charge right after it (ب) is the accused, not the accuser. The accuser
 * is a subject before the noun in its clause, if any (none: `قال ترامب إن اتهام روسيا بالتواطؤ …`).
 */
export function chargedGenitive(c: Clause, hit: TriggerHit, actor: PartyUnit[]): Arguments | null {
  const head = actor[0];
  // حاول ماكرون إقناع ترامب بالبقاء: the one persuaded may be a person too (cue `patient_noun`).
  const persuaded = tokenIn(c.cues.patientNoun, c.tokens[hit.first]);
  // A state or a body only: a nisba (`الاتهامات السعودية بتزويد`) or a person (`اتهامات الرئيس الأمريكي
  // بتدخل الصين`) after the noun is its agent.
  if (
    !head ||
    head.first !== hit.end ||
    head.prefix !== "" ||
    actor.some((u) => u.type !== "GPE" && u.type !== "ORG" && !(persuaded && persuadable(c, u))) ||
    !(persuaded || tokenIn(c.cues.chargeNoun, c.tokens[hit.first]))
  )
    return null;
  const end = Math.max(...actor.map((u) => u.end));
  if (!(c.tokens[end] as Token | undefined)?.bare.some((b) => b.prefix === "ب")) return null;
  const accuser = findActor({ ...c, units: c.units.filter((u) => !actor.includes(u)) }, hit).filter(
    (u) => u.end <= hit.first && u.first >= c.start,
  );
  return { actor: accuser, recipient: actor };
}

/** A person, or a counterpart named by its nisba (`إقناع نظيره الأمريكي`), may be the one persuaded. */
function persuadable(c: Clause, u: PartyUnit): boolean {
  return u.type === "PERSON" || (u.type === "NISBA" && tokenIn(c.cues.counterpart, c.tokens[u.first]));
}

/** A charge noun with a possessive pronoun (`اتهامه`، `اتهامها`، `اتهامهم`): the pronoun, else null. */
const CHARGE_PRONOUN = /(?:[^ه]ه|ها|هم|هما)$/u;
/** The charge noun's stem after its proclitics (`لاتهامها`، `واتهامه`، `بإتهامهم`). */
const CHARGE_STEM = /^[وفبل]*[اإ]تهام[^ا]/u;
/** How many words may stand between the accused and its charge noun (`لقطر على خلفية اتهامها`). */
const PRONOUN_REACH = 3;

/**
 * `ضربة للنظام السوري بعد اتهامه باستخدام`، `قطعت العلاقات مع قطر لاتهامها بدعم`: a charge noun (cue
 * `charge_noun`) with a possessive pronoun and the charge right after it (ب) has that pronoun as the
 * accused, so the party it stands for (the nearest before it in its sentence, of its gender, no comma
 * between) is the recipient and never the accuser; the accuser is a party of another state read for
 * the noun, else none (`اتهامها الدوحة بـ`: a party right after the pronoun is the accused, the
 * pronoun the accuser, and is left to the other rules).
 */
export function chargedPronoun(c: Clause, hit: TriggerHit, actor: PartyUnit[]): Arguments | null {
  const t = c.tokens[hit.first] as Token;
  if (hit.trigger.pos !== "noun" || hit.end - hit.first !== 1 || hit.trigger.type !== "ACCUSE") return null;
  // The cue's words carry no pronoun: the word is read as a charge noun and its pronoun.
  const word = unmarked(t.text);
  if (!CHARGE_PRONOUN.test(word) || !CHARGE_STEM.test(word)) return null;
  const next = c.tokens[hit.end];
  if (!next || !next.bare.some((b) => b.prefix === "ب") || NOT_CHARGE.test(next.key)) return null;
  if (c.all.some((u) => u.first === hit.end)) return null;
  const before = c.units.filter((u) => u.first >= c.sentenceStart && u.end <= hit.first && !u.place);
  const last = before[before.length - 1];
  if (!last || hit.first - last.end > PRONOUN_REACH || punctuated(c, last.end, hit.first)) return null;
  const accused = groupAt(c, last);
  // هم، هما: a plural of people (`مسؤولين روس`) or a list; ه، ها: one party of that gender.
  const plural = /هما?$/u.test(word);
  if (plural ? last.type !== "NISBA" && accused.length < 2 : !agrees(c.tokens, last, word.endsWith("ها")))
    return null;
  const theirs = statesOfUnits(accused);
  if (theirs.has(null)) return null;
  const accuser = actor.filter((u) => !accused.includes(u) && u.parties.every((p) => !theirs.has(p.country)));
  return { actor: accuser, recipient: accused };
}

/**
 * `اتهم الوزير الألماني المملكة باحتجاز رئيس الوزراء اللبناني`: after an accusing verb (cue `charge_verb`)
 * the charge (the first word with ب after the verb that is no party, `NOT_CHARGE` aside) holds what the
 * accused did and to whom; a party inside it is never the accused. Returns the recipient without the
 * parties that stand after the charge's first word.
 */
export function outsideCharge(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  recipient: PartyUnit[],
): PartyUnit[] {
  // أدانت تركيا اعتقال صحفي تركي من قبل السلطات المصرية: the condemned act's agent is the accused.
  const doer = condemnedAgent(c, hit, actor);
  if (doer) return doer;
  if (hit.trigger.pos !== "verb" || !tokenIn(c.cues.chargeVerb, c.tokens[hit.first])) return recipient;
  // اتهمت متحدثة باسم الرئيس الأمريكي روسيا بـ: the search starts after a subject told after the verb.
  const from = Math.max(hit.end, ...actor.filter((u) => u.first >= hit.end).map((u) => u.end));
  let charge = -1;
  // تتهم باطراد كوريا الشمالية بـ: a word with ب right after the verb is an adverb; the accused stands
  // before the charge.
  for (let k = from === hit.end ? from + 1 : from; k < c.end; k++) {
    const t = c.tokens[k] as Token;
    if (c.all.some((u) => u.first <= k && k < u.end)) continue;
    if (t.bare.some((b) => b.prefix === "ب") && !NOT_CHARGE.test(t.key)) {
      charge = k;
      break;
    }
  }
  return charge < 0 ? recipient : recipient.filter((u) => u.first < charge);
}

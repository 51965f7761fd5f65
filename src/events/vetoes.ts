// Readings that make a trigger hit no act of its own, each a veto findEvents (index.ts) applies before
// or after the hit's sides are read: a comment declined, a finding reached, a counted noun, people
// sheltered, a deed admitted; what a draft resolution would do is read by draft-resolution.ts, and an
// agreement, a cooperation or a backing that is no act by tie-vetoes.ts. Split from arguments.ts, which
// reads the sides.
import { measureUnborne } from "./borne-measure.ts";
import type { Token } from "../pipeline/types.ts";
import { type Clause, objectAt, type PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { followedBy } from "./key-openings.ts";
import { unlessWithin } from "./unless-words.ts";
import { deniedAct } from "./denied.ts";
import { fearedAct } from "./feared.ts";
import { threatened } from "./threatened.ts";
import { natureSubject, privateSubject } from "./private-subject.ts";
import { courtVerdict } from "./court-verdict.ts";
import { askedNotDone } from "./addressed.ts";
import { callContent } from "./call-content.ts";
import { sentToHelp } from "./deployed-help.ts";
import { guestsWelcomed } from "./guests-welcomed.ts";
import {
  agreementLeft,
  agreementRetold,
  agreementSought,
  cooperationSought,
  backedNoState,
  standingRelation,
} from "./tie-vetoes.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words after a refusal verb its speech object may stand, past a subject with a title. */
const SPEECH_REFUSAL_REACH = 7;

/**
 * A refusal whose object is speech, past its subject (`رفض نائب وزير الخارجية الإيراني تأكيد …`، `رفض
 * السفير الإماراتي إلى الولايات المتحدة التعليق`، `ورفضت الحكومة الإسرائيلية التعليق` after a party named
 * before it): declining to comment or confirm answers the press, not a state. Within the clause, up to a
 * comma; a speech word with و opens another clause (`رفضت … الطلب والتعليق` stays). A veto (index.ts):
 * sides borrowed from the sentence before would make it an act again (`لكنه رفض التأكيد على أن …`). The
 * participle too (`رافضا تسميتها`، `رافضة الكشف عن`), and the words of telling it declines (cue
 * declined_object: `تأكيد`، `الكشف`، `ذكر`), which only a refusal makes speech declined.
 */
export function speechRefused(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.type !== "REJECT" || (hit.trigger.pos !== "verb" && hit.trigger.pos !== "participle"))
    return false;
  const to = Math.min(c.end, hit.end + SPEECH_REFUSAL_REACH);
  for (let k = hit.end; k < to; k++) {
    if (k > hit.end && punctuated(c, k, k)) return false;
    const t = c.tokens[k] as Token;
    if (speechKey(c, t.key)) return true;
    for (const b of t.bare) if (speechKey(c, b.key) && !b.prefix.startsWith("و")) return true;
  }
  return false;
}

/** A word of speech or of telling (`التعليق`، `تأكيد`) as the object a refusal declines. */
function speechKey(c: Clause, key: string): boolean {
  return c.cues.speechObject.has(key) || c.cues.declinedObject.has(key);
}

/**
 * توصلت الأجهزة إلى خلاصة بأن …، توصلت CNN إلى أن …: an agreement verb whose
 * first preposition, past its subject, is إلى with a finding after it (cue finding) reached a conclusion,
 * not an agreement with anyone. Only the first preposition: `اتفقا على الهدنة إلى أن تنتهي` is an
 * agreement whose إلى أن means "until".
 */
export function findingReached(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.type !== "AGREE" || hit.trigger.pos !== "verb") return false;
  const to = Math.min(c.end - 1, hit.end + SPEECH_REFUSAL_REACH);
  for (let k = hit.end; k < to; k++) {
    if (k > hit.end && punctuated(c, k, k)) return false;
    const t = c.tokens[k] as Token;
    if (!c.cues.preposition.has(t.key)) continue;
    return c.cues.toWord.has(t.key) && tokenIn(c.cues.finding, c.tokens[k + 1]);
  }
  return false;
}

/**
 * خمسة آلاف طالب سعودي، 15 ألف طالب: a verb form right after a count word (cue count_word) is the noun
 * counted (a student, not "demanded"): Arabic puts the counted noun, never a verb, after ألف، آلاف، مئات.
 */
export function countedNoun(c: Clause, hit: TriggerHit): boolean {
  return (
    hit.trigger.pos === "verb" &&
    hit.prefix === "" &&
    hit.first > c.sentenceStart &&
    !punctuated(c, hit.first, hit.first) &&
    tokenIn(c.cues.countWord, c.tokens[hit.first - 1])
  );
}

/**
 * استقبلت ألمانيا مئات الآلاف من السوريين: a hosting verb's object stands after its subject, so the words
 * that give it another sense right after the verb (its row's unless: مئات، آلاف، لاجئين) do so there too:
 * it shelters people, it hosts no visitor.
 */
export function peopleHosted(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): boolean {
  if (!hit.trigger.hosted || hit.trigger.unless.length === 0) return false;
  const k = objectAt(hit, actor);
  if (k === hit.end || k >= c.end) return false;
  const t = c.tokens[k] as Token;
  return hit.trigger.unless.includes(t.key) || t.bare.some((b) => hit.trigger.unless.includes(b.key));
}

/**
 * وتوجه الحكومة الهولندية أصابع الاتهام إلى بكين: a verb's subject may stand between it and the word that
 * gives it another sense (its row's unless), so that word right after a subject that follows the verb
 * does so too: the government points the finger, it travels nowhere; so does such a word right after the
 * trip's preposition there (`وصل الوزير إلى 12 دولة`). Only for the verbs of a trip
 * (mode visit); hosting verbs read their own unless words there (`peopleHosted`).
 */
export function senseAfterSubject(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): boolean {
  // رحب السفير بالحضور ومنهم …: a host greets the guests, no praise (guests-welcomed.ts).
  if (guestsWelcomed(c, hit, actor)) return true;
  // Only a trip's verbs: other rows' unless words name the object the verb's subject acts on (`شكر` … `الصحفي`).
  // A pledge's or an agreement's too: their unless words are a complement after the subject (`تعهدت الدول
  // الثلاث بالاستمرار بالالتزام بالاتفاق`: a deal kept, no new one; branch precision66).
  const agreed = hit.trigger.type === "AGREE";
  if ((hit.trigger.mode !== "visit" && !agreed) || hit.trigger.pos !== "verb" || hit.trigger.hosted)
    return false;
  if (hit.trigger.unless.length === 0) return false;
  const k = objectAt(hit, actor);
  if (k <= hit.end || k >= c.end) return false;
  if (unlessWithin(c.tokens, k, hit.trigger.unless)) return true;
  // …and right after the trip's preposition there (`توجه الناخبون إلى مراكز الاقتراع`): a place that is
  // no place of a visit, as right after the verb's own preposition (trigger-fit.ts `unlessAfter`).
  const next = c.tokens[k] as Token;
  return hit.trigger.frame.includes(next.key) && unlessWithin(c.tokens, k + 1, hit.trigger.unless);
}

/** How far after a verb of recognizing its ب-object may stand, past a subject in apposition. */
const CONFESSION_REACH = 10;

/**
 * اعترف المستشار السابق بالكذب في إفادته أمام اللجنة؛
 * يعترف بارتكابه الجريمة: a verb of recognizing (cue recognition) whose first ب-object is a deed admitted
 * (cue confession) confesses it; it recognizes no state (`تعترف السعودية بدولة إسرائيل` stays).
 */
export function confessed(c: Clause, hit: TriggerHit): boolean {
  if (!tokenIn(c.cues.recognition, c.tokens[hit.first])) return false;
  const to = Math.min(c.sentenceEnd, hit.end + CONFESSION_REACH);
  for (let k = hit.end; k < to; k++) {
    const t = c.tokens[k] as Token;
    if (tokenIn(c.cues.confession, t)) return true;
    if (t.bare.some((b) => b.prefix.includes("ب"))) return false;
  }
  return false;
}

/**
 * Why a trigger's clause tells no act, read before its sides (index.ts), or null: each veto above in
 * turn. What a draft would do (`draftSponsors`, draft-resolution.ts) and people sheltered (`peopleHosted`)
 * need the sides, and are read with them (act-sides.ts).
 */
export function clauseVeto(c: Clause, hit: TriggerHit): string | null {
  // رفضت الحكومة الإسرائيلية التعليق، لكنه رفض التأكيد: declining to comment is no act between states.
  if (speechRefused(c, hit)) return "declines to comment";
  // دعا الكاتب السعودي وزارة الخارجية إلى …: a private person's speech is no state's act.
  if (privateSubject(c, hit)) return "a private person speaks";
  // أدانت محكمة إسرائيلية الجندي بالقتل: a court's conviction of a person is no state's charge (court-verdict.ts).
  if (courtVerdict(c, hit)) return "a court's verdict";
  if (natureSubject(c, hit)) return "a force of nature acts";
  // نصحه بعدم تهديد الولايات المتحدة: an act asked not to be done is the request's content (addressed.ts).
  if (askedNotDone(c, hit) || callContent(c, hit)) return "an act asked not to be done";
  // خمسة آلاف طالب سعودي: after a count word a verb form is the noun counted.
  if (countedNoun(c, hit)) return "a counted noun";
  // انسحاب ترامب من الاتفاق مع إيران، سعت روسيا للتوصل إلى اتفاق: an agreement left or sought is none made.
  if (agreementLeft(c, hit) || agreementSought(c, hit) || agreementRetold(c, hit))
    return "an agreement left, sought or retold";
  // بحثا تعزيز التعاون، أهمية تعاون الجانبين: cooperation as the goal or topic of another act.
  if (cooperationSought(c, hit)) return "cooperation sought";
  // تتمتعان بعلاقات صداقة وتعاون، الشركاء في عقد الاتفاق: a standing tie named, no act.
  if (standingRelation(c, hit)) return "a standing relation";
  // ودعمت متمردين موالين لها، أهمية دعم جهود التسوية، دعمها لفرض عقوبات على روسيا: backing an armed group, an
  // act, or a backing with no state named, backs none.
  if (backedNoState(c, hit)) return "an armed group, an act or no state backed";
  // أرسلت إيران قوات إلى سوريا لدعم الحكومة: troops sent to help are the help, no mobilisation (deployed-help.ts).
  if (sentToHelp(c, hit)) return "troops sent to help";
  // اعترف فلين بالكذب بشأن اجتماعاته مع السفير الروسي: an admission recognizes no state.
  if (confessed(c, hit)) return "a deed admitted";
  // توصلت وكالات الاستخبارات إلى نتيجة بأن …: a conclusion reached is no agreement.
  if (findingReached(c, hit)) return "a finding reached";
  // ويُتهم الرئيس السوري بشن هجمات، اتُهم فريق الحملة بالتواطؤ: a charge written in the passive names the
  // accused after it, not the accuser; none is told (the corpus gold codes no passive charge).
  if (passiveCharge(c, hit)) return "a passive charge";
  // أخلت محكمة سبيل القس لكن وضعته رهن الإقامة الجبرية: moved to house arrest, not released.
  if (hit.trigger.type === "RETREAT" && anyAfter(c, hit, c.cues.houseArrest)) return "moved to house arrest";
  // نفى السفير تورط موسكو في الهجوم، تنفي طرد السفير: what a party denies is no happening told.
  if (deniedAct(c, hit)) return "an act denied";
  // يخشى من انسحاب واشنطن، حذرت إيران من مغبة مهاجمة القنصلية: a feared or warned-against act is not done.
  if (fearedAct(c, hit)) return "an act feared or warned against";
  // هددت برلين بفرض عقوبات على تركيا: the act a threat names with ب is the threat's content, not listed again
  // (docs/gold-format.md); the threat is its own event.
  if (threatened(c.tokens, hit, c.start, c.cues)) return "a threatened act";
  // ستحمل واشنطن إيران مسؤولية أي هجوم: responsibility laid for acts to come is a threat's content.
  if (blameToCome(c, hit)) return "blame to come";
  // كما تحمل حكومة بلادها المسؤولية: a present blame names the state it holds before its responsibility word.
  if (blameUnnamed(c, hit)) return "blame of no state named";
  // خطر يهدد حياته، التصعيد الإيراني يهدد المنطقة: a danger threatens, no state.
  if (dangerThreatens(c, hit)) return "a danger, no threat";
  // قال إنه على استعداد للجلوس مع …: على after a complementizer with no party right after it is no duty.
  if (dutyUnlaid(c, hit)) return "no state the duty is laid on";
  // لا يوجد ما يدعو روسيا للتدخل: a request whose subject is the relative ما names a reason, no asker.
  if (whatAsks(c, hit)) return "a reason, no request";
  if (measureUnborne(c, hit)) return "a measure borne of no state named";
  return null;
}

/**
 * `لا يوجد ما يدعو روسيا إلى`، `مما يستدعي تدخل`: a request verb in the imperfect right after the relative ما
 * (cue what_subject), with no و between, has ما for its subject: what prompts, not who asks.
 */
function whatAsks(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.type !== "REQUEST" || hit.trigger.pos !== "verb" || hit.prefix !== "") return false;
  const verb = (c.tokens[hit.first] as Token).text;
  // The word itself, not a clitic's host: `كما يطالب` is "as", no relative ما.
  const before = c.tokens[hit.first - 1];
  return /^[يت]/u.test(verb) && before !== undefined && c.cues.whatSubject.has(before.key);
}

/**
 * A duty told by a complementizer (`إنه على السعودية أن تثبت`) is laid on the party right after its على;
 * with none there the على phrase is the speaker's state or place (`إنه على استعداد`، `أنه على صلة`).
 */
function dutyUnlaid(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.duty !== true || hit.trigger.right === true) return false;
  return !c.all.some((u) => u.first === hit.end + 1);
}

/** How many words before a verb of threatening its danger noun may stand (past a nisba and الذي). */
const DANGER_REACH = 3;

/**
 * A verb of threatening (no و before it: `ويهدد` opens another clause) whose subject right before it is a
 * noun of danger or escalation (cue danger_subject), past words with ال that are a nisba or a relative
 * pronoun (`خطر يهدد خاشقجي`، `التصعيد الإيراني يهدد`، `الخطر الذي يهدد`): it tells a danger, not a state's
 * threat. A state's name stops the walk (`الصين التي تهدد`).
 */
function dangerThreatens(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.type !== "THREATEN" || hit.trigger.pos !== "verb") return false;
  const verb = c.tokens[hit.first] as Token;
  if (verb.bare.length > 0 && verb.bare.every((b) => b.prefix.startsWith("و"))) return false;
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - DANGER_REACH); k--) {
    const t = c.tokens[k] as Token;
    if (t.sentence !== verb.sentence || c.all.some((u) => u.first <= k && k < u.end && u.type !== "NISBA"))
      return false;
    if (tokenIn(c.cues.dangerSubject, t)) return true;
    if (!tokenIn(c.cues.relative, t) && !/^ال.+ي[ةه]?$/u.test(t.key)) return false;
  }
  return false;
}

/**
 * A verb of blame in the present (row carrier `blame`) whose two sides are not both named around it:
 * the blamer right before it (`إن إسرائيل تحمل`، `تغريدات ترامب تحمّل`) or right after it (`ويحمّل
 * الوزير الإيراني`), and the one held before the responsibility word. With fewer than two such names
 * (`كما تحمل حكومة بلادها المسؤولية`), the sides would be borrowed from other sentences and other acts.
 */
function blameUnnamed(c: Clause, hit: TriggerHit): boolean {
  if (!hit.trigger.blame) return false;
  const to = Math.min(c.sentenceEnd, hit.end + BLAME_REACH);
  let word = hit.end;
  while (word < to && !followedBy(c.tokens, word, hit.trigger.needs, 1)) word++;
  const named = (u: PartyUnit) => u.parties.some((p) => p.country !== null);
  const after = c.units.filter((u) => u.first >= hit.end && u.end <= word && named(u)).length;
  const before = c.units.some((u) => u.end === hit.first && named(u)) ? 1 : 0;
  return after + before < 2;
}

/** How far after a verb of blame its `أي` may stand (`تحمل … إيران المسؤولية الكاملة عن أي هجوم`). */
const BLAME_REACH = 8;

/**
 * A verb of holding responsible (row carrier `blame`) told with the future prefix (`ستحمل`، `سنحمل`),
 * or with `أي` (cue any_word) after it in its clause (`تحمل … مسؤولية أي اعتداء`): the responsibility is
 * laid for an act still to come, which is what a threat says; the set codes the threat, not a charge
 * (docs/gold-format.md, "Conditional, negated and planned acts").
 */
function blameToCome(c: Clause, hit: TriggerHit): boolean {
  if (!hit.trigger.blame) return false;
  if (hit.prefix.replace(/^[وف]/u, "").startsWith("س")) return true;
  const to = Math.min(c.sentenceEnd, hit.end + BLAME_REACH);
  for (let k = hit.end; k < to; k++) {
    if (k > hit.end && punctuated(c, k, k)) return false;
    if (tokenIn(c.cues.anyWord, c.tokens[k])) return true;
  }
  return false;
}

/** A token of `set` after the trigger in its sentence. */
function anyAfter(c: Clause, hit: TriggerHit, set: Set<string>): boolean {
  for (let k = hit.end; k < c.sentenceEnd; k++) if (tokenIn(set, c.tokens[k])) return true;
  return false;
}

/** A damma on the verb's first or second letter, past و or ف (`اتُهم`، `يُتهم`، `تُتّهم`): the passive voice written. */
const PASSIVE_MARK = /^[وف]?[\u0621-\u064A]{1,2}\u0651?\u064F/u;

/** How far after a passive charge `من قبل` may name the accuser. */
const BY_REACH = 8;

/** An accusing verb written in the passive with no `من قبل`/`من جانب` after it in its clause. */
function passiveCharge(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.type !== "ACCUSE" || hit.trigger.pos !== "verb") return false;
  if (!PASSIVE_MARK.test((c.tokens[hit.first] as Token).text)) return false;
  for (let k = hit.end; k < Math.min(c.end - 1, hit.end + BY_REACH); k++)
    if ((c.tokens[k] as Token).key === "من" && /^(قبل|جانب)$/u.test((c.tokens[k + 1] as Token).key))
      return false;
  return true;
}

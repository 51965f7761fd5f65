// Readings of an agreement, a cooperation or a backing that is no act between states of its own: an
// agreement left, sought or retold in a relative clause, cooperation named as a goal, a standing tie
// after a relation noun, the backing of an armed group, by a bare noun (backer-noun.ts) or of an act on a
// target (backed-act.ts). clauseVeto (vetoes.ts) applies them. Split from vetoes.ts.
import { keyOf } from "../arabic/normalize.ts";
import { tokenIs } from "../arabic/tokens.ts";
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { actBacked } from "./backed-act.ts";
import { backerUnnamed } from "./backer-noun.ts";
import { retoldDated } from "./retold-dated.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { NEGATION_REACH, negationIn } from "./negation.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far before من a word of leaving may stand (`انسحاب الرئيس الفرنسي من المعاهدة`). */
const LEFT_REACH = 5;

/**
 * انسحاب ترامب من الاتفاق الدولي مع إيران، أعلن خروج بلاده من الاتفاق مع إيران: an agreement noun right
 * after من whose head is a word of leaving (cue left_from) names the agreement left, not one made.
 */
export function agreementLeft(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.type !== "AGREE" || hit.trigger.pos !== "noun") return false;
  const from = c.tokens[hit.first - 1];
  if (!from || !tokenIs(from, MIN_KEY) || hit.first - 1 < c.sentenceStart) return false;
  for (let k = hit.first - 2; k >= Math.max(c.sentenceStart, hit.first - 1 - LEFT_REACH); k--) {
    if (punctuated(c, k + 1, k + 1)) return false;
    if (tokenIn(c.cues.leftFrom, c.tokens[k])) return true;
  }
  return false;
}

const MIN_KEY = keyOf("من");

/** How far before التوصل a word of seeking may stand (`وتحتاج بريطانيا والاتحاد الأوروبي إلى التوصل`). */
const SOUGHT_REACH = 5;

/**
 * سعت روسيا للتوصل إلى إدانة، وسط آمال في إمكانية التوصل إلى صيغة، وضع بومبيو 12 شرطاً للتوصل لأي اتفاق،
 * يحاول البلدان التوصل إلى اتفاق: the noun of reaching an agreement (cue reach_noun) after a word of
 * needing, seeking, trying, hoping, purpose or condition (cue agree_sought), up to 5 words before it with
 * no punctuation between, or carrying the ل of purpose itself (`للتوصل`), tells an agreement sought, not
 * one reached: no AGREE (the call or the meeting it is the aim of is coded by its own trigger). The
 * agreement noun after it (`التوصل إلى اتفاق`، `للتوصل لاتفاق`، `تسعى لعقد اتفاق`) reads through it, and an
 * agreement noun right after أي (`أي اتفاق`) is a hypothetical one. A failure to reach one
 * (`فشل … بالتوصل`، `دون التوصل`) is not sought: its negation is read as before.
 */
export function agreementSought(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.type !== "AGREE") return false;
  let j = hit.first;
  if (!tokenIn(c.cues.reachNoun, c.tokens[j])) {
    if (hit.trigger.pos !== "noun" || j - 1 < c.sentenceStart) return false;
    // بنود يجب أن يشملها أي اتفاق: any agreement (cue any_word) is a hypothetical one.
    if (tokenIn(c.cues.anyWord, c.tokens[j - 1])) return true;
    if (tokenIn(c.cues.reachNoun, c.tokens[j - 1])) j -= 1;
    else if (
      j - 2 >= c.sentenceStart &&
      c.cues.toWord.has((c.tokens[j - 1] as Token).key) &&
      tokenIn(c.cues.reachNoun, c.tokens[j - 2])
    )
      j -= 2;
    else return false;
  }
  const reach = c.tokens[j] as Token;
  if (reach.bare.some((b) => b.prefix.endsWith("ل") && c.cues.reachNoun.has(b.key))) return true;
  for (let k = j - 1; k >= Math.max(c.sentenceStart, j - SOUGHT_REACH); k--) {
    if (punctuated(c, k + 1, k + 1)) return false;
    // بجهود مصرية تم التوصل إلى التهدئة: reached by the efforts named, not sought.
    if (tokenIn(c.cues.passiveAux, c.tokens[k])) return false;
    // لم تتمكن مصر وإثيوبيا من التوصل إلى اتفاق: an ability negated is a failure, read as a negation.
    if (tokenIn(c.cues.agreeSought, c.tokens[k]))
      return !(tokenIn(c.cues.able, c.tokens[k]) && negationIn(c.tokens, k - NEGATION_REACH, k, c.cues));
  }
  return false;
}

/** How many tokens before a cooperation noun its goal word may stand (`تعزيز أواصر التعاون`). */
const GOAL_REACH = 2;

/**
 * بحثا تعزيز التعاون، أعلن البلدان رغبتهما بالتعاون، أهمية تعاون الجانبين، وقعا اتفاقا للتعاون الدفاعي: a
 * cooperation noun one or two words after a word of strengthening, wishing, needing, agreeing or calling
 * (cue coop_goal), with no punctuation between, is the goal or topic of another act: no cooperation
 * carried out (PLOVER codes promised or agreed cooperation as AGREE, which the other word's own trigger
 * gives when it is one).
 */
export function cooperationSought(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.type !== "COOPERATE" || hit.trigger.pos !== "noun") return false;
  for (let k = hit.first - 1; k >= Math.max(c.sentenceStart, hit.first - GOAL_REACH); k--) {
    if (punctuated(c, k + 1, k + 1)) return false;
    if (tokenIn(c.cues.coopGoal, c.tokens[k])) return true;
  }
  return false;
}

/** How many words before a noun of cooperation or agreement its relation noun may stand (`الشركاء في عقد اتفاق`). */
const RELATION_REACH = 3;

/** The types of a standing tie between states: a noun of theirs after a relation noun names the tie. */
const TIE_TYPES: ReadonlySet<string> = new Set(["COOPERATE", "AGREE", "SUPPORT", "AID"]);

/**
 * تتمتعان بعلاقات صداقة وتعاون، علاقات التعاون بين البلدين، الدول الشريكة في إبرام المعاهدة: a noun of
 * cooperation, agreement or support up to three words after a noun of relations or partnership (cue
 * relation_noun), past a noun, a preposition or a verbal noun of making (reach_noun), with no punctuation or
 * other act between, names the standing tie between the states, not an act done.
 */
export function standingRelation(c: Clause, hit: TriggerHit): boolean {
  if (!TIE_TYPES.has(hit.trigger.type) || hit.trigger.pos === "participle") return false;
  // بعلاقات صداقة وتعاون: a form that may be a verb (تعاون) is a noun here only as a second item after و.
  if (hit.trigger.pos === "verb" && !hit.prefix.startsWith("و")) return false;
  for (let k = hit.first - 1; k >= Math.max(c.sentenceStart, hit.first - RELATION_REACH); k--) {
    if (punctuated(c, k + 1, k + 1)) return false;
    const t = c.tokens[k] as Token;
    if (tokenIn(c.cues.relationNoun, t)) return hit.trigger.pos !== "verb" || k < hit.first - 1;
    // تحسن العلاقات وقعت الكويت اتفاقية: a party or another act between opens the act's own clause; not the
    // relation's own genitive (بعلاقات سلام وتعاون).
    if (c.all.some((u) => u.first <= k && k < u.end)) return false;
    const genitive = tokenIn(c.cues.relationNoun, c.tokens[k - 1]);
    if (c.isAct?.(k) === true && !tokenIn(c.cues.reachNoun, t) && !genitive) return false;
  }
  return false;
}

/** The types of backing: one given to an armed group is no act between states. */
const BACKING_TYPES: ReadonlySet<string> = new Set(["SUPPORT", "AID"]);
/** How many words after the backing verb and its subject the group it backs may stand (`بعض جماعات`). */
const BACKED_REACH = 2;

/**
 * ودعمت متمردين موالين لها في شرق البلاد، بينما تدعم واشنطن وأنقرة المتمردين، التي تدعم فصائل المعارضة
 * المسلحة: a verb or noun of backing whose object, right after it and its subject, is an armed group or a
 * rebel side (cues insurgent, armed_side) backs no state: the place it fights in, or the states named
 * with the backer, are not its recipient. A charge of such backing is the charge's own event (`اتهم …
 * طهران بدعم جماعات`), read by its verb.
 */
export function groupBacked(c: Clause, hit: TriggerHit): boolean {
  if (!BACKING_TYPES.has(hit.trigger.type) || hit.trigger.pos === "participle") return false;
  let seen = 0;
  let subject: PartyUnit | undefined;
  for (let k = hit.end; k < c.end && seen < BACKED_REACH; k++) {
    if (punctuated(c, k, k)) return false;
    // The subject after the verb (`تدعم الولايات المتحدة وتركيا المتمردين`) is passed over; a second
    // party is the object (`تدعم السعودية الحكومة اليمنية ضد المتمردين`).
    const unit = c.all.find((u) => u.first <= k && k < u.end);
    if (unit !== undefined) {
      const listed = unit.first === k && /^و/u.test((c.tokens[k] as Token).text);
      if (seen > 0 || (subject !== undefined && unit !== subject && unit.first === k && !listed))
        return false;
      subject = unit;
      continue;
    }
    const t = c.tokens[k] as Token;
    if (tokenIn(c.cues.insurgent, t) || tokenIn(c.cues.armedSide, t)) return true;
    if (tokenIn(c.cues.preposition, t)) return false;
    seen++;
  }
  return false;
}

/**
 * A backing that backs no state: of an armed group (groupBacked), a bare backing noun with no backer and
 * backed state right after it (`أهمية دعم جهود التسوية`; backer-noun.ts), or of an act whose target is named
 * after it (`دعمها لفرض عقوبات على روسيا`; backed-act.ts).
 */
export function backedNoState(c: Clause, hit: TriggerHit): boolean {
  return groupBacked(c, hit) || backerUnnamed(c, hit) || actBacked(c, hit);
}

const HELD_KEY = keyOf("جرى");

/**
 * الاتفاق الذي وقعته القاهرة مع عمان، صفقة الأسلحة التي أبرمتها واشنطن والرياض، مناطق خفض التوتر التي
 * اتفقت عليها روسيا وتركيا وإيران، الاتفاق الذي تم التوصل إليه بين …: an agreement made or signed (a
 * trigger that makes a channel agreed) told in a relative clause right after its relative pronoun (cue
 * relative; a noun after تم or جرى) describes the agreement, the summit or the zones it names: an agreement
 * in force retold, no new act (docs/gold-format.md, PLOVER's AGREE and SUPPORT). A relative clause on a
 * party named right before it tells that party's act, and stays.
 */
export function agreementRetold(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.channel !== "agree" || hit.prefix !== "") return false;
  let k = hit.first - 1;
  const aux = (t: Token | undefined) =>
    t !== undefined && (tokenIn(c.cues.passiveAux, t) || t.key === HELD_KEY);
  if (aux(c.tokens[k])) k--;
  else if (hit.trigger.pos !== "verb") return false;
  if (k < c.sentenceStart || punctuated(c, k + 1, hit.first) || !tokenIn(c.cues.relative, c.tokens[k]))
    return false;
  // مصر، التي وقعت اتفاقية دفاع مع الصومال العام الماضي: a relative clause on a party tells its act.
  for (const u of c.all) if (u.end === k) return false;
  // التي اتفقت عليها العام الماضي …: an agreement the clause dates is its own past act (retold-dated.ts).
  return !retoldDated(c, hit);
}

// The target of an act whose clause names none, read from what the act answers or concerns: a
// threat's content about the actor's own act, the claim a denial answers (told before it, or `كما
// تزعم بريطانيا`), the act a reply answers, the accuser when the denier's own state is the one
// charged. Split from recipient.ts, which reads the frame's prepositions and the direct object.
import { keyOf } from "../arabic/normalize.ts";
import type { Party, Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt, statesOfUnits } from "./clause-units.ts";
import { possessiveKeys } from "./cue-forms.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";
import { opensCause, otherSide } from "./recipient.ts";
import { eachOfAt } from "./each-subject.ts";
import type { TriggerHit } from "./triggers.ts";
import { GOODS_UNIT } from "./units.ts";

/** How far after a threat's verb (and a subject after it) its content clause may open (`حذرت إيران، الأحد، من أنها`). */
const CONTENT_REACH = 4;

/**
 * `حذرت إيران من أنها سترد على أي هجوم أمريكي`، `هدد … بأن بلاده ستتعامل مع التهديد الإيراني`: a
 * content clause about the actor's own act (a pronoun complementizer, the actor's state or `بلاده` as
 * its subject) is aimed at the first state of another country it names (event-types.tsv
 * `content_target`). A clause about a third state's act (`حذر من أن إيران تسعى …`) names no target.
 */
export function ownActTarget(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  const mine = statesOfUnits(actor);
  if (mine.size === 0 || mine.has(null)) return [];
  const from = Math.max(hit.end, ...actor.filter((u) => u.first >= hit.end).map((u) => u.end));
  let open = -1;
  // هددت موسكو بطرد …: ب + the threatener's own act (cue own_act_noun) opens the content too.
  let noun = false;
  for (let k = from; k < Math.min(c.sentenceEnd, from + CONTENT_REACH) && open < 0; k++) {
    noun = c.cues.ownActNoun.has((c.tokens[k] as Token).key);
    if (noun || isComplementizer(c.tokens[k], c.cues)) open = k;
  }
  if (open < 0) return [];
  // من أن بلاده ستطور، من أن تبحث أنقرة: the subject right after the particle or after its verb.
  const subject = c.all.find((u) => u.first === open + 1 || u.first === open + 2);
  const own =
    noun ||
    tokenIn(c.cues.pronounComplementizer, c.tokens[open]) ||
    tokenIn(c.cues.statePossessive, c.tokens[open + 1]) ||
    // حذرت الولايات المتحدة من أن قواتها ستضرب أهدافا سورية: the actor's own army or forces (cue backed_body, his or her).
    tokenIn(ownBodies(c.cues), c.tokens[open + 1]) ||
    (subject !== undefined && subject.parties.every((p) => mine.has(p.country)));
  if (!own) return [];
  for (let k = open + 1; k < c.sentenceEnd; k++) {
    const t = c.tokens[k];
    if (
      !tokenIn(c.cues.relative, t) &&
      (tokenIn(c.cues.clauseBreak, t) ||
        tokenIn(c.cues.speech, t) ||
        tokenIn(c.cues.speechParticiple, t) ||
        // …بالانسحاب من الاتفاق النووي، وهو ما يمثل انتصارا للموقف السعودي: a comment on the threat.
        (tokenIn(c.cues.claimBackref, t) && c.tokens[k + 1]?.key === "ما") ||
        // بالرد بعد أن أجرى محادثات مع بريطانيا: the threat's cause, not its content (recipient.ts).
        opensCause(c, k))
    )
      return [];
    const u = c.units.find((x) => x.first === k);
    if (u && otherSide(u, actor, mine)) return groupAt(c, u).filter((x) => !actor.includes(x));
    // مستعد لفرض رسوم على جميع المنتجات الصينية: goods' nisba names the state the own act is aimed at.
    const goods = u ? undefined : c.all.find((x) => x.first === k && x.type === GOODS_UNIT);
    if (goods && otherSide(goods, actor, mine)) return [goods];
  }
  return [];
}

const OWN_BODIES = new WeakMap<EventCues, Set<string>>();

/** `قواتها`، `جيشه`، `حكومتها`: a state's body (cue backed_body) with his or her pronoun. */
function ownBodies(cues: EventCues): Set<string> {
  let keys = OWN_BODIES.get(cues);
  if (!keys) OWN_BODIES.set(cues, (keys = possessiveKeys(cues.backedBody)));
  return keys;
}

/**
 * `وتقول السعودية إن إيران تدعم الحوثيين، وهو ما تنفيه إيران`: an act told by `وهو ما` (cue
 * `claim_backref`) answers the claim before it in its sentence; with no recipient, its other side is
 * the sentence's first subject of another state (not a state a preposition governs: `ضربات على سوريا`).
 */
export function claimant(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  deniesPart = false,
): PartyUnit[] {
  const mine = statesOfUnits(actor);
  const what = c.tokens[hit.first - 1];
  // وهو أمر رفضته أديس أبابا، وهو اتهام نفته طهران: a noun of a claim or a step in the place of `ما`,
  // with the act's subject right after its verb (`وهي خطوة رفضتها معظم دول العالم`
  // names no state as the one who acts).
  const backref =
    tokenIn(c.cues.claimBackref, c.tokens[hit.first - 2]) &&
    (what?.key === "ما" ||
      ((tokenIn(c.cues.claimNoun, what) || what?.key === MATTER) && subjectAfter(c, hit, actor)));
  const answered = backref
    ? hit.first - 2
    : (namedBackref(c, hit, actor) ?? contrastedBackref(c, hit, actor, deniesPart));
  if (answered < 0) return asClaimedBy(c, hit, actor, mine);
  return answeredSide(c, answered, actor, mine);
}

/**
 * `وأعلنت مصر فتح المعبر، وهو ما رحبت به السعودية`، `وهي الخطوة التي أيدتها فرنسا`: an act told by a summing
 * `ما` or a claim noun with a relative (as `claimant` reads them, never by a contrast or from far back) is for
 * the doer of the clause it sums up: the sentence's first subject of another state before it; else none.
 */
export function summedDoer(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  const mine = statesOfUnits(actor);
  if (mine.size === 0 || mine.has(null) || !subjectAfter(c, hit, actor)) return [];
  const answered = summedAt(c, hit);
  return answered > c.sentenceStart ? answeredSide(c, answered, actor, mine) : [];
}

/**
 * `وهو ما ترفضه طهران`، `الأمر الذي ترفضه`، `في خطوة تنتقدها`: where the words that sum up the clause before
 * stand (a summing `ما` after cue `claim_backref`, or `أمر` or a claim noun with a relative pronoun, or `في` and
 * an indefinite claim noun) right before the verb; else -1. The verb's object pronoun stands for that clause.
 */
export function summedAt(c: Clause, hit: TriggerHit): number {
  const what = c.tokens[hit.first - 1];
  const before = c.tokens[hit.first - 2];
  if (!what || !before || hit.first - 2 <= c.sentenceStart) return -1;
  if (what.key === "ما" && tokenIn(c.cues.claimBackref, before)) return hit.first - 2;
  if (c.cues.backrefRelative.has(what.key) && claimWord(c, before)) return hit.first - 2;
  if (before.key === IN_KEY && tokenIn(c.cues.claimNoun, what) && what.bare.length === 0)
    return hit.first - 2;
  return -1;
}

/** The verb's subject stands right after it, or after the resumptive ب of its antecedent (`رحبت بها السعودية`). */
function subjectAfter(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): boolean {
  const at = tokenIn(c.cues.doneWith, c.tokens[hit.end]) ? hit.end + 1 : hit.end;
  return actor.some((u) => u.first === at);
}

/** The first subject of another state in the sentence before `answered`, with its group. */
function answeredSide(
  c: Clause,
  answered: number,
  actor: readonly PartyUnit[],
  mine: Set<string | null>,
): PartyUnit[] {
  // …آبار النفط في سوريا والعراق، وهو ما نفته الحكومة التركية: a conjunct of a preposition's object is no subject.
  // كل من السعودية والإمارات: the من of `كل من` opens a list of subjects (each-subject.ts), it governs none.
  const prepositionAt = (k: number) => tokenIn(c.cues.preposition, c.tokens[k]) && !eachOfAt(c, k - 1);
  const governed = (x: PartyUnit): boolean => {
    if (prepositionAt(x.first - 1)) return true;
    if (!/^و/u.test(x.prefix)) return false;
    // في سوريا والعراق: the one-word conjunct before may be a place the units leave out.
    if (prepositionAt(x.first - 2)) return true;
    const before = c.units.find((y) => y.end === x.first);
    return before !== undefined && governed(before);
  };
  const u = c.units.find(
    (x) =>
      x.end <= answered &&
      x.first >= c.sentenceStart &&
      otherSide(x, actor, mine) &&
      x.prefix.replace(/^[وف]/u, "") === "" &&
      !governed(x),
  );
  // أصبحت العلاقات بين ترامب وبوتين …، وهو أمر تنفيه موسكو: the group's own-state members are no side.
  return u
    ? groupAt(c, u).filter((x) => !actor.includes(x) && !x.parties.every((p) => mine.has(p.country)))
    : [];
}

/** A token is `أمر` or a claim noun (cue `claim_noun`: `خطوة`، `قرار`، `اتهام` …), with or without its article. */
function claimWord(c: Clause, t: Token | undefined): boolean {
  if (!t) return false;
  if (tokenIn(c.cues.claimNoun, t) || t.key === MATTER || t.bare.some((b) => b.key === MATTER)) return true;
  // الأمر، القرار، الخطوة: the article is part of the token's key.
  const bare = t.key.startsWith(ARTICLE) ? t.key.slice(ARTICLE.length) : "";
  return bare === MATTER || c.cues.claimNoun.has(bare);
}

/**
 * `…، الأمر الذي أدانته موسكو وبكين`، `القرار الذي رفضته طهران`، `في خطوة انتقدتها فرنسا وألمانيا`: a claim
 * noun or `أمر` with a relative pronoun, or an indefinite one after `في`, right before a reacting verb whose
 * subject follows it sums up the clause before in its sentence, as `وهو ما` does; the index where that
 * clause ends (the noun or the `في`), or null. Party22, twenty-first pass.
 */
function namedBackref(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): number | null {
  if (hit.trigger.pos !== "verb" || !subjectAfter(c, hit, actor)) return null;
  // وهي الاتهامات التي نفتها موسكو: a denial answers the charge told before, read as the event it is
  // (act-sides.ts, implicitRecipient), not the sentence's first subject (tried: 1 of 4 right).
  if (tokenIn(c.cues.denialVerb, c.tokens[hit.first])) return null;
  const what = c.tokens[hit.first - 1];
  const before = c.tokens[hit.first - 2];
  if (!what || !before || hit.first - 2 <= c.sentenceStart) return null;
  if (c.cues.backrefRelative.has(what.key) && claimWord(c, before)) return hit.first - 2;
  if (before.key === IN_KEY && tokenIn(c.cues.claimNoun, what) && what.bare.length === 0)
    return hit.first - 2;
  return null;
}

/** The definite article, as token keys spell it. */
const ARTICLE = "ال";

/** `في` before an indefinite `خطوة` (`في خطوة انتقدتها`). */
const IN_KEY = "في";

/**
 * `أمر` (a matter), a claim noun kept out of cues.tsv: the name finder takes every cue word for a word of
 * the language, and `سامر` would then read as the future's س + أمر.
 */
const MATTER = keyOf("أمر");

/**
 * `وسمحت السعودية للمسؤولين الأتراك بالمعاينة، لكن تركيا رفضت هذا الاقتراح`، `فيما رفضت القاهرة ذلك`: an
 * act after a word of contrast (cue `contrast`) whose object is a demonstrative answers what the clause
 * before it in its sentence told; the index of the contrast word, or -1.
 */
export function contrastedBackref(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  deniesPart = false,
): number {
  // SVO (`لكن تركيا رفضت`): the contrast stands before the subject; VSO (`فيما رفضت القاهرة`): before the verb.
  const before = actor.find((u) => u.end === hit.first);
  let k = (before ? before.first : hit.first) - 1;
  // لكن الحوثيين وإيران ينفيان ذلك: a subject of two conjuncts, the first a party or one word before و.
  if (before && (c.tokens[before.first] as Token).bare.some((b) => b.prefix === "و")) {
    const first = actor.find((u) => u.end === before.first);
    k = (first ? first.first : before.first - 1) - 1;
  }
  // بيد أن، غير أن: the particle after the word of contrast; بيد and غير contrast only with it.
  const particle = c.tokens[k]?.key === "أن" || c.tokens[k]?.key === "ان";
  if (particle) k--;
  if (k < c.sentenceStart || !tokenIn(c.cues.contrast, c.tokens[k])) return -1;
  if (!particle && c.cues.contrastParticle.has((c.tokens[k] as Token).key)) return -1;
  // …من المرجح أن تكون موسكو ضالعة في …، لكن موسكو تنفي أي دور لها: a denial of a part, after the
  // contrast, answers the charge its own sentence told before it.
  if (deniesPart) return k > c.sentenceStart ? k : -1;
  // A phrase row may hold its object (`نفت ذلك`).
  if (c.cues.demonstrative.has((c.tokens[hit.end - 1] as Token).key)) return k;
  const after = actor.find((u) => u.first === hit.end);
  const object = c.tokens[after ? after.end : hit.end];
  return object && c.cues.demonstrative.has(object.key) ? k : -1;
}

/**
 * `وتنفي موسكو مسؤوليتها عن الهجوم …، كما تزعم بريطانيا`: a state named right after `كما` and a verb
 * of claiming (cues `as_claimed`, `claim_teller`) later in the act's sentence made the claim the act
 * answers.
 */
function asClaimedBy(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  mine: Set<string | null>,
): PartyUnit[] {
  for (let k = hit.end; k + 2 < c.sentenceEnd; k++) {
    if (!tokenIn(c.cues.asClaimed, c.tokens[k]) || !tokenIn(c.cues.claimTeller, c.tokens[k + 1])) continue;
    const u = c.units.find((x) => x.first === k + 2);
    return u && otherSide(u, actor, mine) ? groupAt(c, u).filter((x) => !actor.includes(x)) : [];
  }
  return [];
}

/**
 * `الأمر الذي تنفيه السلطات`، `وهو الذي نفته`، `وهو ما نفته` (a denial): the act right after answers a claim told before it in its
 * sentence, whoever told it (activists, a report), not the event told before; the relative pronouns that
 * refer to such a claim after a back-reference word are cue backref_relative.
 */
export function relativeBackref(c: Clause, hit: TriggerHit): boolean {
  const what = c.tokens[hit.first - 1];
  if (!what || !tokenIn(c.cues.claimBackref, c.tokens[hit.first - 2])) return false;
  // وهو ما نفته الخارجية: after a verb of denial the summing ما refers to the claim as الذي does; a refusal
  // after it (`وهو ما ترفضه روسيا`) may answer the act the claim tells (branch lead51).
  if (what.key === "ما") return tokenIn(c.cues.denialVerb, c.tokens[hit.first]);
  return c.cues.backrefRelative.has(what.key) || what.bare.some((b) => c.cues.backrefRelative.has(b.key));
}

/**
 * `ويشير تقرير الموقع – الذي نفاه المالكي – إلى …`: a denial verb in a relative clause whose antecedent, at most
 * two words and a dash back, is a report (cue `report_noun`) with no state named between: the claim denied is
 * the report's, and no charge or event told before is the denial's other side.
 */
export function reportDenied(c: Clause, hit: TriggerHit): boolean {
  if (!tokenIn(c.cues.denialVerb, c.tokens[hit.first])) return false;
  const what = c.tokens[hit.first - 1];
  if (!what || !c.cues.backrefRelative.has(what.key)) return false;
  for (let k = hit.first - 2; k >= Math.max(c.sentenceStart, hit.first - 4); k--) {
    if (c.units.some((u) => u.first <= k && k < u.end)) return false;
    if (tokenIn(c.cues.reportNoun, c.tokens[k])) return true;
  }
  return false;
}

/** Nouns that, before الذي/التي or ما, sum up the clause told just before (`الأمر الذي`، `وهو ما`). */
const SUMMING_NOUNS = new Set(["الامر", "الأمر"]);

/**
 * `تقرير زعم …، الأمر الذي تنفيه السلطات`، `ويشتبه بأن …، وهذا ما تنفيه`: the act right after sums up a claim
 * its own sentence tells with no verb of accusing (a report's, a suspicion): it answers that claim, not a
 * charge told sentences before. With a verb of accusing before it (`اتهمت الدول الأربع قطر …، الأمر الذي
 * تنفيه الدوحة`), the charge is one the text may name the tellers of elsewhere.
 */
export function summingBackref(c: Clause, hit: TriggerHit): boolean {
  const what = c.tokens[hit.first - 1];
  const head = c.tokens[hit.first - 2];
  if (!what || !head) return false;
  const keys = (t: Token) => [t.key, ...t.bare.map((b) => b.key)];
  if (!keys(what).some((k) => c.cues.backrefRelative.has(k) || k === "ما")) return false;
  if (!keys(head).some((k) => SUMMING_NOUNS.has(k)) && !tokenIn(c.cues.claimBackref, head)) return false;
  for (let k = c.sentenceStart; k < hit.first; k++) if (tokenIn(c.cues.chargeVerb, c.tokens[k])) return false;
  return true;
}

/** How many words after `ردا على` the state of the act replied to may stand (`على العقوبات التي أعلنتها الإدارة الأمريكية`). */
// Token keys fold ى into ي: `علي` is على.
const REPLY_REACH = 6;

/**
 * `ستتخذ خطوات مضادة ردا على العقوبات التي فرضتها واشنطن`، `فرضت رسوما … رداً
 * على رسوم إدارة ترامب`: a threat or measure with no recipient that is told as a reply (cue `reply_to` +
 * على) is aimed at the state named in the act replied to (event-types.tsv `reply_target`).
 */
export function replyTarget(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  const mine = statesOfUnits(actor);
  if (mine.size === 0 || mine.has(null)) return [];
  // The reply may follow the act's clause after a comma (`إجراءات انتقامية، ردا على …`): up to the sentence's end.
  for (let k = c.start; k < c.sentenceEnd - 1; k++) {
    if (k >= hit.first && k < hit.end) continue;
    if (!tokenIn(c.cues.replyTo, c.tokens[k]) || c.tokens[k + 1]?.key !== "علي") continue;
    const u = c.units.find(
      (x) => x.first > k + 1 && x.first <= k + 1 + REPLY_REACH && x.first < c.sentenceEnd,
    );
    if (u && otherSide(u, actor, mine)) return groupAt(c, u).filter((x) => !actor.includes(x));
    return [];
  }
  return [];
}

/**
 * `ونفى السفير الروسي … تورط موسكو في الهجوم`: a state right after a noun of part in an act (cue
 * `part_noun`) is the one charged with it, not the other side; when every recipient read is of the
 * actor's own state and one stands so, the act answers another side (its accuser, found as for a
 * sentence that names none).
 */
export function chargedSelf(
  tokens: readonly Token[],
  recipient: readonly PartyUnit[],
  actor: readonly Party[],
  cues: EventCues,
): boolean {
  if (recipient.length === 0) return false;
  const mine = new Set(actor.map((p) => p.country));
  if (mine.has(null) || !recipient.every((u) => u.parties.every((p) => mine.has(p.country)))) return false;
  return recipient.some((u) => tokenIn(cues.partNoun, tokens[u.first - 1]));
}

// Recipient search: to whom the act was done, from its frame's prepositions and the direct object.
import type { Party, Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import {
  afterPreposition,
  governed,
  groupAt,
  joined,
  PREP_REACH,
  procliticPrep,
  punctuated,
  RELATIVE_REACH,
  unitFrom,
} from "./clause-units.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** Prepositions that name the other side of any act (`مع باكستان`، `بين البلدين`), as keys. */
const PARTNER_PREPS = ["مع", "بين"];
/** Prepositions of a post's seat right after the actor (`مندوب روسيا لدى الأمم المتحدة`), as keys (ى is ي). */
const SEAT_PREPS = ["في", "لدي"];
/** How far after the actor a direct object may stand (`اتهمت بكين واشنطن`). */
const OBJECT_REACH = 6;

export function findRecipient(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  const frame = hit.trigger.frame;
  const from = Math.max(hit.end, ...actor.filter((u) => u.first >= hit.end).map((u) => u.end));
  // زار بوتين بكين: an object right after a post-verbal subject.
  if (frame.includes("direct") && from > hit.end) {
    const u =
      afterAppositive(c, from, actor) ?? afterRelativeClause(c, from, actor) ?? unitFrom(c, from, 1, actor);
    if (u) return groupAt(c, u);
  }
  for (let k = hit.end; k < Math.min(c.end, from + OBJECT_REACH + PREP_REACH); k++) {
    const t = c.tokens[k] as Token;
    // تناولت المحادثات … العلاقات مع إيران: the preposition of a topic noun names what the act is about.
    if (frame.includes(t.key) && topicPreposition(c, hit, k)) continue;
    if (frame.includes(t.key)) {
      const u = unitFrom(c, k + 1, PREP_REACH, actor);
      if (u) return groupAt(c, u);
    } else if (k < from + PREP_REACH) {
      // بنظيره، لتايوان: a preposition carried as a clitic governs only a party close by.
      const u =
        c.all.find((x) => x.first === k && !actor.includes(x) && procliticPrep(x, frame)) ??
        titleObject(c, k, frame, actor);
      if (u) return groupAt(c, u);
    }
  }
  if (frame.includes("direct")) {
    // اتهم السفير الإسرائيلي في الأمم المتحدة إيران: the seat of the actor's post is no object.
    const seat = from > hit.end && SEAT_PREPS.includes((c.tokens[from] as Token | undefined)?.key ?? "");
    const at = seat ? unitFrom(c, from + 1, 1, actor) : undefined;
    const u = unitFrom(c, at ? at.end : from, OBJECT_REACH, actor);
    if (u && !harmedOwner(c, hit, u)) return groupAt(c, u);
  }
  return [];
}

/**
 * `أدانت إيران الانتهاك الصارخ لسيادة سوريا`: a state that is the genitive of a noun of what the judged
 * act harms (cue `harmed_head`), farther on than the object's own place, is the act's victim; the one
 * blamed is its unnamed agent, not that state.
 */
function harmedOwner(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  return (
    hit.trigger.type === "ACCUSE" &&
    u.prefix.replace(/^[وف]/u, "") === "" &&
    tokenIn(c.cues.harmedHead, c.tokens[u.first - 1])
  );
}

/** How many tokens after a title head its person or nisba may start (`بالعاهل السعودي، الملك سلمان`). */
const TITLE_REACH = 3;

/**
 * `اتصل ترامب بالعاهل السعودي الملك سلمان`، `بنظيره الروسي فلاديمير بوتين`: a frame preposition carried
 * as a clitic by a title head (cue `title_object`) governs the title's nisba or the person it names,
 * whose unit starts after the head with no proclitic of its own.
 */
function titleObject(
  c: Clause,
  k: number,
  frame: readonly string[],
  actor: readonly PartyUnit[],
): PartyUnit | undefined {
  const t = c.tokens[k] as Token;
  let governs = false;
  for (const b of t.bare) {
    const p = b.prefix.replace(/^[وف]/u, "");
    if (p !== "" && frame.includes(p) && c.cues.titleObject.has(b.key)) governs = true;
  }
  if (!governs) return undefined;
  for (const u of c.units) {
    if (u.first <= k) continue;
    if (u.first > k + TITLE_REACH || u.first >= c.end) return undefined;
    return actor.includes(u) || u.prefix !== "" ? undefined : u;
  }
  return undefined;
}

/**
 * The preposition at `k` follows a topic noun after the trigger (`العلاقات مع`، `الحرب في`): the noun's.
 * `العلاقات بين البلدين` still names the two sides of the sentence's act.
 */
export function topicPreposition(c: Clause, hit: TriggerHit, k: number): boolean {
  return (
    k - 1 >= hit.end &&
    (c.tokens[k] as Token | undefined)?.key !== "بين" &&
    tokenIn(c.cues.topicHead, c.tokens[k - 1])
  );
}

/** How many tokens an appositive after a post-verbal subject may take (`، وزير خارجية فرنسا،`). */
const APPOSITIVE_REACH = 5;

/**
 * `طالب جان إيف لودريان، وزير خارجية فرنسا، إيران بـ`، `دعا لافروف وزير الخارجية الروسي واشنطن إلى`:
 * a post-verbal subject's appositive names the subject's own state (its title's nisba or genitive); the
 * direct object is the unit of another state right after it, not the appositive.
 */
function afterAppositive(c: Clause, from: number, actor: readonly PartyUnit[]): PartyUnit | undefined {
  const mine = new Set(actor.flatMap((u) => u.parties.map((p) => p.country)));
  if (mine.has(null) || mine.size === 0) return undefined;
  let end = -1;
  for (const u of c.units) {
    if (u.first < from || actor.includes(u)) continue;
    if (u.end > c.end || u.first >= (end < 0 ? from + APPOSITIVE_REACH : end + 1)) return undefined;
    // A title with no state of its own (`وزير خارجية` before `فرنسا`) or the subject's state.
    // The appositive is set off by commas: one before it (after the subject) and one after it.
    const own = u.prefix === "" && u.parties.every((p) => p.country === null || mine.has(p.country));
    if (own && u.parties.some((p) => p.country !== null || u.type === "PERSON")) {
      if (end < 0 && !punctuated(c, from, u.first)) return undefined;
      end = u.end;
      continue;
    }
    return end >= 0 &&
      punctuated(c, end, u.first) &&
      !afterPreposition(c, u, end) &&
      u.parties.every((p) => !mine.has(p.country))
      ? u
      : undefined;
  }
  return undefined;
}

/** Relative pronouns that open a clause set off by commas after the subject, as keys. */
const RELATIVE_KEYS = new Set(["الذي", "التي", "الذين", "اللذان", "اللتان"]);
/** How far after its relative pronoun the comma that closes the clause may stand. */
const RELATIVE_CLAUSE_REACH = 16;

/**
 * `واتهم لافروف، الذي كان يتحدث أمام مؤتمر في جنيف، الولايات المتحدة`: a relative clause set off by
 * commas right after the subject describes the subject; the object stands right after its closing comma.
 */
function afterRelativeClause(c: Clause, from: number, actor: readonly PartyUnit[]): PartyUnit | undefined {
  const t = c.tokens[from];
  if (!t || !RELATIVE_KEYS.has(t.key) || !punctuated(c, from, from)) return undefined;
  const mine = new Set(actor.flatMap((u) => u.parties.map((p) => p.country)));
  for (let k = from + 1; k < Math.min(c.tokens.length, from + RELATIVE_CLAUSE_REACH); k++) {
    if (!punctuated(c, k, k)) continue;
    const u = c.units.find((x) => x.first === k);
    return u && u.prefix === "" && otherSide(u, actor, mine) ? u : undefined;
  }
  return undefined;
}

// Functions declared here, not closures made per call: the CLI runs through tsx, whose esbuild
// `keepNames` names every function when it is made (`__name`, about 0.7 µs each).
/** A unit not of the actor that names a state other than the actor's. */
function otherSide(u: PartyUnit, actor: readonly PartyUnit[], mine: ReadonlySet<string | null>): boolean {
  return !actor.includes(u) && u.parties.some((p) => p.country !== null && !mine.has(p.country));
}

/** A relative pronoun between the trigger and the unit opens a clause about the object, not an act. */
function relativeBefore(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  for (let k = hit.end; k < u.first; k++) {
    if (!tokenIn(c.cues.relative, c.tokens[k])) continue;
    let act = k - hit.end < RELATIVE_REACH;
    for (let a = Math.max(hit.end, k - RELATIVE_REACH); a < k && !act; a++) act = c.isAct?.(a) ?? true;
    if (!act) return true;
  }
  return false;
}

/**
 * `علقت الهند العمل بالمعاهدة` … `مع باكستان`: with no recipient in the clause, the nearest state of
 * another country later in the sentence that a partner or frame preposition governs.
 */
export function otherState(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  const mine = new Set(actor.flatMap((u) => u.parties.map((p) => p.country)));
  // A relative clause belongs to the object (`المقترحات التي قدمتها واشنطن`); فيما، بينما open another event.
  let stop = hit.end;
  while (
    stop < c.sentenceEnd &&
    (tokenIn(c.cues.relative, c.tokens[stop]) ||
      !(
        tokenIn(c.cues.clauseBreak, c.tokens[stop]) ||
        tokenIn(c.cues.speech, c.tokens[stop]) ||
        tokenIn(c.cues.speechParticiple, c.tokens[stop])
      ))
  )
    stop++;
  // … مع باكستان: only a state a partner or frame preposition governs, or the agent of the object's
  // relative clause; a state named in passing is no party.
  const partner = [...hit.trigger.frame, ...PARTNER_PREPS];
  // الذين لا يريدون أن تكون علاقته مقبولة مع بوتين: inside the object's relative clause only its
  // agent may be taken, not a state its own prepositions govern.
  // The clause of an act (`الهجوم الذي شنته طهران على إسرائيل`، `إلغاء القمة التي كان يعتزم عقدها مع
  // نظيره`) still names the act's sides (`relativeBefore`).
  const after = c.units.find(
    (u) =>
      u.first >= hit.end &&
      u.end <= stop &&
      otherSide(u, actor, mine) &&
      !companionOf(c, hit, groupHead(c, u)) &&
      ((!relativeBefore(c, hit, u) &&
        governed(c, u, Math.max(hit.end, u.first - PREP_REACH), partner) &&
        !topicPreposition(c, hit, u.first - 1)) ||
        // العقوبات التي فرضتها الولايات المتحدة: the agent of the object's relative clause.
        relativeAgentOf(c, u, hit.end)),
  );
  // … التي تجريها الولايات المتحدة وكوريا الجنوبية: the whole compound.
  return after ? groupAt(c, after).filter((u) => !actor.includes(u)) : [];
}

/** The first unit of the compound `u` stands in (`الولايات المتحدة` of `الولايات المتحدة وفرنسا`). */
function groupHead(c: Clause, u: PartyUnit): PartyUnit {
  let k = c.units.indexOf(u);
  while (k > 0 && joined(c, c.units[k - 1] as PartyUnit, c.units[k] as PartyUnit)) k--;
  return (c.units[k] as PartyUnit | undefined) ?? u;
}

/** How many words a companion phrase may take (`جنبا إلى جنب مع`). */
const COMPANION_WORDS = 4;

/**
 * `الضربات التي نفذت بالتنسيق مع الولايات المتحدة على مواقع داخل سوريا`، `شنتها بلاده إلى جانب فرنسا`:
 * a state right after a companion phrase (cue `companion`) acts with the actor; it is not the act's
 * recipient. A phrase that is the trigger itself (`بالتنسيق مع` as COOPERATE, `تقف إلى جانب`) is left alone.
 */
export function companionOf(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  // The phrase ends right before the unit or one head word before it (`بالتنسيق مع القوات العراقية`).
  for (let last = u.first - 1; last >= u.first - 2; last--) {
    // The words from j to `last`, read backwards; the first one without its و (`وبالتنسيق مع`).
    let rest = "";
    for (let j = last; j >= Math.max(c.sentenceStart, last + 1 - COMPANION_WORDS); j--) {
      if (j < hit.end && j >= hit.first) return false;
      const t = c.tokens[j] as Token;
      if (/[،,.:؛]/u.test(c.text.slice(t.end, (c.tokens[j + 1] as Token).start))) return false;
      const first = t.key.startsWith("و") && t.key !== "و" ? t.key.slice(1) : t.key;
      if (c.cues.companion.has(rest === "" ? first : `${first} ${rest}`)) return true;
      rest = rest === "" ? t.key : `${t.key} ${rest}`;
    }
  }
  return false;
}

/** How far after the trigger the relative pronoun of its object may stand (`تدين الهجوم الكيماوي المروع الذي`). */
const OBJECT_CLAUSE_REACH = 5;

/**
 * The unit is the agent of a relative clause: `التي فرضتها الولايات المتحدة`, or one bare head word
 * further (`التي ارتكبتها قوات الجيش الإسرائيلي`), but not after a verb of undergoing (`التي تعرضت لها
 * المملكة`: the one who suffered it) nor after a preposition.
 */
function relativeAgentOf(c: Clause, u: PartyUnit, from: number): boolean {
  if (tokenIn(c.cues.relative, c.tokens[u.first - 2])) return true;
  // The clause must be the object's, right after it (`إدانة بلادها الشديدة للمجزرة التي`).
  if (u.first - 3 - from > OBJECT_CLAUSE_REACH) return false;
  // Only a body or a person one head word further (`قوات`، `نظام`): a nisba's head is a thing
  // (`التي تشهدها الساحة السورية`), a state after a verb its object (`التي كانت تحتل أفغانستان`).
  if (u.type !== "ORG" && u.type !== "PERSON") return false;
  if (!tokenIn(c.cues.relative, c.tokens[u.first - 3]) || u.prefix !== "") return false;
  const verb = c.tokens[u.first - 2];
  const head = c.tokens[u.first - 1] as Token;
  return (
    // التي ارتكبتها قوات: the verb's pronoun is the antecedent, so the unit is its agent
    // (`الذي أفشل مبادرة الرئيس الأمريكي`: the antecedent acts, the person is the object's).
    verb !== undefined &&
    /ه$|ها$|هم$|هما$/u.test(verb.key) &&
    !tokenIn(c.cues.undergo, verb) &&
    !tokenIn(c.cues.preposition, head) &&
    head.bare.every((b) => b.prefix === "") &&
    // الذي تقود قواته السعودية، التي تسعى إليه المملكة: a head with a pronoun is no bare head.
    (head.segments?.suffix ?? "") === "" &&
    !punctuated(c, u.first - 2, u.first)
  );
}

/** How far after a threat's verb (and a subject after it) its content clause may open (`حذرت إيران، الأحد، من أنها`). */
const CONTENT_REACH = 4;

/**
 * `حذرت إيران من أنها سترد على أي هجوم أمريكي`، `هدد … بأن بلاده ستتعامل مع التهديد الإيراني`: a
 * content clause about the actor's own act (a pronoun complementizer, the actor's state or `بلاده` as
 * its subject) is aimed at the first state of another country it names (event-types.tsv
 * `content_target`). A clause about a third state's act (`حذر من أن إيران تسعى …`) names no target.
 */
export function ownActTarget(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  const mine = new Set(actor.flatMap((u) => u.parties.map((p) => p.country)));
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
        (tokenIn(c.cues.claimBackref, t) && c.tokens[k + 1]?.key === "ما"))
    )
      return [];
    const u = c.units.find((x) => x.first === k);
    if (u && otherSide(u, actor, mine)) return groupAt(c, u).filter((x) => !actor.includes(x));
  }
  return [];
}

/**
 * `وتقول السعودية إن إيران تدعم الحوثيين، وهو ما تنفيه إيران`: an act told by `وهو ما` (cue
 * `claim_backref`) answers the claim before it in its sentence; with no recipient, its other side is
 * the sentence's first subject of another state (not a state a preposition governs: `ضربات على سوريا`).
 */
export function claimant(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  const mine = new Set(actor.flatMap((u) => u.parties.map((p) => p.country)));
  const what = c.tokens[hit.first - 1];
  if (what?.key !== "ما" || !tokenIn(c.cues.claimBackref, c.tokens[hit.first - 2]))
    return asClaimedBy(c, hit, actor, mine);
  const u = c.units.find(
    (x) =>
      x.end <= hit.first - 2 &&
      x.first >= c.sentenceStart &&
      otherSide(x, actor, mine) &&
      x.prefix.replace(/^[وف]/u, "") === "" &&
      !tokenIn(c.cues.preposition, c.tokens[x.first - 1]),
  );
  return u ? groupAt(c, u).filter((x) => !actor.includes(x)) : [];
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

/** Relative pronouns that, after a back-reference word, refer to a claim told before (`الأمر الذي`، `وهو الذي`). */
const BACKREF_RELATIVES = new Set(["الذي", "التي"]);

/**
 * `الأمر الذي تنفيه السلطات`، `وهو الذي نفته`: the act right after answers a claim told before it in its
 * sentence, whoever told it (activists, a report), not the event told before.
 */
export function relativeBackref(c: Clause, hit: TriggerHit): boolean {
  const what = c.tokens[hit.first - 1];
  if (!what || !tokenIn(c.cues.claimBackref, c.tokens[hit.first - 2])) return false;
  return BACKREF_RELATIVES.has(what.key) || what.bare.some((b) => BACKREF_RELATIVES.has(b.key));
}

/** How many words after `ردا على` the state of the act replied to may stand (`على العقوبات التي أعلنتها الإدارة الأمريكية`). */
// Token keys fold ى into ي: `علي` is على.
const REPLY_REACH = 6;

/**
 * `ستعمل على اتخاذ إجراءات انتقامية، ردا على العقوبات التي أعلنتها الإدارة الأمريكية`، `فرضت رسوما … رداً
 * على رسوم إدارة ترامب`: a threat or measure with no recipient that is told as a reply (cue `reply_to` +
 * على) is aimed at the state named in the act replied to (event-types.tsv `reply_target`).
 */
export function replyTarget(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  const mine = new Set(actor.flatMap((u) => u.parties.map((p) => p.country)));
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

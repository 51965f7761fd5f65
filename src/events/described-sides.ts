// Parties that only describe a side (docs/EVENTS.md, "Thirty-fourth pass: false events with a wrong
// side"). In `ورفضت الصين التي تدعم الحكومة الفنزويلية مشروع القرار`, the relative clause right
// after the actor tells who the actor is (it backs the Venezuelan government); the state inside it is the
// object of that clause's own verb, not of the trigger outside it. Read as the trigger's recipient, it
// turns a description into an act on the described state.
import { keyOf } from "../arabic/normalize.ts";
import type { Token } from "../pipeline/types.ts";
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { groupHead, punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/**
 * Unit `u` stands inside a relative clause opened right after one of the actor's units (a comma may
 * stand between), before any punctuation closes it, and the trigger is not inside that clause: the
 * unit describes the actor and is no side of the trigger. Conversely, a trigger inside such a clause set off
 * by commas takes no unit past the clause's closing comma.
 */
export function inActorRelative(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  u: PartyUnit,
): boolean {
  for (const a of actor) {
    const r = a.end;
    if (r >= u.first || !tokenIn(c.cues.relative, c.tokens[r])) continue;
    // طلبت موسكو، التي تنفي تورطها في الحادث، اجتماعا للمنظمة: a relative clause set off by commas ends at
    // its closing comma; a unit past it is no side of the trigger inside it.
    if (
      hit.first > r &&
      punctuated(c, r, r) &&
      !punctuated(c, r + 1, hit.first) &&
      punctuated(c, hit.end, u.first)
    )
      return true;
    // روسيا التي تدعم الحكومة السورية: the unit must follow the pronoun in the same stretch of words.
    if (punctuated(c, r + 1, u.first)) continue;
    // الدول التي فرضت عقوبات على قطر: a trigger inside the relative clause is its own act.
    if (hit.first > r && hit.first < u.first) continue;
    return true;
  }
  return false;
}

/** How far after the trigger a noun of relations or conflict is its complement (`أعرب عن قلق الجزائر من التقارب`). */
const COMPLEMENT_REACH = 4;

/** How many words may stand between a noun of relations or conflict and its بين (`العلاقات الثنائية بين`). */
const TOPIC_REACH = 3;

/**
 * Unit `u` is one of two states named by `بين X و Y` after a noun of relations or conflict (`تحسن العلاقات
 * بين السعودية والعراق`، `الصراع بين الإسرائيليين والفلسطينيين`), neither of them the actor's state, and the
 * trigger is outside that phrase: a third state's act amid or about the pair's ties has the pair as its topic,
 * not as its recipient. When the actor is one of the pair (`أكد خلال لقائه ماتيس أن العلاقة بين السعودية
 * والولايات المتحدة`), the other may well be the one it acts on, and is left. A dual (`بين البلدين`) stands for
 * sides named elsewhere and is left to them.
 */
export function inTopicPair(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[], u: PartyUnit): boolean {
  const pair = pairOf(c, u);
  if (!pair) return false;
  const mine = new Set(actor.flatMap((a) => a.parties.map((p) => p.country)));
  if (pair.some((v) => v.parties.some((p) => mine.has(p.country)))) return false;
  const [first, second] = pair;
  const between = first.first - 1;
  for (let k = between - 1; k >= Math.max(c.sentenceStart, between - TOPIC_REACH); k--) {
    const t = c.tokens[k];
    if (!tokenIn(c.cues.relationNoun, t) && !tokenIn(c.cues.betweenTopic, t)) continue;
    if (punctuated(c, k + 1, first.first)) return false;
    // أعرب عن قلقه من التقارب بين مدريد والرباط: the ties are what the act is about, the pair its target.
    if (k >= hit.end && k - hit.end <= COMPLEMENT_REACH && complement(c, hit.end, k)) return false;
    return hit.first < k || hit.first >= second.end;
  }
  return false;
}

/** The two units of `بين X و Y` that `u` is one of, both states and neither a dual, or null. */
function pairOf(c: Clause, u: PartyUnit): [PartyUnit, PartyUnit] | null {
  const opens = (v: PartyUnit) => v.prefix === "" && c.tokens[v.first - 1]?.key === BETWEEN_KEY;
  const joins = (v: PartyUnit, w: PartyUnit) => w.first === v.end && w.prefix.startsWith("و");
  let pair: [PartyUnit, PartyUnit] | null = null;
  if (opens(u)) {
    const next = c.all.find((w) => joins(u, w));
    if (next) pair = [u, next];
  } else if (u.prefix.startsWith("و")) {
    const prev = c.all.find((v) => joins(v, u) && opens(v));
    if (prev) pair = [prev, u];
  }
  if (!pair || pair.some((v) => v.type === "DUAL" || !v.parties.every((p) => p.country !== null)))
    return null;
  return pair;
}

/** How many words may stand between a meeting noun and the بين of its pair (`اجتماع مفاجئ جمع بين`). */
const PAIR_REACH = 3;

/** How many words after بين the pair's units may stand (`بين رئيس وزراء الهند والرئيس الصيني`). */
const PAIR_SPAN = 8;

/**
 * `تأتي تصريحات ترامب في أعقاب اجتماع جمع بين رئيس وزراء الهند والرئيس الصيني`: a meeting noun in a phrase
 * of time or setting names its own sides by `بين X و Y`; a state outside that pair, read as its actor from the
 * sentence around it (the speaker of the statements), is no side of it. The pair's units when so, else null.
 */
export function meetingPair(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  recipient: readonly PartyUnit[],
): PartyUnit[] | null {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "noun") return null;
  // في أعقاب اجتماع، بعد لقاء: a preposition of time (cue time_before) or a word of the wake (cue wake) before it.
  const before = c.tokens[hit.first - 1];
  if (!before || !(c.cues.timeBefore.has(before.key) || c.cues.wake.has(before.key))) return null;
  let b = hit.end;
  while (b < c.end && b - hit.end <= PAIR_REACH && c.tokens[b]?.key !== BETWEEN_KEY) b++;
  if (c.tokens[b]?.key !== BETWEEN_KEY || punctuated(c, hit.end, b + 1)) return null;
  // بين رئيس وزراء الهند والرئيس الصيني: the units after بين, a title's words between, before any punctuation.
  const pair = c.all.filter((u) => u.first > b && u.first <= b + PAIR_SPAN && !punctuated(c, b + 1, u.first));
  const theirs = new Set(pair.flatMap((v) => v.parties.map((p) => p.country)));
  if (theirs.size < 2 || theirs.has(null) || actor.length === 0) return null;
  if (!recipient.some((u) => pair.includes(u))) return null;
  if (actor.some((a) => a.first > hit.first || a.parties.some((p) => theirs.has(p.country)))) return null;
  // مون جاي إن after رئيس كوريا الجنوبية: one unit per state.
  return pair.filter(
    (u, i) => !pair.slice(0, i).some((v) => v.parties[0]?.country === u.parties[0]?.country),
  );
}

/** How far after a word of time its phrase may name a state (`بعد أن أجرت محادثات مع بريطانيا وفرنسا`). */
const TIME_PHRASE_REACH = 8;

const BETWEEN_KEY = keyOf("بين");
const SUCH_AS_KEY = keyOf("مثل");
const TO_KEY = keyOf("إلى");
const WITH_KEY = keyOf("مع");
const IN_IT_KEY = keyOf("فيها");
const IN_HIM_KEY = keyOf("فيه");
const THAT_KEY = keyOf("أن");

/**
 * Unit `u` stands in a phrase of time after the trigger that tells another act (`قصفت الطائرات مواقع … بعد تبني
 * مجلس الأمن قرارا`، `تعهد الرئيس بالرد بعد أن أجرى مباحثات مع ألمانيا`): the phrase
 * dates the act by another one, and the states it names are that act's sides, not the trigger's recipient.
 * The phrase opens at a word of time (cue time_phrase), not after one of time_phrase_blocker (`من قبل الصين`,
 * an agent; `ما قبل حرب 1967`), and is over at once at a duration or a pointer (cue time_phrase_span, as
 * written: `قبل أيام`، `بعد ذلك`), when what follows is the trigger's own.
 */
export function inTimePhrase(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[], u: PartyUnit): boolean {
  for (let k = u.first - 1; k >= Math.max(hit.end, u.first - TIME_PHRASE_REACH); k--) {
    const t = c.tokens[k];
    if (!t || !c.cues.timePhrase.has(t.key)) continue;
    if (c.cues.timePhraseBlocker.has(c.tokens[k - 1]?.key ?? "")) return false;
    const next = c.tokens[k + 1];
    // لم يحسم قراره بعد بشأن: بعد as "yet", before a preposition, opens no phrase.
    if (c.cues.timePhraseSpan.has(next?.text ?? "") || tokenIn(c.cues.preposition, next)) return false;
    // هددت روسيا برد عقب قرار الولايات المتحدة: a reaction to a state's decision or step names its target.
    if (tokenIn(c.cues.welcomedAct, next)) return false;
    // يتوجه بعد انتهاء القمة في بلجيكا إلى بريطانيا: إلى right before the state is the trigger's own.
    if (c.tokens[u.first - 1]?.key === TO_KEY) return false;
    // قبيل القمة المرتقبة مع الرئيس الروسي، بعد ارتفاع التوتر بين بيونغ يانغ وواشنطن: a phrase of the
    // actor's own meeting or ties names its counterpart, the one a planned meeting is agreed with.
    // A clause (`بعد أن قررت … مع تايوان`) has a verb of its own, whose partner is no counterpart of the actor.
    const partner = c.tokens[u.first - 1]?.key === WITH_KEY && next?.key !== THAT_KEY;
    if (partner || actor.some((a) => a.first > k && a.end <= u.first)) return false;
    return !punctuated(c, k + 1, u.first);
  }
  return false;
}

/** How many words may stand between a meeting noun and the relative pronoun of its sponsor (`قمتهما التاريخية التي`). */
const SPONSOR_REACH = 3;

/**
 * Unit `u` is the subject of a relative clause of hosting or sponsoring on the meeting the trigger names (`محادثات
 * أستانة التي ترعاها تركيا وروسيا وإيران`، `قمتهما التاريخية التي تستضيفها سنغافورة`): the clause's verb (cue
 * `sponsor_verb`) stands right before the unit (a فيها between), or the unit joins a list that begins there; the host
 * or sponsor is no side of the meeting.
 */
export function sponsorOf(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  if (hit.trigger.type !== "CONSULT") return false;
  const units = c.all
    .filter((v) => v.first > hit.end && v.first <= u.first)
    .sort((a, b) => a.first - b.first);
  // تركيا وروسيا وإيران: the list's first unit stands after the verb, the others follow it with و.
  let head = u;
  for (let i = units.indexOf(u); i > 0; i--) {
    const prev = units[i - 1] as PartyUnit;
    const cur = units[i] as PartyUnit;
    if (!(cur.first === prev.end && /^و/u.test(cur.prefix)) && !/^[\s،,و]*$/u.test(gapText(c, prev, cur)))
      break;
    head = prev;
  }
  let k = head.first - 1;
  if (c.tokens[k]?.key === IN_IT_KEY || c.tokens[k]?.key === IN_HIM_KEY) k--;
  if (!tokenIn(c.cues.sponsorVerb, c.tokens[k])) return false;
  const rel = k - 1;
  return rel >= hit.end && rel - hit.end <= SPONSOR_REACH && tokenIn(c.cues.relative, c.tokens[rel]);
}

/** The text between two units. */
function gapText(c: Clause, a: PartyUnit, b: PartyUnit): string {
  return c.text.slice((c.tokens[a.end - 1] as Token).end, (c.tokens[b.first] as Token).start);
}

/** How many words may stand between a verb of coming and the act it tells (`وتأتي هذه الدعوة`). */
const COMING_REACH = 3;

/**
 * Unit `u` stands in a phrase of coincidence after a trigger that a verb of coming opens (`وتأتي دعوة الرئيس …،
 * بالتزامن مع تصريحات الرئيس الأمريكي`، `وتأتي زيارة روحاني تزامنا مع زيارة الرئيس الروسي`): `X comes at the same
 * time as Y`; a word of coinciding (cue `coincidence`) and its مع open a phrase that tells Y, and a state in it,
 * with no punctuation between, is Y's side, not X's partner or recipient. So it is after any trigger when a noun
 * of that happening stands between مع and the unit (`شنت الضربة بالتزامن مع قدوم مفتشي المنظمة`).
 */
export function inCoincidence(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  if (hit.trigger.type === "CONSULT" && amidPhrase(c, hit, u)) return true;
  const coming = comingBefore(c, hit);
  for (let k = u.first - 1; k > Math.max(hit.end, u.first - TIME_PHRASE_REACH); k--) {
    if (c.tokens[k]?.key !== WITH_KEY || !tokenIn(c.cues.coincidence, c.tokens[k - 1])) continue;
    // شن الضربة بالتزامن مع قدوم مفتشي المنظمة: with no verb of coming, a noun of another happening after مع.
    return k - 1 >= hit.end && !punctuated(c, k + 1, u.first) && (coming || k + 1 < u.first);
  }
  return false;
}

/**
 * Unit `u` stands in a phrase of the setting (`وصل المفتشون إلى المدينة، وسط مخاوف فرنسية وأمريكية`) opened by
 * `وسط` (cue `amid_word`) after a comma past the trigger, with a noun between it and the unit and no punctuation:
 * the states whose fears or tension set a visit's scene are not the ones visited or met.
 */
function amidPhrase(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  for (let k = u.first - 2; k > Math.max(hit.end, u.first - TIME_PHRASE_REACH); k--) {
    if (!tokenIn(c.cues.amidWord, c.tokens[k])) continue;
    return punctuated(c, k, k) && !punctuated(c, k + 1, u.first);
  }
  return false;
}

/** A verb of coming stands up to COMING_REACH words before the trigger in its clause, with no punctuation between. */
function comingBefore(c: Clause, hit: TriggerHit): boolean {
  for (let k = hit.first - 1; k >= Math.max(c.sentenceStart, hit.first - COMING_REACH); k--) {
    if (punctuated(c, k + 1, hit.first)) return false;
    if (tokenIn(c.cues.comingVerb, c.tokens[k])) return true;
  }
  return false;
}

/**
 * Tokens `from` to `to` (excluded) join a trigger to its complement: no punctuation, no word that opens a
 * phrase of circumstance (cue circumstance: `في ظل الأزمة`، `وسط التوتر`، `بعد الخلاف`).
 */
function complement(c: Clause, from: number, to: number): boolean {
  if (punctuated(c, from, to)) return false;
  for (let k = from; k < to; k++) if (c.cues.circumstance.has(c.tokens[k]?.key ?? "")) return false;
  return true;
}

/** How far before an act's noun a passive verb of being hurt may stand (`أصيب جنديان أمريكيان في هجوم`). */
const VICTIM_REACH = 4;

/**
 * The trigger is a noun of force after a passive verb of being hurt (cue `victim`: `أصيب اثنان أمريكيان في
 * هجوم`، `أمريكيان أصيبا في هجوم`): the party named between that verb and the noun, or right before the verb,
 * suffered the act and did not do it. True of unit `u` when it is such a party.
 */
export function victimOf(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  if (hit.trigger.pos !== "noun" || u.first >= hit.first) return false;
  for (let k = hit.first - 1; k >= Math.max(c.start, hit.first - VICTIM_REACH); k--) {
    if (!tokenIn(c.cues.victim, c.tokens[k])) continue;
    return u.first > k || u.end === k;
  }
  return false;
}

/**
 * `اتفاق يضم قضايا مثل اليمن وسوريا`: unit `u` is in a list after `مثل` (such as) that follows a noun of
 * issues or files (cue `issue_head`); the states so listed are examples of what is dealt with, no party
 * of the act. After a noun of states (`دول مثل إيران`) they are still the parties.
 */
function issueExample(c: Clause, u: PartyUnit): boolean {
  const head = groupHead(c, u);
  if (head.prefix.replace(/^[وف]/u, "") !== "" || c.tokens[head.first - 1]?.key !== SUCH_AS_KEY) return false;
  return tokenIn(c.cues.issueHead, c.tokens[head.first - 2]);
}

/** `غارات جوية دعما للجيش السوري`: unit `u`, on ل right after a noun of backing, is the side the act backs. */
function backedAside(c: Clause, u: PartyUnit): boolean {
  return u.prefix.replace(/^[وف]/u, "") === "ل" && tokenIn(c.cues.backingAdverb, c.tokens[u.first - 1]);
}

/**
 * The sides without the states given as examples of issues (`issueExample`), and without a recipient that
 * is the side the act backs (`backedAside`).
 */
export function withoutAsides(c: Clause, args: Arguments): Arguments {
  return {
    ...args,
    actor: args.actor.filter((u) => !issueExample(c, u)),
    recipient: args.recipient.filter((u) => !issueExample(c, u) && !backedAside(c, u)),
  };
}

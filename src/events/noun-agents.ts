// The agent of a verbal noun whose clause names none before it: the owner of its possessive pronoun
// (`قال ترامب إن مباحثاته مع كيم`، `وخلال زيارته لواشنطن، سيلتقي جونسون`), its object when another
// state's party follows it (`بعد لقائه الرئيس الروسي`), and the holder of a meeting told as the
// setting of its sentence (`خلال مكالمة هاتفية مع ولي العهد`). Split from arguments.ts.
import { ownReportedSubject } from "./reported-subject.ts";
import type { Token } from "../pipeline/types.ts";
import { matrixSubject } from "./actor.ts";
import { possessor } from "./anaphora.ts";
import { stateful } from "./stateful.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { afterPreposition, groupAt, PREP_REACH, punctuated, statesOfUnits } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { agrees } from "./references.ts";
import { settingBefore, type TriggerHit } from "./triggers.ts";
import { unmarked } from "../arabic/regexes.ts";
import { keyOf } from "../arabic/normalize.ts";

/**
 * `وفي اتصال هاتفي مع الجبير، شدد هانت`، `وبعد اللقاء مع ماي، أصدر قادة الاتحاد الأوروبي بيانا`: a setting
 * that opens its sentence, with no party before it, is held by the subject of the verb right after the
 * comma that ends it (one or two words after the comma; a comma before a name is an apposition's).
 */
function openingHolder(c: Clause, hit: TriggerHit): PartyUnit[] {
  if (hit.first - c.sentenceStart > OPENING_REACH) return [];
  if (c.units.some((u) => u.first >= c.sentenceStart && u.end <= hit.first)) return [];
  let verb = -1;
  // مع وزير الخارجية البيروفي، خوان بيريز، شدد: a comma before a name, or inside a title and its name
  // read as one mention, is an apposition's, not the end.
  for (let k = hit.end; k < c.sentenceEnd; k++)
    if (punctuated(c, k, k) && !c.units.some((u) => u.first <= k && k < u.end)) {
      verb = k;
      break;
    }
  if (verb < 0) return [];
  verb = pastTimeAside(c, verb);
  const u = c.units.find((x) => x.first > verb && x.first - verb <= 2 && x.end <= c.sentenceEnd);
  if (!u || u.prefix !== "" || afterPreposition(c, u, verb)) return [];
  return groupAt(c, u);
}

/** How many words a time phrase set between commas may have (`مساء يوم الخميس`). */
const TIME_ASIDE_REACH = 3;

/**
 * `وبعد اللقاء مع ماي، ليلة الخميس، أصدر قادة …`: a time phrase between two commas right after an opening
 * setting is an aside; the word after its second comma is where the main clause starts. Else `at`.
 */
function pastTimeAside(c: Clause, at: number): number {
  for (let k = at; k < Math.min(c.sentenceEnd, at + TIME_ASIDE_REACH); k++) {
    if (!tokenIn(c.cues.timeAside, c.tokens[k])) return at;
    if (k + 1 < c.sentenceEnd && punctuated(c, k + 1, k + 1)) return k + 1;
  }
  return at;
}

/** A verbal noun with a possessive pronoun (`مباحثاته`، `زيارتها`): the pronoun's word, else null. */
function possessedWord(c: Clause, hit: TriggerHit): string | null {
  if (hit.trigger.pos !== "noun" || hit.end - hit.first !== 1) return null;
  // No noun stem of triggers.tsv ends in ه, so a final ه (not ة), ها, هم or هما is the pronoun.
  const word = unmarked((c.tokens[hit.first] as Token).text);
  return /[^ه]ه$|ها$|هما?$/u.test(word) ? word : null;
}

/**
 * `وقال ترامب بعد لقائه الرئيس الروسي`، `خلال زيارتها الصين`: the actor read right after a possessed
 * verbal noun (no comma between) is its object when the pronoun's owner, before it, is of another state.
 */
export function possessedObject(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
): { owner: PartyUnit[]; recipient: PartyUnit[] } | null {
  const first = actor[0];
  if (!first || first.first < hit.end || first.first > hit.end + 1) return null;
  if (punctuated(c, hit.end, first.first)) return null;
  const owner = possessedBy(c, hit);
  if (owner.length === 0) return null;
  const mine = statesOfUnits(owner);
  if ([...statesOfUnits(actor)].some((s) => mine.has(s))) return null;
  return { owner, recipient: [...actor] };
}

/** How many tokens may open a sentence before a possessed verbal noun (`في ثاني أيام زيارته`). */
const OPENING_REACH = 3;

/**
 * `وخلال زيارته لواشنطن، سيلتقي جونسون`، `بعد لقائه مع بوتين، يواجه الرئيس ترامب`: a possessed verbal
 * noun within the first tokens of its sentence, with no party before it, is owned by the first person
 * or nisba title after its recipient that the pronoun agrees with, of another state.
 */
export function ownerAfter(c: Clause, hit: TriggerHit, recipient: readonly PartyUnit[]): PartyUnit[] {
  const word = possessedWord(c, hit);
  if (!word || hit.first - c.sentenceStart > OPENING_REACH) return [];
  if (c.units.some((u) => u.first >= c.sentenceStart && u.end <= hit.first)) return [];
  // وخلال زيارته، ضغط الرئيس ماكرون: a recipient past a comma is the main clause's, not the noun's.
  if (recipient.some((u) => punctuated(c, hit.end, u.first))) return [];
  const from = Math.max(...recipient.map((u) => u.end));
  const theirs = statesOfUnits(recipient);
  const u = c.units.find(
    (x) =>
      x.first >= from &&
      x.end <= c.sentenceEnd &&
      (x.type === "PERSON" || x.type === "NISBA") &&
      !x.place &&
      x.parties.length > 0 &&
      x.parties.every((p) => p.country !== null && !theirs.has(p.country)),
  );
  return u && stateful(u) && agrees(c.tokens, u, word.endsWith("ها")) ? [u] : [];
}

/**
 * A meeting or call noun, with no proclitic, right after a `setting` preposition (`خلال مكالمة`، `عقب
 * اجتماع`); after في only a call (`في اتصال هاتفي مع`) or an indefinite meeting with its partner after مع
 * (`inMeetingWith`): `دخلت في مناقشات`، `الاستمرار في المفاوضات` are what a verb takes, no setting.
 */
export function settingNoun(c: Clause, hit: TriggerHit): boolean {
  return (
    hit.trigger.pos === "noun" &&
    hit.trigger.type === "CONSULT" &&
    hit.prefix.replace(/^[وف]/u, "") === "" &&
    (settingBefore(c.tokens, hit.first, hit.trigger, c.cues.setting) ||
      phaseSetting(c, hit.first) ||
      inMeetingWith(c, hit))
  );
}

/** `في ختام زيارة`، `في مستهل جولة`: a stage noun (cue `phase_head`) after a setting preposition, right before. */
function phaseSetting(c: Clause, first: number): boolean {
  const head = c.tokens[first - 1];
  const prep = c.tokens[first - 2];
  if (!head || !prep || first - 2 < c.sentenceStart || !tokenIn(c.cues.phaseHead, head)) return false;
  return head.bare.every((b) => b.prefix === "") && tokenIn(c.cues.setting, prep);
}

const IN_KEY = keyOf("في");
const WITH_KEY = keyOf("مع");

/** A meeting noun told with the article or a possessive pronoun (`المفاوضات`، `مفاوضاته`). */
const DEFINITE = /^ال|(?:ه|ها|هما|هم)$/u;

/**
 * `إن الوزير أثار القضية في مباحثات مع نظيره الإيطالي`، `تحدث الرئيس في مؤتمر صحفي مع ضيفه`: `في` before
 * an indefinite meeting noun sets the scene of the sentence's act when the noun names the party met with `مع`
 * right after it. Without that, `في` is mostly a place in a process (`دورها في المحادثات`، `الاستمرار في
 * المفاوضات مع`، `في حوار مع مصادره`), so `في` is a setting word before a call only (cue setting).
 */
function inMeetingWith(c: Clause, hit: TriggerHit): boolean {
  const before = c.tokens[hit.first - 1];
  if (!before || hit.first - 1 < c.sentenceStart || before.key !== IN_KEY) return false;
  if (DEFINITE.test(c.tokens[hit.first]?.text ?? "")) return false;
  if (c.tokens[hit.end]?.key !== WITH_KEY) return false;
  const met = c.units.find((u) => u.first > hit.end && u.first <= hit.end + PREP_REACH);
  return met !== undefined && !punctuated(c, hit.end + 1, met.first);
}

/** The sentence's subject before a setting noun, unless a relative clause stands between (`خاشقجي، الذي اختفى بعد زيارته`). */
export function settingHolder(c: Clause, hit: TriggerHit): PartyUnit[] {
  // أفاد دبلوماسي بولندي بأن المفوضية تفاوضت طويلا في لقاء مع الروس: a scene set by `في` is the
  // reported clause's own, held by that clause's subject, not the speaker's.
  const own = c.start > c.sentenceStart && inMeetingWith(c, hit) ? matrixSubject(c, hit, c.start) : [];
  const subject = own.length > 0 ? own : matrixSubject(c, hit);
  const last = subject[subject.length - 1];
  if (!last) return openingHolder(c, hit);
  // قال الوزير إن جارته الغربية تريد الدخول في حوار مع: the reported clause's own subject (reported-subject.ts).
  if (ownReportedSubject(c, hit)) return [];
  for (let k = last.end; k < hit.first; k++) if (tokenIn(c.cues.relative, c.tokens[k])) return [];
  return subject;
}

/**
 * `اتهامه بنشر أخبار كاذبة`، `على خلفية اتهامها بالتدخل`: before the charge the pronoun is the object.
 * A welcome or praise keeps its pronoun as the one who welcomes (`أعربت عن ترحيبها بالقرار`، `إشادته بالدور`):
 * the ب after it names what is welcomed; a meeting (`لقائه بالوزير`) names the one met.
 */
function chargedPronoun(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.type === "SUPPORT") return false;
  // لقائه بوزير الدفاع، اجتماعه بالمفوض: a meeting whose frame names the one met with ب keeps its pronoun
  // as the one who meets.
  if (hit.trigger.type === "CONSULT" && hit.trigger.frame.includes("ب")) return false;
  return (c.tokens[hit.end] as Token | undefined)?.bare.some((b) => b.prefix === "ب") ?? false;
}

/**
 * `استقبل البشير، الأحد، وزير الخارجية القطري، غداة استقباله لمدير المخابرات`: a possessed reception after
 * its sentence's hosting verb (cue hosting_verb) is the host's again, the verb's subject (right before it,
 * or the first of two parties after it), not the guest named nearest before the noun.
 */
function hostAgain(c: Clause, hit: TriggerHit): PartyUnit[] | null {
  if (hit.trigger.hosted !== true) return null;
  for (let k = hit.first - 1; k >= c.sentenceStart; k--) {
    if (!tokenIn(c.cues.hostingVerb, c.tokens[k])) continue;
    const before = c.units.find((u) => u.end === k && u.first >= c.sentenceStart);
    if (before) return groupAt(c, before).filter((u) => u.end <= k);
    const after = c.units.filter((u) => u.first > k && u.end <= hit.first);
    return after.length >= 2 ? [after[0] as PartyUnit] : null;
  }
  return null;
}

/** A verbal noun with a possessive pronoun (`مباحثاته`، `زيارتها`): the unit its pronoun stands for. */
export function possessedBy(c: Clause, hit: TriggerHit): PartyUnit[] {
  const word = possessedWord(c, hit);
  if (!word) return [];
  if (chargedPronoun(c, hit)) return [];
  const host = hostAgain(c, hit);
  if (host) return host;
  // The nearest person named before owns it (`قال ماتيس إن مباحثاته`), and only one of a state's office.
  const person = c.units.findLast(
    (u) => u.type === "PERSON" && u.end <= hit.first && u.first >= c.sentenceStart,
  );
  const owner = possessor(c.tokens, c.units, { firstToken: c.sentenceStart }, hit.first, c.cues);
  if (!owner || (person && owner !== person)) return [];
  // أعلنت السعودية والإمارات والبحرين ترحيبها (ترحيبهم): the owner opens a list of states, which owns it
  // together; a plural or dual pronoun (هم، هما) stands only for such a list.
  const owners = groupAt(c, owner).filter((u) => u.end <= hit.first);
  if (/(هم|هما)$/u.test(word)) {
    if (owners.length < 2) return [];
  }
  // بانسحابها (the state's, not the speaker's): the pronoun agrees with its owner.
  else if (!agrees(c.tokens, owner, word.endsWith("ها"))) return [];
  const end = (owners[owners.length - 1] as PartyUnit).end;
  // خاشقجي، الذي اختفى منذ زيارته، المواقع التي يرغبون في زيارتها: after a relative pronoun the
  // pronoun is the relative's antecedent's, a party only when it is the owner.
  for (let k = hit.first - 1; k >= end; k--)
    if (tokenIn(c.cues.relative, c.tokens[k])) return end === k ? owners : [];
  return owners;
}

/**
 * `بسبب رفضه لاستراتيجية ماكرون تجاه روسيا`: a verbal noun with a possessive pronoun has that pronoun as
 * its agent, so a party read only after it is never its actor; the pronoun's owner is (none when the
 * owner is no party). Not where the pronoun is the object of a charge (`اتهامه بـ`, `chargedPronoun`).
 */
export function ownedAgent(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] | null {
  if (actor.length === 0 || actor.some((u) => u.first < hit.end)) return null;
  const word = possessedWord(c, hit);
  if (!word || chargedPronoun(c, hit)) return null;
  // منتدى استضافه وزير الدفاع: a word in ه the matcher read as a noun in ة may be a verb with its object;
  // it is a possessed noun when generated so, in ها or ته (`زيارته`), after a preposition, or with one.
  if (!hit.trigger.pronounHeh && !/ها$|ته$/u.test(word) && !governed(c, hit)) return null;
  const owner = possessedBy(c, hit);
  // وخلال زيارته، ضغط الرئيس ماكرون: a possessed noun opening its sentence may be owned by a party after it
  // (`ownerAfter`).
  if (owner.length === 0 && hit.first - c.sentenceStart <= OPENING_REACH) return null;
  return owner;
}

/** `برفضه`، `بسبب رفضه`، `خلال زيارته`: a word with a preposition's proclitic or right after a preposition. */
function governed(c: Clause, hit: TriggerHit): boolean {
  if (/[بلك]/u.test(hit.prefix.replace(/^[وف]/u, ""))) return true;
  const before = c.tokens[hit.first - 1];
  return (
    before !== undefined && (tokenIn(c.cues.preposition, before) || before.bare.some((b) => b.prefix === "ب"))
  );
}

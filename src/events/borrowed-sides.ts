// Sides the trigger's clause does not name, taken from around it: the party met by a verb that takes
// a meeting as complement (`وافق ترامب على لقاء كيم`), a dual verb's two states from the event just
// told (`واتفقا`), the place struck as target (`في باكستان`), a coordinated act's actor (`والاعتراف
// ببكين`); and a dual recipient's states other than the actor's. Moved out of findEvents (index.ts).
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Event, Token } from "../pipeline/types.ts";
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import type { ClauseSpan } from "./clauses.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { elidedDual, otherDual, withoutActorState } from "./duals.ts";
import { namesArmedGroup, withoutGroupRegion } from "./group-place.ts";
import { judgedPlace, mentionUnit } from "./judged-place.ts";
import { relativePlace } from "./relative-place.ts";
import { meetingObject } from "./meeting-object.ts";
import { mapUnits, sharedActor } from "./sides.ts";
import { lastInSentence, type Told } from "./told.ts";
import { previousOpener } from "./anaphora.ts";
import { settingBefore, type TriggerHit } from "./triggers.ts";
import type { TypeRules } from "./types.ts";
import { isPlace } from "./place-mentions.ts";
import { answerOfCondition } from "./conditions.ts";
import { acrossBorder } from "./units.ts";
import { statesOfUnits } from "./clause-units.ts";
import { envoysNisba, expelledSide } from "./expelled-side.ts";
import { pronounSides } from "./met-pronoun.ts";
import { protestPlace } from "./protest-place.ts";
import { concededSides } from "./concessive-objection.ts";

/** What the rules read around the trigger's clause. */
export interface Around {
  arabic: ArabicText;
  found: EntitiesResult;
  /** The document's party units. */
  units: readonly PartyUnit[];
  /** The rules of the trigger's type. */
  rules: TypeRules;
  span: ClauseSpan;
  sentenceIndex: number;
  told: Told;
}

/** Sets the sides of `args` the clause left empty, and narrows a dual recipient, by the rules above. */
export function borrowedSides(args: Arguments, hit: TriggerHit, clause: Clause, around: Around): void {
  const { arabic, found, units, rules, span, sentenceIndex, told } = around;
  const { cues } = clause;
  // وأعادت واشنطن العقوبات على طهران رغم معارضة بريطانيا: objectors aimed at the act before (concessive-objection.ts).
  concededSides(args, hit, clause, units, lastInSentence(told, sentenceIndex));
  // وافق ترامب على لقاء كيم: the party met is the target of agreeing, refusing or asking to meet.
  if (rules.takesComplement && args.recipient.length === 0 && args.actor.length > 0)
    args.recipient = meetingObject(clause, hit, args.actor);
  // …مع نظيره الفرنسي. واتفقا على تنسيق الجهود: a dual verb of a mutual act with no party in its
  // clause has the two states of the event just told as its subject. `تحدثت ماي مع ترامب … وأنهما اتفقا`:
  // so has one whose clause gave it only one of those two states (the subject of the talk before it,
  // read as its own), since a dual's subject is two.
  if (args.recipient.length === 0 && rules.mutual && dualVerb(arabic.tokens, hit)) {
    const pair = elidedDual(
      hit,
      (arabic.tokens[hit.first] as Token).text,
      told.events,
      told.sentenceOf,
      sentenceIndex,
    );
    const pairStates = new Set(pair?.parties.map((p) => p.country));
    const word = (arabic.tokens[hit.first] as Token).text;
    if (
      pair &&
      (args.actor.length === 0 ||
        // Not a plural (`توصلوا`), whose subject may be more than the two.
        // Not a subject named after the verb (`وزارتا الخارجية`: a noun's dual, no verb's).
        (!word.endsWith("وا") &&
          args.actor.every((u) => u.end <= hit.first) &&
          [...statesOfUnits(args.actor)].every((c) => pairStates.has(c))))
    )
      args.actor = [pair];
  }
  // القمة التي ستجمعه مع رئيس كوريا الجنوبية: the pronoun on the verb is the side named before (met-pronoun.ts).
  const met = pronounSides(clause, hit, args, units);
  if (met) [args.actor, args.recipient] = [met.actor, met.recipient];
  // قمة في طهران يحضرها الرئيس التركي: a state attending a meeting is a side of it.
  if (args.actor.length > 0 && (hit.trigger.type === "CONSULT" || hit.trigger.type === "AGREE")) {
    const guest = attendee(clause, hit, args);
    if (guest) (args.recipient.length === 0 && rules.mutual ? args.actor : args.recipient).push(guest);
  }
  // مقتل قائد حركة طالبان في غارة جوية أمريكية في أفغانستان: a strike on an armed group in a state is
  // no act against that state (the set codes none); the place is where, not whom.
  // Force only (done_only: PLOVER's physical attack); a blockade of Gaza told with the militants it aims at
  // (`حصارا على غزة لمنع … هجمات المسلحين`) is still coercion of the territory.
  const sentence = arabic.sentences[sentenceIndex];
  const onGroup = rules.doneOnly && namesArmedGroup(arabic, hit.first, cues);
  // أطلق صواريخ على شرق سوريا استهدفت متشددين: a region the clause named is where, too (group-place.ts).
  if (onGroup) args.recipient = withoutGroupRegion(arabic, args.recipient, hit.first, cues);
  // شنت الهند ضربات … في باكستان: the place struck is the target; الغارات التي شنتها روسيا في جورجيا: the
  // place after the agent of the noun's relative clause.
  if (args.recipient.length === 0 && rules.targeted && !onGroup) {
    // قال المتحدث الروسي للصحفيين في موسكو: "استهدفت الضربات …": a place in the frame of the words
    // quoted is where they were said, not what was struck.
    // أدان المرشد الأعلى في إيران الضربات التي نفذتها أمريكا في سوريا: the place after the agent of the
    // noun's relative clause is what was struck, before any other place of the clause (the condemner's).
    const relative = relativePlace(arabic, found, hit, args.actor, cues);
    const place = relative
      ? null
      : placeIn(arabic, found, span, cues, (x) => !quotedAfter(arabic, x.endToken, hit.first));
    if (relative) args.recipient = [relative];
    else if (place?.country) args.recipient = [mentionUnit(place)];
  }
  // تظاهر المئات أمام السفارة الأمريكية بالأردن: a crowd of no state protests as the people of the place (protest-place.ts).
  const protesters = protestPlace(arabic, found, span, hit, args, cues);
  if (protesters) args.actor = [protesters];
  // أعربت الأمم المتحدة عن قلقها من الاحتجاز … في الصين، ضربة ضد أهداف في سوريا: the state where the
  // act's object took place or stands is its target (judged-place.ts).
  if (args.recipient.length === 0 && args.actor.length > 0 && rules.judgedPlace && !onGroup) {
    const place =
      sentence &&
      judgedPlace(arabic, found, hit, sentence.endToken, args.actor, units, cues, rules.judgedPlace);
    if (place) args.recipient = [place];
  }
  // قطع علاقاتها مع تايوان والاعتراف ببكين: a coordinated act shares the actor of the act before it.
  const before = lastInSentence(told, sentenceIndex);
  // هنأ الرئيس الأمريكي نظيره الروسي على فوزه في اتصال هاتفي: the call is the other side's of the act told in it.
  if (before && callOfAct(hit, args, before, clause)) {
    args.actor = sharedActor([], before, units);
    args.recipient = sharedActor([], before, units, true);
  }
  // إذا تجاهلت واشنطن معارضة بكين فإن بكين … وسترد: an act of the condition does not lend its actor
  // to a و-act of the answer, whose subject is named after فإن.
  const answer =
    before?.modality === "conditional" &&
    sentence !== undefined &&
    answerOfCondition(arabic.tokens, sentence.firstToken, hit.first, cues);
  // اتهمت بريطانيا روسيا …، ونفت روسيا ضلوعها: the side the act before was aimed at answers it.
  const answers = before !== undefined && answersAct(hit, args.actor, before, told.swapped.has(before));
  if (before && hit.prefix.startsWith("و") && !answer && !answers)
    args.actor = sharedActor(args.actor, before, units, told.swapped.has(before));
  // … . كما هدد أيضا بفرض رسوم على السلع الصينية: a demand or threat right after a sentence-opening كما,
  // with no subject, continues the opening subject of the sentence before (the و form for every verb
  // was tried and dropped in the twenty-ninth pass).
  if (args.actor.length === 0 && (hit.trigger.type === "REQUEST" || hit.trigger.type === "THREATEN")) {
    const s = arabic.sentences[sentenceIndex];
    // Only when a preposition or a بـ complement comes next (past أيضا): a noun there is the verb's own
    // subject or object (`كما دعت بعض الدول`، `كما دعا أعضاء الهيئة`), which the sentence before cannot name.
    const likewise =
      s && hit.first === s.firstToken + 1 && hit.prefix === "" && complementNext(arabic, hit, cues);
    const opener = likewise ? previousOpener(arabic, units, sentenceIndex, hit, args.recipient, cues) : null;
    if (opener) args.actor = [opener];
  }
  // قررت 14 دولة إبعاد ديبلوماسيين روس: the envoys' nisba is no expeller.
  if (envoysNisba(hit, args.actor, arabic.tokens)) args.actor = [];
  // أعلنت بريطانيا طرد 23 دبلوماسيا: the envoys are of the state the article's last expulsion sent away.
  if (args.recipient.length === 0) {
    const sent = expelledSide(hit, args.actor, told, units, (k) => (arabic.tokens[k] as Token).start);
    if (sent) args.recipient = [sent];
  }
  // A directed act's dual names two states other than the actor's; a mutual one may include it.
  if (!rules.mutual)
    args.recipient = mapUnits(args.recipient, (u) => otherDual(u, args.actor, units, told.events));
  else {
    const mine = statesOfUnits(args.actor);
    args.recipient = mapUnits(args.recipient, (u) => withoutActorState(u, mine));
  }
}

/** The first place named after `في` in the event's clause (`في سان فرانسيسكو`). */
export function placeIn(
  arabic: ArabicText,
  found: EntitiesResult,
  span: ClauseSpan,
  cues: EventCues,
  fits: (x: EntitiesResult["mentions"][number]) => boolean = () => true,
) {
  return found.mentions.find(
    (x) =>
      fits(x) &&
      x.firstToken >= span.start &&
      x.endToken <= span.end &&
      isPlace(arabic, x, cues) &&
      !acrossBorder(arabic.tokens, x.firstToken, x.prefix, cues),
  );
}

/**
 * The frame of a quotation ends between the token before `from` and the token `to`: a colon, or a quotation
 * opened and not closed (`للصحفيين في موسكو: "استهدفت`), not a word quoted in passing (`إن التصريح "مستحيل"`).
 */
function quotedAfter(arabic: ArabicText, from: number, to: number): boolean {
  const a = arabic.tokens[from - 1];
  const b = arabic.tokens[to];
  if (a === undefined || b === undefined || a.end >= b.start) return false;
  const between = arabic.text.slice(a.end, b.start);
  return between.includes(":") || (between.match(/["«»“”]/gu) ?? []).length % 2 === 1;
}

/** `اتفقا`، `وقعتا`: a one-word verb trigger in the perfect dual (its last letters ا or تا, no tanween). */
function dualVerb(tokens: readonly Token[], hit: TriggerHit): boolean {
  if (hit.trigger.pos !== "verb" || hit.end !== hit.first + 1) return false;
  const word = (tokens[hit.first] as Token).text.replace(/[\u064B-\u0652]/gu, "");
  // Not a subjunctive (`أن يتفقا`), whose subject is the clause's.
  // Not a pronoun's alif (`زارها`، `اتفقنا`), nor a short word (`هنا`).
  return /^[وف]?\p{L}{3,}[^نه]ا$/u.test(word) && !/^[وف]?ي/u.test(word);
}

/**
 * `قمة في نيروبي الأحد يحضرها الرئيس الكيني`، `اجتماع … بمشاركة وزير الخارجية المصري`: the first party
 * right after a word of attending, in the clause after the meeting's trigger, of a state the act does
 * not already have.
 */
function attendee(clause: Clause, hit: TriggerHit, args: Arguments): PartyUnit | null {
  const have = new Set([...statesOfUnits(args.actor), ...statesOfUnits(args.recipient)]);
  for (const u of clause.units) {
    if (u.first <= hit.end || u.first >= clause.end || u.place) continue;
    // The word right before the party, or before its title (`بمشاركة الرئيس التركي`).
    const cue = (k: number) => k > hit.end && tokenIn(clause.cues.attendance, clause.tokens[k]);
    if (!cue(u.first - 1) && !cue(u.first - 2)) continue;
    if (u.parties.some((p) => p.country && p.country !== "IGO" && !have.has(p.country))) return u;
    return null;
  }
  return null;
}

/**
 * The verb's next word, past an adverb such as أيضا (cue carrier_filler), is a preposition or a word with a
 * بـ proclitic (`كما هدد أيضا بفرض`، `إلى`).
 */
function complementNext(arabic: ArabicText, hit: TriggerHit, cues: EventCues): boolean {
  let k = hit.end;
  if (tokenIn(cues.carrierFiller, arabic.tokens[k])) k++;
  const t = arabic.tokens[k];
  // بعض، عدد: a quantifier opens the verb's own subject (cue plural_after), though it reads as ب + a word.
  if (t === undefined || tokenIn(cues.pluralAfter, t)) return false;
  return tokenIn(cues.preposition, t) || (t.bare.length > 0 && t.bare.every((b) => b.prefix === "ب"));
}

/** Acts a refusal or a denial answers: a charge, a demand, a warning. */
const ANSWERED = new Set(["ACCUSE", "REQUEST", "THREATEN"]);
/**
 * `اتهمت بريطانيا روسيا بتسميم الجاسوس، ونفت روسيا ضلوعها`، `…، ورفضت طهران الطلب`: a و-verb of refusal or
 * denial whose subject, right after it, is the side the charge, demand or warning just told was aimed at is
 * that side's answer; it keeps its own subject, and does not share the one before as a coordinated act does.
 */
export function answersAct(
  hit: TriggerHit,
  found: readonly PartyUnit[],
  before: Event,
  swapped: boolean,
): boolean {
  if (hit.trigger.type !== "REJECT" || hit.trigger.pos !== "verb" || !ANSWERED.has(before.type)) return false;
  if (found.length === 0 || (found[0] as PartyUnit).first !== hit.end) return false;
  const aimed = new Set((swapped ? before.actor : before.recipient).map((p) => p.entity ?? p.country));
  return found.every((u) => u.parties.length > 0 && u.parties.every((p) => aimed.has(p.entity ?? p.country)));
}

/**
 * A call noun (mode `phone`) after a word of setting (`في اتصال هاتفي`، `خلال مكالمة هاتفية`) with no other side of its
 * own, whose one side read is one whole side of the act just told in its sentence (its subject, or the counterpart
 * it was aimed at, the nearest party before the call), an act of two sides told before the call: the call is
 * where that act was told, between the same two sides, the act's subject calling (branch consult55).
 */
function callOfAct(hit: TriggerHit, args: Arguments, before: Event, clause: Clause): boolean {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.mode !== "phone" || hit.trigger.pos !== "noun")
    return false;
  if (args.recipient.length > 0 || args.actor.length === 0 || before.recipient.length === 0) return false;
  if (before.evidence.start > (clause.tokens[hit.first] as Token).start) return false;
  if (!settingBefore(clause.tokens, hit.first, hit.trigger, clause.cues.setting)) return false;
  const states = (ps: readonly { country: string | null }[]) => new Set(ps.map((p) => p.country));
  const mine = states(args.actor.flatMap((u) => u.parties));
  const subject = states(before.actor);
  const other = states(before.recipient);
  const same = (a: Set<string | null>, b: Set<string | null>) =>
    a.size === b.size && [...a].every((c) => c !== null && b.has(c));
  if (![...subject].every((c) => c !== null && !other.has(c))) return false;
  return same(mine, subject) || same(mine, other);
}

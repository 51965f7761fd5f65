// Who acts when the trigger's clause names no subject of its own: the speaker (`أعلن ترمب أنه سيزور
// الصين`), the subject of the sentence before for an accusing verb that continues it (`وقال نتنياهو
// إن …. واتهم إيران بالضلوع`), the speaker before a quoted first-person act (`وأضاف: "لن نسمح"`). From index.ts.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import { openingSubject as sentenceOpener, quotedSpeaker } from "./anaphora.ts";
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { carrierOf, ownSubjectAfter } from "./bridged-speaker.ts";
import { carriedQuoteRecipient } from "./carried-quote.ts";
import { carriedSpeaker, matterPronoun, pronounAgrees, soleObject } from "./carried-speaker.ts";
import { chargeMaker } from "./baseless.ts";
import { citedSpeaker } from "./cited-speaker.ts";
import { chargedSubject, deniedClaim, toCome } from "./charged-subject.ts";
import { groupAt, statesOfUnits } from "./clause-units.ts";
import { type ClauseSpan, withPartner } from "./clauses.ts";
import { anyIn, type EventCues, isComplementizer, tokenIn } from "./cues.ts";
import { quoteAt } from "./quotes.ts";
import { metOnlyWith } from "./met-speaker.ts";
import { necessityAddressee } from "./necessity.ts";
import { openingSubject, outerReported } from "./nested-claim.ts";
import { previousSubjectActs } from "./previous-accuser.ts";
import { subjectlessReaction } from "./condemned-subjectless.ts";
import { pronounReferent } from "./pronoun-referent.ts";
import { settingNoun } from "./noun-agents.ts";
import { statementAuthorSides } from "./statement-author.ts";
import { ownedBySpeaker } from "./sides.ts";
import { outsideFirstReport, titledSpeaker } from "./titled-speaker.ts";
import type { TriggerHit } from "./triggers.ts";
import { keyOf } from "../arabic/normalize.ts";
import { warnerOf } from "./warned-regret.ts";
import { dutySubject } from "./regret-to-come.ts";

/** `عن` before the body a report cites (`نقلت الوكالة عن الجيش السوري قوله`). */
const CITED_FROM = keyOf("عن");

/** What the speaker rules read of the trigger's sentence. */
export interface SpeakerContext {
  arabic: ArabicText;
  /** The document's party units. */
  units: readonly PartyUnit[];
  cues: EventCues;
  sentenceIndex: number;
  span: ClauseSpan;
  /** The speaker of the trigger's clause (`speakerOf`), if any. */
  speaker: EntitiesResult["mentions"][number] | null;
  /** The trigger's clause, whose units group a compound speaker (`قالت ألمانيا وفرنسا إنهما`). */
  clause: Clause;
}

/** Sets the actor of `args` (and drops the actor's own state from its recipient) by the rules above. */
export function speakerSides(args: Arguments, hit: TriggerHit, ctx: SpeakerContext): void {
  const { arabic, units, cues, sentenceIndex, span, speaker } = ctx;
  const sentence = arabic.sentences[sentenceIndex] as Sentence;
  // قال أردوغان في مؤتمر مع رئيس وزراء المجر إن على واشنطن أن …: a duty laid on a state by a
  // complementizer is the speaker's demand; a party named before the complementizer is no actor.
  if (hit.trigger.duty) dutySpeaker(args, hit, ctx);
  // شدد الجبير على ضرورة أن تسحب كندا تصريحاتها: the doer of what is necessary is asked, the speaker asks.
  // عبر الرئيس الأمريكي عن إصراره على ضرورة قبول إيران: with no speech verb, the subject before it asks.
  if (hit.trigger.necessity) {
    const asked = necessityAddressee(arabic.tokens, units, hit, cues);
    const subject = args.actor.filter((u) => u.end <= hit.first);
    args.recipient = asked ? [asked] : [];
    dutySpeaker(args, hit, ctx);
    if (args.actor.length === 0) speakerActs(args, subject, args.recipient);
  }
  // قال روحاني إن الولايات المتحدة ستندم: the state that will regret is threatened; the speaker threatens.
  if (hit.trigger.regret) {
    args.recipient = [...args.actor, ...args.recipient];
    // إيران يجب أن تدفع الثمن: the state before the duty verb must pay (regret-to-come.ts).
    const owes = args.recipient.length === 0 ? dutySubject(arabic.tokens, units, hit, cues) : null;
    if (owes) args.recipient = [owes];
    dutySpeaker(args, hit, ctx);
    // حذرت واشنطن من أن طهران ستواجه عواقب: after a verb of warning, its subject threatens (warned-regret.ts).
    const warner = args.actor.length === 0 ? warnerOf(arabic, units, sentence, hit, cues) : null;
    if (warner) speakerActs(args, speakersOf(ctx.clause, warner), args.recipient);
  }
  // قال قرقاش إن اتهامات طهران لا أساس لها: the speaker rejects the charge's maker (baseless.ts).
  if (hit.trigger.baseless) {
    const maker = chargeMaker(arabic.tokens, units, sentence, hit, cues);
    args.recipient = maker ? [maker] : [];
    dutySpeaker(args, hit, ctx);
    if (args.recipient.length === 0) args.actor = [];
  }
  // قالت لندن إن موسكو مسؤولة عن الهجوم: the state right before the word, its subject, is accused alone;
  // the speaker accuses.
  if (hit.trigger.behind) {
    args.recipient =
      toCome(arabic.tokens, hit) || deniedClaim(arabic.tokens, span, hit, cues)
        ? []
        : hit.trigger.premises
          ? args.recipient
          : args.actor.filter((u) => chargedSubject(arabic.tokens, arabic.text, u, hit, cues));
    dutySpeaker(args, hit, ctx);
    if (args.actor.length === 0) claimant(args, ctx);
    // حذرت تركيا فرنسا من تكرار الخطأ الذي ارتكبته واشنطن: a deed named by its doer's relative clause
    // is blamed by the sentence's opening subject when no speaker is read.
    const opener =
      hit.trigger.antecedent && args.actor.length === 0
        ? sentenceOpener(arabic.tokens, units, sentence, hit.first, cues)
        : null;
    if (opener) speakerActs(args, speakersOf(ctx.clause, opener), args.recipient);
  }
  // وقال السفير الروسي "… وندعو بريطانيا لتقديم الأدلة": a first-person demand's subject is the
  // speaker; the party read as its subject after it is the one asked. The speaker is a party before the
  // verb, else the party after the sentence's speech verb, else the quote's speaker before (below).
  // `نشكر`، `أشكر` (cue we_praise) are read alike: the party after them is the one thanked. A party
  // outside the quote that holds the verb, or before the verb's clause in it, is not its subject
  // (`موجها شكره لدور الإمارات قائلا: "نشكر …"`).
  if (firstPerson(hit, arabic.tokens, cues)) {
    const after = args.actor.filter((u) => u.first >= hit.end);
    const quote = quoteAt(arabic, hit.first);
    args.recipient = [...after, ...args.recipient.filter((u) => !after.includes(u))];
    args.actor = args.actor.filter(
      (u) =>
        u.first < hit.first &&
        (!quote || (u.first >= span.start && (arabic.tokens[u.first] as Token).start >= quote.inner.start)),
    );
    if (args.actor.length === 0) dutySpeaker(args, hit, ctx);
  }
  // أعلن ترمب أنه سيزور الصين: the speaker is the actor when no subject stands before the verb.
  // أعلن الجيش الباكستاني أن دفاعاته الجوية أسقطت …، قال إن بلاده رفضت …: a reported clause whose
  // subject carries the speaker's pronoun is the speaker's act.
  const reported = span.reported > sentence.firstToken && span.reported < hit.first;
  // قال وزير الخارجية الأمريكي إنه انتقد روسيا: a speaker named by title alone (titled-speaker.ts).
  const titled = speaker ? null : titledSpeaker(arabic, units, cues, sentence, span, hit);
  // The pronoun test reads the word's segments, so it comes last, when the rest holds.
  if (
    !args.fromPhrase &&
    (speaker || titled) &&
    // الرسوم التي فرضتها واشنطن: a relative clause's verb has its own subject, after it.
    !hit.trigger.antecedent &&
    !args.actor.some((u) => u.first >= span.start && u.end <= hit.first) &&
    // قال إن بلاده مستعدة إذا أرسلت أمريكا قوات: a verb after إذا with its subject after it is that subject's act.
    !(
      args.actor.some((u) => u.first >= hit.end) &&
      anyIn(arabic.tokens, span.reported, hit.first, cues.conditionWord)
    ) &&
    !genitiveAgent(hit, args.actor, arabic.tokens, cues) &&
    (span.speakerActs || (reported && ownedBySpeaker(arabic.tokens[span.reported], cues))) &&
    !(
      span.speakerActs &&
      matterPronoun(arabic.tokens[carrierOf(span)], arabic.tokens[hit.first] as Token, hit, args.actor[0])
    ) &&
    !ownSubjectAfter(span, hit.end, args.actor)
  ) {
    const unit =
      titled ??
      units.find(
        (u) => !u.place && u.parties.some((p) => p.entity === speaker?.entity) && u.end <= span.reported,
      );
    // …أن بلادها قررت …، متهمة إياها: the old actor of the speaker's own state is no recipient.
    // وذكر الوزير بأن ما فعلته قطر أنها وقعت …: a feminine pronoun after a masculine speaker (pronoun-referent.ts).
    const referent = unit ? pronounReferent(ctx.clause, sentence, span, unit, hit) : null;
    // إنها تقف مع الرياض في خلافها مع كندا: the verb's object alone is the recipient (carried-speaker.ts).
    const object = soleObject(args, hit, unit);
    if (unit)
      speakerActs(args, referent ? [referent] : speakersOf(ctx.clause, unit), [
        ...outsideFirstReport(args.actor, arabic.tokens, sentence, carrierOf(span), cues, arabic.text),
        ...(object ? [] : args.recipient),
      ]);
  }
  // وقال ماكرون …، وذلك خلال لقاء مع ترامب: the meeting that sets the speech, told only by the side met, is
  // the speaker's (met-speaker.ts).
  if (speaker && settingNoun(ctx.clause, hit) && metOnlyWith(args, hit, ctx.clause)) {
    const unit = units.find(
      (u) => !u.place && u.parties.some((p) => p.entity === speaker.entity) && u.end <= span.reported,
    );
    if (unit) speakerActs(args, speakersOf(ctx.clause, unit), args.recipient);
  }

  // وقال نتنياهو إن …. واتهم إيران بالضلوع: a subjectless accusing verb continues the previous sentence's subject.
  subjectlessReaction(args, arabic, units, sentenceIndex, hit, cues);
  previousSubjectActs(args, arabic, units, sentenceIndex, hit, cues);
  // قالت رئيسة الوزراء البريطانية إنه يتعين على موسكو أن …: a verb of duty with no actor in its clause
  // is the speaker's demand, the speaker found as for a duty told by a complementizer.
  if (args.actor.length === 0 && hit.trigger.must) dutySpeaker(args, hit, ctx);
  // نقلت الوكالة عن الجيش السوري قوله إن صواريخ سقطت، متهما إسرائيل: a circumstantial participle with no
  // subject it may take is the act of the speaker cited right after عن (accuse50).
  if (args.actor.length === 0 && hit.trigger.pos === "participle" && speaker) {
    const unit = units.find(
      (u) =>
        !u.place &&
        u.parties.some((p) => p.entity === speaker.entity) &&
        u.end <= hit.first &&
        arabic.tokens[u.first - 1]?.key === CITED_FROM,
    );
    if (unit) speakerActs(args, speakersOf(ctx.clause, unit), args.recipient);
  }
  // وأضاف: "لن نسمح لإيران …": a first-person act quoted with no speaker named is the speaker's before.
  if (args.actor.length === 0 && hit.trigger.pos === "verb") {
    const speakerUnit = quotedSpeaker(arabic, hit.first, units, cues);
    if (speakerUnit) {
      const own = new Set(speakerUnit.parties.map((p) => p.country));
      args.actor = [speakerUnit];
      args.recipient = args.recipient.filter((u) => !u.parties.every((p) => own.has(p.country)));
    }
  }
  // وقال الوزير الروسي … . وأضاف: "يجب على واشنطن أن …"، وأضاف أنه يرفض …، وقالت الهيئة إن على …: with no
  // speaker named, an act a named speaker would do is done by the speaker of the sentence before.
  // As for a named speaker, a party read as the subject after the verb (`أنه يدعو الولايات المتحدة`) is the one
  // addressed; one before the verb in its clause is the act's own subject.
  if (
    !speaker &&
    !titled &&
    !args.actor.some((u) => u.first >= span.start && u.end <= hit.first) &&
    speakerWouldAct(args, hit, ctx, reported)
  ) {
    const carried = carriedSpeaker(arabic, sentenceIndex, span, hit.first, units, cues);
    if (carried) speakerActs(args, [carried], [...args.actor, ...args.recipient]);
  }
  // وأضاف:" نستنكر الخطوة التي قامت بها الولايات المتحدة": the carried speaker's quote names its others (carried-quote.ts).
  carriedQuoteRecipient(args, hit, ctx.clause, arabic, units);
  // بيان أصدرته الخارجية المصرية واتهمت فيه تركيا: the text's author acts (statement-author.ts).
  statementAuthorSides(args, arabic, units, sentenceIndex, hit, cues);
}

/**
 * The act is the speaker's when one is named: a duty, a charge of responsibility, a regret to come or a right
 * told by a complementizer, an impersonal verb of obligation (`يجب على`), a first-person demand, or an act in a
 * reported clause whose complementizer or subject carries the speaker's pronoun (`أنه سيزور`، `أن بلاده`).
 */
function speakerWouldAct(args: Arguments, hit: TriggerHit, ctx: SpeakerContext, reported: boolean): boolean {
  const { tokens } = ctx.arabic;
  const { trigger } = hit;
  if (trigger.duty || trigger.behind || trigger.regret || trigger.right) return true;
  if (
    trigger.pos === "verb" &&
    (tokenIn(ctx.cues.dutyVerb, tokens[hit.first]) || firstPerson(hit, tokens, ctx.cues))
  )
    return true;
  // وأضاف أنه يدعم …، وقالت إن بلادها …: the pronoun agrees with the speech verb that opens the sentence (not
  // `واعتبر أنها أيدت`: the administration; nor `وأضافت المصادر أنه مع …`, the pronoun of the matter), and the
  // act is a verb (a noun's genitive is its agent: `أنه مع إبداء السعودية استعدادها`).
  const opening = tokens[ctx.arabic.sentences[ctx.sentenceIndex]?.firstToken ?? -1];
  const carrier = tokens[ctx.span.speakerActs ? carrierOf(ctx.span) : ctx.span.reported];
  // وأضاف أن زيارته إلى الجزائر …: a noun of the speaker's own act opening the clause, his pronoun on it.
  if (
    trigger.pos === "noun" &&
    hit.first === ctx.span.reported &&
    ctx.cues.ownPossessedNoun.has(carrier?.key ?? "")
  )
    return pronounAgrees(opening, carrier);
  return (
    trigger.pos === "verb" &&
    !args.fromPhrase &&
    !trigger.antecedent &&
    (ctx.span.speakerActs || (reported && ownedBySpeaker(tokens[ctx.span.reported], ctx.cues))) &&
    pronounAgrees(opening, carrier)
  );
}

/**
 * `قالت طهران إنها مهمة بعد انسحاب الولايات المتحدة من الاتفاق`: a verbal noun with a state or a
 * body named right after it (no proclitic) has it as its agent; the speaker of the clause does not
 * replace it. A visit's genitive is where it goes (`أنه سيقوم بزيارة الصين`), so visits keep the speaker.
 */
function genitiveAgent(
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  tokens: readonly Token[],
  cues: EventCues,
): boolean {
  return (
    hit.trigger.pos === "noun" &&
    hit.trigger.mode !== "visit" &&
    // اتهام الكرملين: a charge noun's genitive is the accused.
    !tokenIn(cues.chargeNoun, tokens[hit.first]) &&
    !tokenIn(cues.patientNoun, tokens[hit.first]) &&
    // تهديد إيراني، الهجمات الأمريكية: a nisba is read by the rules for nisbas, as before.
    actor.some(
      (u) =>
        u.first === hit.end &&
        u.prefix === "" &&
        (u.type === "GPE" || u.type === "ORG" || u.type === "NISBA"),
    )
  );
}

/** How far after the speech verb a duty's speaker may start: past a title (`قال وزير التجارة التركي`). */
const SPEAKER_TITLE = 3;

/**
 * The actor of a duty trigger: the party right after the sentence's first speech verb (`قال أردوغان`،
 * `وقالت إيران`, `قال وزير التجارة التركي`: a nisba past its title), else right before it, one word between at most (`غرينبلات قال`، `حكومة ميانمار قد
 * قالت`); with none, no actor (a quoted speaker may still be found, below).
 */
function dutySpeaker(args: Arguments, hit: TriggerHit, ctx: SpeakerContext): void {
  const { arabic, units, cues, sentenceIndex } = ctx;
  const sentence = arabic.sentences[sentenceIndex] as Sentence;
  let unit: PartyUnit | undefined;
  for (let k = sentence.firstToken; k < hit.first; k++) {
    if (!tokenIn(cues.speech, arabic.tokens[k])) continue;
    // رحبت فرنسا بالخطوة، لكنها قالت إن على …: the pronoun of the contrast word is the sentence's opening subject.
    if (k > sentence.firstToken && tokenIn(cues.contrastPronoun, arabic.tokens[k - 1])) {
      unit = sentenceOpener(arabic.tokens, units, sentence, k - 1, cues) ?? undefined;
      break;
    }
    // الولايات المتحدة قالت إن إيران تتحمل …: a party after the complementizer opens the reported clause.
    const heard = (u: PartyUnit) =>
      !arabic.tokens.slice(k + 1, u.first).some((t) => isComplementizer(t, cues));
    unit =
      citedSpeaker(arabic.tokens, units, k, hit.first, cues) ??
      units.find(
        (u) => !u.place && u.first > k && u.first <= k + SPEAKER_TITLE && u.end <= hit.first && heard(u),
      ) ??
      units.find(
        (u) => !u.place && u.first >= sentence.firstToken && speakerBefore(u, arabic.tokens[u.end], k),
      );
    break;
  }
  args.actor = [];
  if (unit) speakerActs(args, speakersOf(ctx.clause, unit), args.recipient);
}

/**
 * `غرينبلات قال`، `حكومة ميانمار قد قالت`: a party right before the speech verb at `k`, or with قد
 * between, speaks; one after a preposition (`رئيس الوزراء الإسرائيلي لروسيا قد قال`) or before
 * another word (`الشعب الإيراني، كما أعلنت`) does not.
 */
function speakerBefore(u: PartyUnit, between: Token | undefined, k: number): boolean {
  if (/[لب]/u.test(u.prefix)) return false;
  return u.end === k || (u.end === k - 1 && between?.key === "قد");
}

/** قالت ألمانيا وفرنسا إنهما ستطردان …، قال وزيرا خارجية مصر والأردن إن على …: a compound speaker is one side, all its states. */
function speakersOf(clause: Clause, unit: PartyUnit): PartyUnit[] {
  return clause.units.includes(unit) ? groupAt(clause, unit) : [unit];
}

/** The speakers act; of `others`, those not of the speakers' own states are the recipient. */
function speakerActs(args: Arguments, speakers: PartyUnit[], others: readonly PartyUnit[]): void {
  const own = statesOfUnits(speakers);
  args.recipient = others.filter((u) => !speakers.includes(u) && !u.parties.every((p) => own.has(p.country)));
  args.actor = speakers;
}

/** How many words may stand between a claimant and the complementizer of its claim (`إنها مصرة على`). */
const CLAIM_GAP = 4;

/**
 * `وتزعم بريطانيا أن روسيا تقف وراء …`، `مع قول اليابان إنها متمسكة بأن …`: with no speech verb, the
 * state named last before the reported clause, a few words before its complementizer, makes the claim.
 */
function claimant(args: Arguments, ctx: SpeakerContext): void {
  const first = (ctx.arabic.sentences[ctx.sentenceIndex] as Sentence).firstToken;
  const { reported } = ctx.span;
  if (reported <= first) return;
  const partner = (at: number) => withPartner(ctx.arabic.tokens, first, at);
  // قال في مؤتمر صحفي مع نظيره السعودي إن …: the partner after مع is no claimant.
  const near = (at: number) =>
    ctx.units.filter(
      (u) => !u.place && u.first >= first && u.end <= at && u.end >= at - CLAIM_GAP && !partner(u.first),
    );
  let before = near(reported);
  // وقالت إن الأدلة تشير إلى أن النظام هو المسؤول: the claimant stands before the outer clause (nested-claim.ts).
  if (before.length === 0) {
    const { tokens, text } = ctx.arabic;
    const clause = { tokens, text, units: ctx.units, first, reported, cues: ctx.cues };
    const outer = outerReported(clause);
    if (outer < reported) before = near(outer).map((u) => toldBy(u, ctx) ?? u);
    const opening = openingSubject({ ...clause, reported: outer });
    if (before.length === 0 && opening) before = [opening];
  }
  const unit = before[before.length - 1];
  if (unit) speakerActs(args, speakersOf(ctx.clause, unit), args.recipient);
}

/** A first person verb of asking or thanking (cues we_demand, we_praise): its subject is the speaker. */
export function firstPerson(hit: TriggerHit, tokens: readonly Token[], cues: EventCues): boolean {
  const t = tokens[hit.first];
  return hit.trigger.pos === "verb" && (tokenIn(cues.weDemand, t) || tokenIn(cues.wePraise, t));
}

/** `أخبرت السلطات التركية الولايات المتحدة أن`: the party told, after its teller and a speech verb, yields the teller. */
function toldBy(u: PartyUnit, ctx: SpeakerContext): PartyUnit | undefined {
  if (!tokenIn(ctx.cues.speech, ctx.arabic.tokens[u.first - 1])) return undefined;
  return ctx.units.find((v) => !v.place && v.end === u.first - 1);
}

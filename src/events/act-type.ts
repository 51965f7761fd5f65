// What an act whose sides are found is coded as: its polarity in its clause (an act told inside
// another has its own), the end of a hostile act (`أوقفت بث الدعاية`: a de-escalation), an attack
// told in words (a speech), a joint act; and whether a joint act with no target is an event at all.
// Moved out of findEvents (index.ts).
import type { ArabicText, Event, EventType, Party, Sentence, Token } from "../pipeline/types.ts";
import { objectAt, type PartyUnit } from "./arguments.ts";
import type { ClauseSpan } from "./clauses.ts";
import { coded, inWords, reciprocal } from "./coding.ts";
import { anyIn, type EventCues, tokenIn } from "./cues.ts";
import { polarity } from "./modality.ts";
import { judgementOnly } from "./warned-stance.ts";
import { openQuestion } from "./open-question.ts";
import { signedDeal } from "./deal-signed.ts";
import { envoysAskedToLeave } from "./expelled-envoy.ts";
import { chargedAct } from "./charged-act.ts";
import { requestedAct } from "./requested-act.ts";
import { triedInVain } from "./tried-in-vain.ts";
import { providedFor } from "./provision.ts";
import { refusedThat } from "./refused-that.ts";
import type { TriggerHit } from "./triggers.ts";
import { rulesOf, type TypeRules, type TypeTable } from "./types.ts";

/** What the coding reads of the act's clause. */
export interface ActContext {
  arabic: ArabicText;
  cues: EventCues;
  types: TypeTable;
  /** The rules of the trigger's type. */
  rules: TypeRules;
  sentence: Sentence;
  span: ClauseSpan;
  /** The date that governs the act is after publication (`dateAhead`): an act told as done is to come. */
  ahead?: boolean;
}

export interface ActCoding {
  type: EventType;
  modality: Event["modality"];
  negated: boolean;
  /** A future told as scheduled (`القمة المرتقبة`): another event than one held in its sentence. */
  scheduled: boolean;
  /** The act ends a hostile act: no channel carries it. */
  ending: boolean;
  /** Several states acted together with no target, and not on each other: no event. */
  jointWithoutTarget: boolean;
  /** A warning of a danger or a worsening (`حذر من تصاعد المواجهات`): no threat, no event. */
  riskWarning: boolean;
  /** A threat noun inside a charge (`اتهمه بالسعي إلى … من خلال التهديد`), or force it names (`اتهمتها بقصف`): no event. */
  charged: boolean;
  /** An act of a type that only counts when done (`done_only`), told as to come or possible, or one tried in vain: no event. */
  unrealised: boolean;
  /** An act asked about (`ما إذا كان سيواصل الضغط`, open-question.ts): no event. */
  questioned: boolean;
  /** A request that envoys leave, coded as their expulsion (expelled-envoy.ts): its date ahead is a deadline. */
  expelled: boolean;
  /** The act's mode: the trigger's, or for envoys asked to leave the expulsion's (expel_as `SANCTION/expel`). */
  mode: string | null;
}

/** The act's coding, from its trigger, its side units (`units`) and the parties read from them. */
export function codeAct(
  hit: TriggerHit,
  units: { actor: readonly PartyUnit[]; recipient?: readonly PartyUnit[] },
  actor: readonly Party[],
  recipient: readonly Party[],
  ctx: ActContext,
): ActCoding {
  const { arabic, cues, types, rules, sentence, span } = ctx;
  // رفضت ألمانيا طلب واشنطن: the act told inside another has its own modality; the words before
  // its noun (the refusal, the future of the acceptance) are the other act's.
  const read = polarity(
    arabic.tokens,
    hit,
    hit.within
      ? { clauseStart: hit.first, sentenceStart: hit.first }
      : { clauseStart: Math.max(sentence.firstToken, span.start - 1), sentenceStart: sentence.firstToken },
    cues,
  );
  // يلتقي ترامب بوتين في هلسنكي يوم 16 يوليو، told on 1 July: an act the article dates after its own day
  // is planned, however its verb is told (a present, a passive `تعقد القمة`): scheduled, as `من المقرر`.
  // وتتأهب أنقرة، بدعم من باكستان، لتنظيم مناورات: the backing is told as it stands, whatever the future of the act
  // it goes with (backing.ts), as a backing participle is (index.ts); a condition or a negation stays.
  const pol =
    hit.trigger.backing && read.modality === "future" && !read.onCondition
      ? { ...read, modality: "asserted" as const, scheduled: false }
      : ctx.ahead === true && read.modality === "asserted" && !read.negated && !read.refused
        ? { ...read, modality: "future" as const, scheduled: true }
        : read;
  const joint = recipient.length === 0 && new Set(actor.map((p) => p.country)).size > 1;
  // أوقفت كوريا الجنوبية بث الدعاية: stopping a hostile act is a de-escalation, not a sanction.
  const object = objectAt(hit, units.actor);
  const ending = Boolean(
    (rules.endingAs &&
      hit.trigger.channel === "suspend" &&
      object < span.end &&
      tokenIn(cues.hostileAct, arabic.tokens[object])) ||
    // رفع العقوبات المفروضة على إيران، تجميد عقوبات أمريكية: the act's own noun, ended by the word before it.
    (rules.endingAs !== null &&
      hit.trigger.pos === "noun" &&
      tokenIn(cues.hostileAct, arabic.tokens[hit.first]) &&
      tokenIn(cues.lifting, arabic.tokens[hit.first - 1])),
  );
  // هاجم روحاني نظيره الأمريكي محذرا …: an attack told in words is a speech, not force.
  const spoken =
    !ending &&
    rules.verbalAs !== null &&
    inWords(arabic.tokens, { first: hit.first, end: hit.end, pos: hit.trigger.pos }, units.actor, cues);
  // لن نسمح لإيران بترسيخ وجودها في سوريا: a refusal to allow the state named right after ل is a red
  // line drawn for it, a warning.
  const forbidding =
    rules.forbidAs !== null &&
    tokenIn(cues.forbid, arabic.tokens[hit.end - 1]) &&
    ((units.recipient ?? []).some((u) => u.first === object && /^[وف]?لل?$/u.test(u.prefix)) ||
      forbiddenBody(arabic.tokens, object, units.recipient ?? [], cues) ||
      // بلاده لن تسمح بحدوث ذلك: "that" is the act of the state named before it (refused-that.ts).
      (recipient.length > 0 && refusedThat(arabic.tokens, hit.end, cues)));
  // ينبغي على بوتين تحمل المسؤولية عن محاولة الاغتيال: a demand that the recipient bear responsibility is blame.
  const blamed = rules.blameAs !== null && bearsResponsibility(arabic.tokens, hit.end, span.end, cues);
  // على باريس أن تتوقع خطوات أخرى: a demand that the recipient brace for what comes is a warning.
  const warned =
    !blamed &&
    hit.trigger.duty === true &&
    rules.warnAs !== null &&
    braces(arabic.tokens, hit.end, sentence.endToken, cues);
  // حددت واشنطن شروطها لإبرام اتفاق مع طهران: the deal is the conditions' goal, a demand.
  const conditioned = rules.conditionedAs !== null && conditionsBefore(arabic.tokens, hit, sentence, cues);
  // وقعت على الاتفاق إيران والولايات المتحدة، اتفاق وقعته روسيا وتركيا: the deal told as signed is the signing.
  const signed =
    rules.signedAs !== null &&
    hit.trigger.deal === true &&
    signedDeal(arabic.tokens, hit.first, hit.end, cues);
  // طلبت من السفير الكندي مغادرة أراضيها: a request that envoys leave is their expulsion.
  const expelled =
    rules.expelAs !== null &&
    envoysAskedToLeave(arabic.tokens, sentence.firstToken, hit.end, sentence.endToken, cues);
  // The first reading that holds gives the act the type its row names (event-types.tsv); none, the trigger's.
  const retyped = (
    [
      [expelled, rules.expelAs],
      [conditioned, rules.conditionedAs],
      [blamed, rules.blameAs],
      [warned, rules.warnAs],
      [ending, rules.endingAs],
      [spoken, rules.verbalAs],
      [forbidding, rules.forbidAs],
      [signed, rules.signedAs],
    ] as const
  ).find(([holds]) => holds);
  const actType = retyped ? (retyped[1] as EventType) : hit.trigger.type;
  // رفض توجيه أصابع الاتهام: refusing to point a charge is a charge not made (ACCUSE,
  // negated, as the corpus gold codes it), not a refusal of anything asked of the refuser.
  const chargeRefused =
    hit.trigger.type === "REJECT" &&
    hit.trigger.pos === "verb" &&
    pointsNoCharge(arabic.tokens, hit.end, span.end, cues);
  // The conditions were set: the demand they make is told as made, whatever the mood of their goal.
  const coding = chargeRefused
    ? { type: "ACCUSE" as EventType, modality: pol.modality, negated: !pol.negated }
    : conditioned
      ? { type: actType, modality: "asserted" as const, negated: pol.negated }
      : coded(actType, pol, types);
  const jointAs = rulesOf(types, actType).jointAs;
  const { modality, negated } = coding;
  const type = joint && jointAs && coding.type === actType ? jointAs : coding.type;
  // بناء على طلب بريطانيا وألمانيا وكندا: an act with a target and none found is no event, unless
  // the two sides did it to each other (`البلدان ألغيا`، `اتهامات متبادلة`، `تبادل … القصف`).
  // أبدى قادة إيطاليا وإسبانيا تأييدهم للخطة: a stance shared by several states is not
  // one they took towards each other; with no party it is for, it is no event.
  // يعد نفسه وسيطا بين الجانبين ودعاهما إلى: a call is made of another (third_party), never of each other
  // by the dual or pair that made it, unless told as reciprocal.
  const typeRules = rulesOf(types, type);
  const jointWithoutTarget =
    joint &&
    (hit.trigger.stance === true ||
      (!typeRules.mutual &&
        (typeRules.thirdParty || !units.actor.some((u) => u.type === "DUAL" || u.type === "PAIR")) &&
        // وتبادلت الولايات المتحدة وكوريا الشمالية الاتهامات: the word of reciprocity may open the sides' clause.
        !reciprocal(arabic.tokens, Math.min(hit.first, ...units.actor.map((u) => u.first)), hit.end, cues)));
  const riskWarning = type === "THREATEN" && warnsOfRisk(arabic.tokens, hit, sentence.endToken, cues);
  // اتهم أردوغان الولايات المتحدة بالسعي إلى إخضاع تركيا من خلال التهديد: a threat told as a noun inside
  // a charge is what the accused is said to do, not the accuser's threat. Not after a verb of criticism
  // (`أدانت إيران تحذيرات الولايات المتحدة`): what is criticized was done.
  // اتهمت موسكو واشنطن بقصف مواقع للجيش: force a charge names with ب is alleged, not told as done (charged-act.ts).
  const charged =
    (type === "THREATEN" &&
      hit.trigger.pos === "noun" &&
      insideCharge(arabic.tokens, hit.first, sentence.firstToken, cues)) ||
    (rulesOf(types, type).doneOnly &&
      chargedAct(arabic.text, arabic.tokens, hit, Math.max(sentence.firstToken, span.start - 1), cues)) ||
    // طالب وزير الخارجية … الولايات المتحدة بفرض عقوبات: the act asked for past a long subject (requested-act.ts).
    (!hit.within && requestedAct(arabic.text, arabic.tokens, hit, sentence.firstToken, cues));
  return {
    type,
    modality,
    negated,
    scheduled: pol.scheduled === true,
    ending,
    jointWithoutTarget,
    riskWarning,
    charged,
    // وسط توقعات بأن تشن الولايات المتحدة ضربة، لو كان الجيش قد أسقط قنبلة: force not told as done. A
    // suspected or alleged attack (`ما يشتبه أنه قصف تركي`) was done; only its doer is in doubt.
    questioned: !hit.within && openQuestion(arabic, hit, sentence.firstToken, cues),
    expelled,
    mode: expelled ? rules.expelMode : hit.trigger.mode,
    unrealised:
      (rulesOf(types, type).doneOnly &&
        modality !== "asserted" &&
        !suspectedNear(arabic.tokens, hit, sentence, cues)) ||
      // حاول الاتصال بالعبادي مرارا لكن دون جدوى: tried in vain, nothing passed between the sides (tried-in-vain.ts).
      triedInVain(arabic.tokens, hit, Math.max(sentence.firstToken, hit.first - TRY_REACH), cues) ||
      // وتقضي العقوبات بتجميد أصول: what a measure or deal provides for, its content (provision.ts).
      providedFor(arabic.tokens, hit, cues),
  };
}

/** How far before the act its verb of trying may stand, its subject between (`حاول رئيس وزراء قطر الاتصال`). */
const TRY_REACH = 6;

/** How many words of a condition noun's genitive may stand between it and its goal (`شروط الولايات المتحدة لإبرام`). */
const CONDITION_GENITIVE = 2;

/**
 * `شروطا للقاء ترامب`، `شروط الولايات المتحدة لإبرام اتفاق`: the act's noun, with ل, right after a condition noun
 * (cue `condition_noun`) or after one and up to CONDITION_GENITIVE words of its genitive, only spaces between.
 */
function conditionsBefore(
  tokens: readonly Token[],
  hit: TriggerHit,
  sentence: Sentence,
  cues: EventCues,
): boolean {
  if (hit.trigger.pos !== "noun" || !/^[وف]?لل?$/u.test(hit.prefix)) return false;
  const from = Math.max(sentence.firstToken, hit.first - 1 - CONDITION_GENITIVE);
  for (let k = hit.first - 1; k >= from; k--) {
    const t = tokens[k] as Token;
    if (!t.linked) return false;
    if (tokenIn(cues.conditionNoun, t)) return true;
  }
  return false;
}

/** How far before a threat noun the accusing verb whose charge holds it may stand. */
const CHARGE_REACH = 16;

/**
 * An accusing verb (cue `charge_verb`) before the noun at `first`, within CHARGE_REACH words in its
 * sentence, with no clause break or speech verb between: the noun is in the charge.
 */
function insideCharge(tokens: readonly Token[], first: number, from: number, cues: EventCues): boolean {
  for (let k = first - 1; k >= Math.max(from, first - CHARGE_REACH); k--) {
    const t = tokens[k];
    if (tokenIn(cues.clauseBreak, t) || tokenIn(cues.speech, t)) return false;
    if (tokenIn(cues.chargeVerb, t)) return true;
  }
  return false;
}

/** How far before an act a word of suspicion may stand (`ما يشتبه في أنه قصف`، `يشتبه بأنه هجوم صاروخي`). */
const SUSPICION_REACH = 5;

/** A word of suspicion (cue suspicion) up to SUSPICION_REACH words before the act or right after it. */
function suspectedNear(
  tokens: readonly Token[],
  hit: TriggerHit,
  sentence: Sentence,
  cues: EventCues,
): boolean {
  const from = Math.max(sentence.firstToken, hit.first - SUSPICION_REACH);
  return anyIn(tokens, from, Math.min(sentence.endToken, hit.end + 2), cues.suspicion);
}

/** How far after a warning its من or أن may stand (past its subject: `حذر منسق الأمم المتحدة … من`). */
const WARNING_COMPLEMENT_REACH = 10;
/** How far into the complement the word of danger may stand (`من أن الوضع في المدينة يتدهور`، `أن ما يجري قد يفضي إلى أزمة`). */
const RISK_REACH = 7;

/**
 * `حذر المبعوث من تصاعد المواجهات`، `تحذر الأمم المتحدة من أن الأوضاع تزداد سوءا`: a warning whose
 * complement (after its first من or أن) names a danger or a worsening a few words on warns of a risk;
 * no party threatens anyone. So does one whose complement after أن opens with a word of existence
 * (`من أن هناك قوى`، cue risk_opening).
 */
function warnsOfRisk(tokens: readonly Token[], hit: TriggerHit, end: number, cues: EventCues): boolean {
  if (!tokenIn(cues.warningWord, tokens[hit.first])) return false;
  const last = Math.min(end, hit.end + WARNING_COMPLEMENT_REACH);
  for (let k = hit.end; k < last; k++) {
    const key = (tokens[k] as Token).key;
    if (key !== "من" && key !== "ان") continue;
    let from = k + 1;
    if ((tokens[from] as Token | undefined)?.key === "ان") from++;
    // حذر من أن هناك قوى …: a danger said to exist, when the complement opens with it after أن.
    if ((from > k + 1 || key === "ان") && tokenIn(cues.riskOpening, tokens[from])) return true;
    // حذر من أن الاتفاق يؤخر حصولها على السلاح: a judgement with no act to come (warned-stance.ts).
    // Only after من أن: a bare أن may open another's clause (`رسالة تحذير لروسيا التي أكدت أن`).
    if (from > k + 1 && judgementOnly(tokens, from, end, cues)) return true;
    for (let j = from; j < Math.min(end, from + RISK_REACH); j++)
      if (tokenIn(cues.riskWord, tokens[j])) return true;
    return false;
  }
  return false;
}

/** How far after a verb of refusing the charge it declines may stand, past its subject (`رفض البيت الأبيض توجيه`). */
const POINT_REACH = 6;

/** A verbal noun of pointing (cue `charge_pointing`) within reach, its charge (cue `charge_object`) right after it. */
function pointsNoCharge(tokens: readonly Token[], from: number, end: number, cues: EventCues): boolean {
  for (let k = from; k < Math.min(end, from + POINT_REACH); k++)
    if (tokenIn(cues.chargePointing, tokens[k])) return tokenIn(cues.chargeObject, tokens[k + 1]);
  return false;
}

/** How far after a demand's trigger `تحمل المسؤولية` may stand (`ينبغي على رئيس الحكومة، بعد كل ذلك، تحمل`). */
const BEAR_REACH = 8;

/** How far after a demand's trigger its verb of bracing may stand (`إن على الولايات المتحدة أن تستعد`). */
const BRACE_REACH = 5;

/** A verb of expecting or bracing (cue `brace`) within reach after the trigger (past its `أن`), in its sentence. */
function braces(tokens: readonly Token[], from: number, end: number, cues: EventCues): boolean {
  return anyIn(tokens, from, Math.min(end, from + BRACE_REACH), cues.brace);
}

/** A verb of bearing (cue `bear`) with the responsibility right after it, within reach in the clause. */
function bearsResponsibility(tokens: readonly Token[], from: number, end: number, cues: EventCues): boolean {
  for (let k = from; k < Math.min(end, from + BEAR_REACH); k++)
    if (tokenIn(cues.bear, tokens[k]) && tokenIn(cues.responsibilityWord, tokens[k + 1])) return true;
  return false;
}

/** Why an act coded as no event is dropped (for `LossSink`). */
export function noActReason(act: ActCoding): string {
  if (act.charged) return "inside a charge or a request";
  if (act.questioned) return "act asked about";
  return act.riskWarning ? "warning of a risk" : "force not told as done";
}

/**
 * `لن تسمح للنظام الإيراني بوضع …`، `لن نسمح للنظام في إيران بترسيخ …`: the red line drawn for a state's
 * government, army or forces (cue backed_body) on ل, named by the state's nisba right after it or by في and
 * the state, is drawn for that state, as `لن نسمح لإيران` is.
 */
function forbiddenBody(
  tokens: readonly Token[],
  object: number,
  recipient: readonly PartyUnit[],
  cues: EventCues,
): boolean {
  const head = tokens[object];
  if (
    head === undefined ||
    !tokenIn(cues.backedBody, head) ||
    !head.bare.some((b) => /^[وف]?لل?$/u.test(b.prefix))
  )
    return false;
  return recipient.some(
    (u) =>
      (u.first === object + 1 && u.type === "NISBA") ||
      (u.first === object + 2 && u.prefix === "" && tokens[object + 1]?.key === "في"),
  );
}

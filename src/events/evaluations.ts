// Evaluative accusations: a speaker who calls a state's act a violation, an aggression or a
// provocation accuses that state, though no accusing verb is written (lexicons/evaluations.tsv,
// docs/EVENTS.md "Evaluative accusations").
//   اعتبرت الخارجية المصرية أن إعلان إثيوبيا … يمثل "انتهاكا"       EGY ACCUSE ETH
//   قال مصدر مصري إن ما قامت به أديس أبابا "خطوة تشكل تهديدا مباشرا"  EGY ACCUSE ETH
// The judge (the frame's subject, or the speaker of `قال … إن`) is the actor; the act's owner, the
// first other state named between the frame and the evaluation (or after `من جانب`), the recipient.
// This module reads the judgements by their frames (evaluation-judges.ts: the judge of a frame, and
// the judgements read in a speaker's words; evaluation-quotes.ts: those in quotations);
// evaluation-events.ts makes them events.
import { definite } from "../arabic/tokens.ts";
import type { EntitiesResult } from "../entities/index.ts";
import type { EntityLexicon } from "../entities/lexicon.ts";
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";
import { type Evaluations, evaluationAt, keysOf, phraseAt } from "./evaluation-lexicon.ts";
import { adjoining, backedIn, backingAt, type Judgement, quotedNisba, stateOf } from "./evaluation-quotes.ts";
import {
  attributed,
  deedOf,
  type Frame,
  JUDGE_REACH,
  judgeOf,
  reportedNisba,
  saying,
} from "./evaluation-judges.ts";
import { SCAN_EVALUATION, type ScanMasks } from "./scan.ts";
import { carriedJudge } from "./carried-judge.ts";
import { provenInvolvement } from "./proven-involvement.ts";
import { inquiryCharge } from "./inquiry-charge.ts";

// The compiled lexicon lives in evaluation-lexicon.ts; callers (and scripts/bench-events.ts, which
// loads this module from older trees too) still compile it through this module.
export { compileEvaluations, type Evaluation, type Evaluations } from "./evaluation-lexicon.ts";

/** How many tokens after `يمثل`/`يشكل` the evaluation may stand (`تشكل تهديدا`، `خطوة أحادية تشكل`). */
const COPULA_REACH = 2;
/** How far after the evaluation `من جانب X` may name the owner. */
const OWNER_REACH = 5;

/** The judgements of one sentence. */
export function judgements(
  arabic: ArabicText,
  sentence: Sentence,
  units: readonly PartyUnit[],
  cues: EventCues,
  ev: Evaluations,
  mentions: EntitiesResult["mentions"],
  lexicon: EntityLexicon,
  masks?: ScanMasks,
): Judgement[] {
  const { tokens } = arabic;
  const out: Judgement[] = [];
  /** The sentence's units, taken once an evaluation is met (most sentences hold none). */
  let mine: PartyUnit[] | null = null;
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    if (masks && ((masks[k] as number) & SCAN_EVALUATION) === 0) continue;
    const backing = ev.backing.size > 0 ? backingAt(tokens[k] as Token, ev) : undefined;
    if (backing) {
      const j = backedIn(arabic, k, backing, units, mentions, cues);
      if (j) out.push(j);
      continue;
    }
    const evaluation = evaluationAt(tokens, k, ev);
    if (!evaluation || tokenIn(ev.nameHead, tokens[k - 1])) continue;
    mine ??= units.filter((u) => !u.place && u.first >= sentence.firstToken && u.end <= sentence.endToken);
    // يثبت استمرار تورط النظام الإيراني: read after a proving word only, by no other frame.
    if (ev.involvement.has(evaluation.group)) {
      const j = provenInvolvement(arabic, sentence, k, evaluation, mine, units, cues, ev);
      if (j) out.push(j);
      continue;
    }
    // التحقيق في التدخل الروسي في الانتخابات الأمريكية: read as an inquiry into interference only.
    if (ev.inquiry.has(evaluation.group)) {
      const j = inquiryCharge(arabic, sentence, k, evaluation, mine, ev, lexicon);
      if (j) out.push(j);
      continue;
    }
    if (ev.attributive.has(evaluation.group)) {
      // With no owner right before it, the adjective is read by its frame as any evaluation
      // (`وصفت … سياستها بأنها عدائية`).
      const j = attributed(arabic, sentence, k, evaluation, mine, units, cues, ev);
      if (j) {
        out.push(j);
        continue;
      }
    }
    if (ev.deed.has(evaluation.group)) {
      const j = deedOf(arabic, sentence, k, evaluation, mine, units, cues, ev);
      if (j) out.push(j);
      continue;
    }
    const frame = frameOf(tokens, sentence, k, cues, ev, evaluation.words.length);
    if (!frame) {
      const quoted =
        quotedNisba(arabic, k, evaluation, units, cues, ev) ??
        reportedNisba(arabic, sentence, k, evaluation, mine, cues, ev, units);
      if (quoted) out.push(quoted);
      continue;
    }
    // وأضاف أن …: a speech verb with no speaker carries the one named in the sentence before.
    const actor =
      judgeOf(tokens, sentence, frame, mine, cues, ev) ??
      carriedJudge(arabic, sentence, frame.speech, frame.from, units, cues);
    if (!actor) continue;
    // استفزاز حماس: an act whose owner, named right after it, is no state accuses no state.
    const genitive = mine.find((u) => u.first === k + evaluation.words.length);
    if (genitive && stateOf(genitive) === null) continue;
    const recipient = impersonal(tokens, k, evaluation.words.length, cues)
      ? clauseSubject(tokens, k + evaluation.words.length + 1, mine, stateOf(actor), ev)
      : (ownerOf(
          tokens,
          frame,
          k,
          mine,
          stateOf(actor),
          evaluation.words.length,
          ev,
          cues,
          sentence.endToken,
        ) ??
        // قال … إن عدوان إسرائيل على …: a state as the evaluation's genitive owns the act.
        (genitive?.type === "GPE" &&
        genitive.prefix === "" &&
        adjoining(arabic, genitive.first) &&
        stateOf(genitive) !== stateOf(actor)
          ? [genitive]
          : null));
    if (!recipient) continue;
    // إن موسكو وراء الحادث: such an evaluation is the predicate of the state right before it only.
    // إن موسكو هي وراء الحادث: a pronoun of separation may stand between them.
    const next = tokenIn(ev.separator, tokens[k - 1]) ? k - 1 : k;
    if (ev.adjacent.has(evaluation.group) && !recipient.some((u) => u.end === k || u.end === next)) continue;
    out.push({
      evaluation,
      frame: frame.at,
      at: k,
      speech: frame.speech ?? null,
      reported: frame.from,
      actor,
      recipient,
    });
  }
  return out;
}

/** The judging verb or copula that governs the evaluation at k, looking back in its clause. */
function frameOf(
  tokens: readonly Token[],
  sentence: Sentence,
  k: number,
  cues: EventCues,
  ev: Evaluations,
  span: number,
): Frame | null {
  let copula: number | null = null;
  let complement: number | null = null;
  for (let j = k - 1; j >= Math.max(sentence.firstToken, k - JUDGE_REACH); j--) {
    const t = tokens[j] as Token;
    if (phraseAt(tokens, j, ev.stop)) break;
    if (tokenIn(ev.copula, t) && k - j <= COPULA_REACH + 1 && copula === null) copula = j;
    // وصف … بأنه / اعتبر … أن: the judge's complement runs to the evaluation.
    if (tokenIn(ev.judge, t))
      return { at: j, judging: true, participle: tokenIn(ev.participle, t), from: j + 1 };
    if (isComplementizer(t, cues)) {
      if (complement !== null) return null;
      complement = j;
    } else if (saying(t, cues) || tokenIn(cues.speechParticiple, t)) {
      if (complement === null) return null;
      // قال … إن … يمثل: a copula in the reported clause is the speaker's judgement.
      if (copula !== null)
        return { at: copula, judging: false, participle: false, from: complement + 1, speech: j };
      // قال … إن ما قامت به واشنطن خرق للقانون: an indefinite evaluation is the reported clause's predicate.
      // Not after a preposition (`شريكا في خرق`، `تعرضت لاعتداء`): there it is no predicate.
      // لأي عدوان: any such act, none judged.
      const predicate =
        (!definite(tokens[k] as Token) &&
          !afterPreposition(tokens, k, cues, ev) &&
          !tokenIn(cues.anyWord, tokens[k - 1])) ||
        impersonal(tokens, k, span, cues);
      return predicate ? { at: k, judging: false, participle: false, from: complement + 1, speech: j } : null;
    }
  }
  return null;
}

/** How far after the `أن` of `من المؤسف أن` the judged clause's subject may start (`أن تدير الولايات المتحدة`). */
const IMPERSONAL_REACH = 3;

/**
 * `من المؤسف أن تتخلى كندا عن`، `من غير المقبول أن`: a definite evaluation after `من`
 * (or `لمن`), with `غير` between, and `أن` after it: the clause after `أن` is the judged act.
 */
function impersonal(tokens: readonly Token[], k: number, span: number, cues: EventCues): boolean {
  const t = tokens[k] as Token;
  if (!definite(tokens[k + span - 1] as Token) || !keysOf(tokens[k + span]).includes("ان")) return false;
  const before = tokens[k - 1] as Token | undefined;
  const head = before && keysOf(before).includes("غير") ? tokens[k - 2] : before;
  const from = (u: Token | undefined) => keysOf(u).includes("من") || keysOf(u).includes("لمن");
  return (
    from(head) ||
    (head !== undefined && t.bare.some((b) => b.prefix === "من") && !tokenIn(cues.preposition, head))
  );
}

/** The judged clause's subject: the first state other than the judge's, right after `أن`, with no preposition. */
function clauseSubject(
  tokens: readonly Token[],
  from: number,
  units: readonly PartyUnit[],
  judge: string | null,
  ev: Evaluations,
): PartyUnit[] | null {
  const u = units.find((v) => v.first >= from && v.first <= from + IMPERSONAL_REACH);
  if (!u || stateOf(u) === null || stateOf(u) === judge || /[لب]/u.test(u.prefix)) return null;
  return tokenIn(ev.victim, tokens[u.first - 1]) ? null : [u];
}

const afterPreposition = (tokens: readonly Token[], k: number, cues: EventCues, ev: Evaluations): boolean =>
  (tokenIn(cues.preposition, tokens[k - 1]) && !separated(tokens, k, ev, cues)) ||
  (tokens[k] as Token).bare.some((b) => /[لب]/u.test(b.prefix));

/**
 * `إن روسيا هي من تقف وراء الهجوم`: after a pronoun of separation, `من` is "the one who" and the
 * evaluation after it is the clause's predicate, not a preposition's object (`شريكا في خرق`).
 */
const separated = (tokens: readonly Token[], k: number, ev: Evaluations, cues: EventCues): boolean =>
  tokens[k - 1]?.key === "من" &&
  tokenIn(ev.separator, tokens[k - 2]) &&
  // إن روسيا ليست هي من تقف وراء: a predicate denied charges no one.
  !tokenIn(cues.negation, tokens[k - 3]);

/**
 * The act's owner: the first state other than the judge's named between the frame and the
 * evaluation, not after a preposition (`ضد سفينة`، `لمصر`: the victim); else `من جانب X` after it.
 */
function ownerOf(
  tokens: readonly Token[],
  frame: Frame,
  k: number,
  units: readonly PartyUnit[],
  judge: string | null,
  span: number,
  ev: Evaluations,
  cues: EventCues,
  sentenceEnd: number,
): PartyUnit[] | null {
  const foreign = (u: PartyUnit) => stateOf(u) !== null && stateOf(u) !== judge;
  // بالاعتداء الإيراني الخطير: the evaluation's own nisba names the owner.
  const nisba = units.find((u) => u.first === k + span && u.type === "NISBA" && foreign(u));
  if (nisba) return [nisba];
  const owned = units.find(
    (u) =>
      u.first >= frame.from &&
      u.end <= k &&
      foreign(u) &&
      !/[لب]/u.test(u.prefix) &&
      !tokenIn(ev.victim, tokens[u.first - 1]) &&
      // أي مواطن مصري: a party after أي (one word between at most) is no particular state's act.
      !tokenIn(cues.anyWord, tokens[u.first - 1]) &&
      !tokenIn(cues.anyWord, tokens[u.first - 2]),
  );
  // التدريبات بين الولايات المتحدة وكوريا الجنوبية: owners coordinated with و are owners too, each
  // of a list (`إن الولايات المتحدة وفرنسا وبريطانيا "كاذبون"`), not the second only.
  if (owned) {
    const list = [owned];
    for (let last = owned; ;) {
      const next = units.find((u) => u.first === last.end && u.prefix.startsWith("و") && foreign(u));
      if (!next) return list;
      list.push(next);
      last = next;
    }
  }
  for (let j = k + 1; j < Math.min(sentenceEnd, k + OWNER_REACH); j++) {
    if (!keysOf(tokens[j]).includes("من") || !tokenIn(ev.owner, tokens[j + 1])) continue;
    const u = units.find((v) => v.first === j + 2);
    if (u && foreign(u)) return [u];
  }
  return null;
}

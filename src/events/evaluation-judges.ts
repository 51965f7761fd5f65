// The judges of evaluative accusations and the judgements read in a speaker's words (split from
// evaluations.ts): the frame a judgement hangs on and its judge (the subject of a judging verb, or the
// speaker of `قال … إن`), and three readings that need a speaker rather than a judging verb: an
// attributive evaluation of a state's conduct (`أنشطة إيران المزعزعة للاستقرار`), an evaluation with a
// nisba in reported speech, and a deed told as done (`إن روسيا استخدمت غاز الأعصاب`).
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { withPartner } from "./clauses.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";
import { type Evaluation, type Evaluations, phraseAt } from "./evaluation-lexicon.ts";
import { adjoining, type Judgement, quotedBy, stateOf } from "./evaluation-quotes.ts";
import { pastOpeningGenitive } from "./opening-genitive.ts";
import { carriedJudge } from "./carried-judge.ts";
import { participleJudge } from "./participle-judge.ts";

/**
 * A verb whose subject judges the clause after its complementizer: speech (`قال … إن`), and a finding,
 * a belief, a claim or an insistence (`خلصت الأمم المتحدة إلى أن الحكومة السورية مسؤولة`، `تصر بريطانيا
 * على أن روسيا تقف وراء`, cue `conclude`): whoever concludes or insists that a state did it charges it.
 */
export const saying = (t: Token, cues: EventCues): boolean =>
  tokenIn(cues.speech, t) || (tokenIn(cues.conclude, t) && !future(t, cues));

/** `ستخلص إلى أن`: a conclusion still to come charges no one yet. */
const future = (t: Token, cues: EventCues): boolean =>
  !cues.conclude.has(t.key) && t.bare.some((b) => b.prefix.includes("س") && cues.conclude.has(b.key));

/** How many tokens after a judging verb its evaluation may stand (`اعتبرت … أن إعلان إثيوبيا بدء …`). */
export const JUDGE_REACH = 18;
/** How many tokens after a judging verb its subject may start (`اعتبرت، الثلاثاء، وزارة …`). */
const SUBJECT_REACH = 2;
/** How far a judge's nisba may stand after a title opening the subject (`المتحدث باسم وزارة الخارجية الصينية`). */
const TITLE_REACH = 4;

export interface Frame {
  at: number;
  /** A judging verb (its subject judges), else a copula after `قال … إن` (the speaker judges). */
  judging: boolean;
  /** A participle (`معتبرة`): its subject stands before it. */
  participle: boolean;
  /** Where the judged stretch starts. */
  from: number;
  /** The speech verb of `قال … إن` whose speaker judges: the accusation is the saying, dated by its clause. */
  speech?: number;
}

/**
 * The judge: the subject right after a judging verb (`اعتبرت وزارة الخارجية المصرية`), else the
 * subject before it in the sentence (`إيران اعتبرت`، a participle's `أعربت واشنطن …، معتبرة`); for
 * a copula, the speaker named between the speech verb and `إن`.
 */
export function judgeOf(
  tokens: readonly Token[],
  sentence: Sentence,
  frame: Frame,
  units: readonly PartyUnit[],
  cues: EventCues,
  ev: Evaluations,
): PartyUnit | null {
  const state = (u: PartyUnit | undefined) => (u && stateOf(u) !== null ? u : null);
  if (frame.judging) {
    // وكان الرئيس الأمريكي قد وصف ترودو بـ…: the pluperfect's subject stands between كان and قد.
    const pluperfect = pluperfectSubject(tokens, sentence, frame.at, units, cues);
    if (pluperfect) {
      frame.from = frame.at + 1;
      return state(pluperfect);
    }
    // وصفت روسيا العملية الأوكرانية: a nisba further on is the object's adjective, not the subject,
    // unless a title opens the subject (`اعتبر وزير الخارجية الإيراني`، `وصف الرئيس الفرنسي`).
    const titled = tokenIn(ev.title, tokens[frame.at + 1]);
    const reach = titled ? TITLE_REACH : SUBJECT_REACH;
    const after = frame.participle
      ? undefined
      : units.find(
          (u) =>
            u.first > frame.at &&
            u.first <= frame.at + 1 + reach &&
            (u.first === frame.at + 1 || u.type !== "NISBA" || titled),
        );
    const opened = (u: PartyUnit) =>
      tokens.slice(frame.at + 1, u.first).some((t) => isComplementizer(t, cues));
    if (after && !opened(after) && !/[لب]/u.test(after.prefix)) {
      frame.from = after.end;
      return state(after);
    }
    const before = units.filter((u) => u.end <= frame.at);
    // تغريدة الأمير …، نفى فيها الوزير …، واصفا: an opening noun's genitive is no participle's subject.
    return state(
      frame.participle ? pastOpeningGenitive(tokens, sentence.firstToken, before, cues) : before[0],
    );
  }
  const speech = units.filter((u) => u.end <= frame.from);
  for (let i = sentence.firstToken; i < frame.from; i++) {
    // A verb of concluding speaks only as the judgement's own frame (`أصر … على موقفه، وأكد دعمه لبريطانيا
    // و"ترجيحها" بأن`: the speech verb nearer the clause frames it).
    const participle = tokenIn(cues.speechParticiple, tokens[i]);
    if (!tokenIn(cues.speech, tokens[i]) && !participle && i !== frame.speech) continue;
    // لكن الولايات المتحدة قالت إن …: with no speaker after the verb, its subject right before it speaks.
    // وكانت بريطانيا قد قالت إن …: the pluperfect's subject stands between كان and قد.
    // قال في مؤتمر صحفي مع نظيره السعودي إن …: the partner after مع is no speaker (clauses.ts).
    const speaker = state(
      speech.find((u) => u.first > i && !withPartner(tokens, i, u.first)) ??
        speech.find((u) => u.end === i && u.prefix === "") ??
        pluperfectSubject(tokens, sentence, i, speech, cues) ??
        // ردت كندا …، قائلة إن …: a participle of speech has the sentence's subject before it.
        (participle
          ? pastOpeningGenitive(
              tokens,
              sentence.firstToken,
              speech.filter((u) => u.end <= i),
              cues,
            )
          : undefined),
    );
    return speaker && withCoordinated(speaker, speech);
  }
  return null;
}

/**
 * `وكان الرئيس الأمريكي دونالد ترامب قد وصف …`: a judging verb right after قد, with a form of كان (cue
 * `pluperfect_aux`) earlier in the sentence, has its subject between the two: the first party there.
 */
function pluperfectSubject(
  tokens: readonly Token[],
  sentence: Sentence,
  at: number,
  units: readonly PartyUnit[],
  cues: EventCues,
): PartyUnit | null {
  if (tokens[at - 1]?.key !== "قد") return null;
  let aux = -1;
  for (let j = at - 2; j >= Math.max(sentence.firstToken, at - 1 - PLUPERFECT_REACH); j--)
    if (tokenIn(cues.pluperfectAux, tokens[j])) {
      aux = j;
      break;
    }
  if (aux < 0) return null;
  return units.find((u) => u.first > aux && u.end < at && !/[لب]/u.test(u.prefix)) ?? null;
}

/** How many tokens a pluperfect's subject may take between كان and قد (`الرئيس الأمريكي دونالد ترامب`). */
const PLUPERFECT_REACH = 8;

/**
 * `وتقول بريطانيا والولايات المتحدة إن موسكو وراء الحادث`: states coordinated with و right after the
 * speaker speak with it; the judge is the list.
 */
function withCoordinated(speaker: PartyUnit, units: readonly PartyUnit[]): PartyUnit {
  const list = [speaker];
  for (let u = speaker; ;) {
    const next = units.find((v) => v.first === u.end && v.prefix.startsWith("و") && stateOf(v) !== null);
    if (!next) break;
    list.push(next);
    u = next;
  }
  if (list.length === 1) return speaker;
  return { ...speaker, end: (list.at(-1) as PartyUnit).end, parties: list.flatMap((u) => u.parties) };
}

/**
 * `قال فوتيل إن أعمال إيران المزعزعة للاستقرار تهديد مستمر`، `قال ترامب: "… سلوك إيران الخبيث"`: an
 * attributive evaluation (kind `attributive`) with a state right before it, as the genitive or the nisba
 * of the act it qualifies, is the charge of the speaker whose words hold it: the quotation's speaker, else
 * the speaker of `قال … إن` before it in the sentence. In the reporter's own words it is a description, no
 * event; a state after a preposition (`لإيران`، `ضد إيران`) is no owner.
 */
export function attributed(
  arabic: ArabicText,
  sentence: Sentence,
  k: number,
  evaluation: Evaluation,
  mine: readonly PartyUnit[],
  units: readonly PartyUnit[],
  cues: EventCues,
  ev: Evaluations,
): Judgement | null {
  const { tokens } = arabic;
  const owner = mine.find(
    (u) =>
      u.end === k &&
      (u.type === "GPE" || u.type === "NISBA") &&
      stateOf(u) !== null &&
      !/[لب]/u.test(u.prefix) &&
      !tokenIn(ev.victim, tokens[u.first - 1]),
  );
  if (!owner) return null;
  return speakersCharge(arabic, sentence, k, owner.first, owner, evaluation, mine, units, cues, ev);
}

/**
 * The charge against `owner` of the evaluation at `k`, judged by whoever speaks the words that hold it:
 * the quotation's speaker, else the judge of the `قال … إن` frame found looking back from `from` (or the
 * speaker carried from the sentence before). No charge when that judge has no state or is the owner's own.
 */
export function speakersCharge(
  arabic: ArabicText,
  sentence: Sentence,
  k: number,
  from: number,
  owner: PartyUnit,
  evaluation: Evaluation,
  mine: readonly PartyUnit[],
  units: readonly PartyUnit[],
  cues: EventCues,
  ev: Evaluations,
): Judgement | null {
  const said = quotedBy(arabic, k, units, cues);
  let actor: PartyUnit | null;
  let speech: number | null;
  let reported: number;
  if (said) {
    actor = said.speaker;
    speech = said.verb;
    reported = said.opening;
  } else {
    const frame = reportedFrame(arabic.tokens, sentence, from, k, cues, ev);
    if (!frame) return null;
    actor =
      judgeOf(arabic.tokens, sentence, frame, mine, cues, ev) ??
      carriedJudge(arabic, sentence, frame.speech, frame.from, units, cues);
    speech = frame.speech ?? null;
    reported = frame.from;
  }
  if (!actor || stateOf(actor) === null || stateOf(actor) === stateOf(owner)) return null;
  return { evaluation, frame: k, at: k, speech, reported, actor, recipient: [owner] };
}

/** The `قال … إن` whose reported clause holds the token at `from`, looking back in its clause. */
export function reportedFrame(
  tokens: readonly Token[],
  sentence: Sentence,
  from: number,
  k: number,
  cues: EventCues,
  ev: Evaluations,
): Frame | null {
  let complement: number | null = null;
  let nested = false;
  for (let j = from - 1; j >= Math.max(sentence.firstToken, from - JUDGE_REACH); j--) {
    const t = tokens[j] as Token;
    if (phraseAt(tokens, j, ev.stop)) break;
    if (isComplementizer(t, cues)) {
      // قال ماكرون إن لديه أدلة على أن الحكومة السورية …: the nearer complementizer opens the clause.
      if (complement !== null && nested) return null;
      if (complement !== null) nested = true;
      else complement = j;
    } else if (saying(t, cues) || tokenIn(cues.speechParticiple, t)) {
      // رد روحاني قائلا إن أمريكا فشلت …: a participle of speech frames the clause as its verb does.
      if (complement === null) return null;
      return { at: k, judging: false, participle: false, from: complement + 1, speech: j };
    }
  }
  return null;
}

/**
 * `قال وزير الخارجية السوري إن العدوان الإسرائيلي على مطار دمشق لن يمر دون رد`: outside quotation
 * marks, an evaluation of the `quoted` groups with another state's nisba (or the state as its genitive:
 * `عدوان إسرائيل`) right after it, in the clause the speaker of `قال … إن` reports, is that speaker's
 * charge, as it is inside quotation marks. Not after أي (`ردع أي عدوان إيراني`: none charged).
 */
export function reportedNisba(
  arabic: ArabicText,
  sentence: Sentence,
  k: number,
  evaluation: Evaluation,
  mine: readonly PartyUnit[],
  cues: EventCues,
  ev: Evaluations,
  units: readonly PartyUnit[] = mine,
): Judgement | null {
  const { tokens } = arabic;
  if (!ev.quoted.has(evaluation.group) || tokenIn(cues.anyWord, tokens[k - 1])) return null;
  const owner = mine.find(
    (u) =>
      u.first === k + evaluation.words.length &&
      (u.type === "NISBA" || (u.type === "GPE" && u.prefix === "" && adjoining(arabic, u.first))) &&
      stateOf(u) !== null,
  );
  if (!owner) return null;
  const frame = reportedFrame(tokens, sentence, k, k, cues, ev);
  if (!frame) return null;
  const actor =
    judgeOf(tokens, sentence, frame, mine, cues, ev) ??
    carriedJudge(arabic, sentence, frame.speech, frame.from, units, cues);
  if (!actor || stateOf(actor) === null || stateOf(actor) === stateOf(owner)) return null;
  return {
    evaluation,
    frame: k,
    at: k,
    speech: frame.speech ?? null,
    reported: frame.from,
    actor,
    recipient: [owner],
  };
}

/**
 * `قال روحاني إن الولايات المتحدة تسعى إلى زعزعة استقرار المنطقة`، `قالت ماي إن روسيا استخدمت غاز
 * الأعصاب`: a wrongdoing told as done (kind `deed`) in a state speaker's words is the speaker's charge
 * against the reported clause's subject, the first other state between the clause's start and the deed
 * (not after a preposition: `مع السعودية`، `على روسيا`). Not when a word of fighting it stands right
 * before (`مكافحة تمويل الإرهاب`), nor when a charge or a denial stands between (`إن إيران تتهم السعودية
 * بزعزعة`، `إن روسيا نفت استخدام`: those verbs tell another's charge).
 */
export function deedOf(
  arabic: ArabicText,
  sentence: Sentence,
  k: number,
  evaluation: Evaluation,
  mine: readonly PartyUnit[],
  units: readonly PartyUnit[],
  cues: EventCues,
  ev: Evaluations,
): Judgement | null {
  const { tokens } = arabic;
  if (tokenIn(ev.counter, tokens[k - 1]) || tokenIn(cues.anyWord, tokens[k - 1])) return null;
  let frame = reportedFrame(tokens, sentence, k, k, cues, ev);
  let actor: PartyUnit | null;
  if (frame) {
    actor =
      participleJudge(tokens, frame.speech, mine, cues) ??
      judgeOf(tokens, sentence, frame, mine, cues, ev) ??
      carriedJudge(arabic, sentence, frame.speech, frame.from, units, cues);
    // نقل الأموال إلى العراق: a state after a preposition is no speaker.
    if (actor && afterPrepositionUnit(tokens, actor, cues)) return null;
  } else {
    const said = quotedBy(arabic, k, units, cues);
    if (!said || !speakerUnit(tokens, said.speaker, cues, ev)) return null;
    actor = said.speaker;
    frame = { at: k, judging: false, participle: false, from: said.opening, speech: said.verb };
  }
  if (!actor || stateOf(actor) === null) return null;
  const judge = stateOf(actor);
  // The deed's subject is the state nearest before it (`برنامج إيران الصاروخي، ودعمها للإرهاب`).
  const owner = mine.findLast(
    (u) =>
      u.first >= (frame as Frame).from &&
      u.end <= k &&
      stateOf(u) !== null &&
      stateOf(u) !== judge &&
      !/[لب]/u.test(u.prefix) &&
      !tokenIn(ev.victim, tokens[u.first - 1]) &&
      !tokenIn(cues.preposition, tokens[u.first - 1]) &&
      !tokenIn(cues.personHead, tokens[u.first - 1]),
  );
  if (!owner) return null;
  if (ev.subjectDeed.has(evaluation.group) && !clauseSubject(owner, frame, k, mine)) return null;
  const between = tokens.slice(owner.end, k);
  if (
    between.some(
      (t) => tokenIn(cues.chargeVerb, t) || tokenIn(cues.chargeNoun, t) || tokenIn(cues.denialVerb, t),
    )
  )
    return null;
  return {
    evaluation,
    frame: k,
    at: k,
    speech: frame.speech ?? null,
    reported: frame.from,
    actor,
    recipient: [owner],
  };
}

/** Words a subject may stand from the clause's start (`إن إيران`، `إن حكومة إيران`) and from its deed. */
const SUBJECT_OPENS = 1;
const DEED_REACH = 6;

/**
 * `إن إسرائيل تحتل الجولان`، `إن إيران تواصل تسليح الميليشيات`: the owner opens the reported clause, no
 * other party stands between it and the deed, and the deed follows within a few words.
 */
function clauseSubject(owner: PartyUnit, frame: Frame, k: number, mine: readonly PartyUnit[]): boolean {
  if (owner.first - frame.from > SUBJECT_OPENS || k - owner.end > DEED_REACH) return false;
  return !mine.some((u) => u !== owner && u.first >= owner.end && u.first < k);
}

/**
 * A quotation's speaker that speaks for its state: not a state after a preposition (`نقل الأموال إلى
 * العراق`), and a nisba only after a title (`وزير الخارجية السعودي`; not `الإعلامي السعودي`).
 */
function speakerUnit(tokens: readonly Token[], u: PartyUnit, cues: EventCues, ev: Evaluations): boolean {
  if (afterPrepositionUnit(tokens, u, cues)) return false;
  return (
    u.type !== "NISBA" || tokenIn(ev.title, tokens[u.first - 1]) || tokenIn(ev.title, tokens[u.first - 2])
  );
}

const afterPrepositionUnit = (tokens: readonly Token[], u: PartyUnit, cues: EventCues): boolean =>
  /[لب]/u.test(u.prefix) || tokenIn(cues.preposition, tokens[u.first - 1]);

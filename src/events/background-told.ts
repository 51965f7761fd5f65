// Acts told as background of the news with no date of their own: the pluperfect (`وكانت روسيا قد
// اتهمت`). Read by event-record.ts with act-dates.ts's past-time phrases (`pastTold`): such an act keeps
// no date rather than the publication day.
import { keyOf } from "../arabic/normalize.ts";
import { tokenIs } from "../arabic/tokens.ts";
import type { ArabicText, DateMention, Sentence, Token } from "../pipeline/types.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";
import { opensBackground } from "./background-break.ts";
import { markBetween } from "../arabic/gaps.ts";

/** How far after `قد` the act's word may stand (`قد أعلنت`، `قد قامت بزيارة`، `قد أجرى الوزير محادثات`). */
const AFTER_QAD = 3;
/** How far before `قد` the form of `كان` may stand, past the subject and its title and name (`وكانت مندوبة بريطانيا لدى الأمم المتحدة، كارين بيرس، قد طالبت`). */
const AUX_REACH = 12;

/**
 * وكانت اليونان قد استدعت السفير، وكان قد هدد الوزير الهندي بأن: an act whose word stands up to 3 words
 * after `قد` (no comma between), with a form of `كان` (cue pluperfect_aux) up to 12 words before that
 * `قد` in its sentence and no relative pronoun or clause break (cue clause_break) between, is told in
 * the pluperfect: done before the news, at a time the text does not give when its clause names no date.
 * Not an act before the `قد` (`لقاء الوزيرين … كان قد دفعه`), nor one in a relative clause of the
 * subject (`الاتفاق الذي وقعته … كان قد`).
 */
export function pluperfectTold(
  arabic: ArabicText,
  sentence: Sentence,
  hit: { first: number },
  cues: EventCues,
): boolean {
  const { tokens } = arabic;
  for (let q = hit.first - 1; q >= Math.max(sentence.firstToken, hit.first - AFTER_QAD); q--) {
    const t = tokens[q] as Token;
    if (markBetween(arabic.text, t.end, (tokens[q + 1] as Token).start)) return false;
    if (!tokenIs(t, QAD_KEY)) continue;
    for (let k = q - 1; k >= Math.max(sentence.firstToken, q - AUX_REACH); k--) {
      const w = tokens[k] as Token;
      if (tokenIn(cues.pluperfectAux, w)) return true;
      if (tokenIn(cues.relative, w) || tokenIn(cues.clauseBreak, w)) return false;
    }
    return false;
  }
  return false;
}

/** How far after a sentence's opening `كان` the verb of a pluperfect without `قد` may stand (`وكان رئيس الوزراء الكندي جاستن ترودو زار`). */
const AUX_TO_VERB = 6;

/**
 * وكان ترودو زار المكسيك، وكانت اليابان فرضت رسوما: a sentence (or a clause after a comma, with its و:
 * `…، وكانت روسيا ضمت القرم`) that opens with a form of `كان`
 * (cue pluperfect_aux, with its و or ف) followed within 6 words by the act's verb in the perfect (`perfect`),
 * with no comma, relative pronoun, clause break or `أن` between, tells the act in the pluperfect without
 * `قد`: done before the news, at a time the text does not give when its clause names no date. Not `كان`
 * as a copula before a noun (`وكان الهدف من الزيارة بحث`), nor an act after `أن` (`وكان ذلك بعد أن`).
 */
export function openingPluperfect(
  arabic: ArabicText,
  sentence: Sentence,
  hit: { first: number },
  perfect: boolean,
  cues: EventCues,
): boolean {
  const { tokens } = arabic;
  const aux = clauseAux(arabic, sentence, hit.first, cues);
  if (!perfect || aux < 0) return false;
  for (let k = aux + 1; k < hit.first; k++) {
    const t = tokens[k] as Token;
    if (tokenIn(cues.relative, t) || tokenIn(cues.clauseBreak, t) || isComplementizer(t, cues)) return false;
    if (markBetween(arabic.text, (tokens[k - 1] as Token).end, t.start)) return false;
  }
  return true;
}

/**
 * The form of `كان` (cue pluperfect_aux) that opens the sentence, or a clause after a comma with its و (`…،
 * وكانت`), 2 to 6 words before the act's word at `first`: the nearest such; -1 when there is none.
 */
function clauseAux(arabic: ArabicText, sentence: Sentence, first: number, cues: EventCues): number {
  for (let k = first - 2; k >= Math.max(sentence.firstToken, first - AUX_TO_VERB); k--) {
    if (k === sentence.firstToken && tokenIn(cues.pluperfectAux, arabic.tokens[k])) return k;
    if (opensBackground(arabic, k, cues)) return k;
  }
  return -1;
}

/**
 * وكانت اليونان قد استدعت سفيرها من أنقرة وطردت الملحق التركي: a verb in the perfect (`perfect`) joined by
 * و (`prefix`) after a pluperfect `كان … قد` earlier in its sentence continues the pluperfect: done before
 * the news, at a time the text does not give when its clause names no date.
 */
export function joinedPluperfect(
  arabic: ArabicText,
  sentence: Sentence,
  hit: { first: number; prefix: string },
  perfect: boolean,
  cues: EventCues,
): boolean {
  if (!perfect || !hit.prefix.startsWith("و")) return false;
  const { tokens } = arabic;
  let aux = false;
  for (let k = sentence.firstToken; k < hit.first; k++) {
    const t = tokens[k] as Token;
    if (tokenIn(cues.pluperfectAux, t)) aux = true;
    else if (aux && tokenIs(t, QAD_KEY)) return true;
  }
  return false;
}

/**
 * وكانت الولايات المتحدة قد أعادت فرض العقوبات بعد قرار ترامب الانسحاب من الاتفاق، وكان بوتين قد تحدث عن
 * القضية أثناء زيارته إلى تركيا: a sentence that opens with a form of `كان` (cue pluperfect_aux, with its و or
 * ف) and `قد` within 12 words after it (no relative pronoun or clause break between) is told in the pluperfect
 * as a whole: every act after that `قد` (a noun after the verb, an act the verb reports, an act after `بعد`) was
 * done before the news, at a time the text does not give when neither its clause nor the sentence before it
 * names a date (`pluperfectFrameDate`). Not an act after a word of contrast (cue contrast: `لكن السعوديين
 * ينفون`، `فيما قال`), which turns back to the present, nor an act after the ل of purpose (`للقاء`), still
 * ahead when the pluperfect act was done.
 */
export function pluperfectSentence(
  arabic: ArabicText,
  sentence: Sentence,
  hit: { first: number; prefix: string },
  cues: EventCues,
): boolean {
  if (!inPluperfectFrame(arabic, sentence, hit, cues)) return false;
  const from = (arabic.tokens[sentence.firstToken] as Token).start;
  const at = (arabic.tokens[hit.first] as Token).start;
  return !arabic.dates.some((d) => d.start >= from && d.start < at);
}

/**
 * وكانت كانبيرا قد علقت الحوار مع جاكرتا في مارس الماضي، بعد أن اتهمت؛ وكان الوزير قد وصل، الثلاثاء، إلى
 * الرياض للقاء الملك: in a sentence told in the pluperfect as a whole (`pluperfectSentence`), a time the text
 * fixes before the act dates it: the sentence tells one past episode. The last such date before the act; none
 * when `منذ` stands before the act (`قد ساءت منذ وصولها إلى الحكم عام 2016 حيث ترفض`): a state since then.
 */
export function pluperfectFrameDate(
  arabic: ArabicText,
  sentence: Sentence,
  hit: { first: number; prefix: string },
  cues: EventCues,
): DateMention | null {
  if (!inPluperfectFrame(arabic, sentence, hit, cues)) return null;
  for (let k = sentence.firstToken; k < hit.first; k++)
    if (tokenIn(cues.since, arabic.tokens[k])) return null;
  const from = (arabic.tokens[sentence.firstToken] as Token).start;
  const at = (arabic.tokens[hit.first] as Token).start;
  return arabic.dates.filter((d) => d.start >= from && d.end <= at && d.value !== null).at(-1) ?? null;
}

/** The act stands after the `قد` of a sentence opening `وكان … قد`, with no contrast between and no ل of purpose. */
function inPluperfectFrame(
  arabic: ArabicText,
  sentence: Sentence,
  hit: { first: number; prefix: string },
  cues: EventCues,
): boolean {
  const { tokens } = arabic;
  // في طريقه إلى ألمانيا للقاء المستشارة: an act after the ل of purpose is the aim, still ahead then.
  if (hit.prefix.endsWith("ل")) return false;
  const aux = sentence.firstToken;
  if (!tokenIn(cues.pluperfectAux, tokens[aux]) || !/^[وف]/u.test((tokens[aux] as Token).text)) return false;
  let qad = -1;
  for (let k = aux + 1; k <= Math.min(hit.first - 1, aux + AUX_REACH); k++) {
    const t = tokens[k] as Token;
    if (tokenIs(t, QAD_KEY)) {
      qad = k;
      break;
    }
    if (tokenIn(cues.relative, t) || tokenIn(cues.clauseBreak, t)) return false;
  }
  if (qad < 0) return false;
  for (let k = qad + 1; k < hit.first; k++) if (tokenIn(cues.contrast, tokens[k])) return false;
  return true;
}

/** Types of act that a news act most often follows in the same days: a meeting, a charge. */
const WAKE_SAME_DAYS = new Set(["CONSULT", "ACCUSE"]);

/** How many words after a word of the wake the act's noun may stand (`في أعقاب إعلان واشنطن فرض`، `ردا على طرد`). */
const WAKE_REACH = 3;

/**
 * طردت روسيا 23 دبلوماسيا بريطانيا ردا على طرد لندن دبلوماسييها، في أعقاب قرار واشنطن فرض رسوم: an act told as a
 * noun up to 3 words after a word of the wake (cue wake: أعقاب، عقب، إثر، خلفية، ردا), with no comma between,
 * is the earlier act the news follows or answers: done before the news, at a time the text does not give when
 * its clause names no date. Not a verb (`عقب ما أعلنت`), which tells its act as the clause's own; nor a meeting
 * (CONSULT: `قال عقب اجتماعه مع`، `وذلك إثر اتصال هاتفي`), which is most often the occasion of the news, the same
 * day; nor a charge (ACCUSE: `على خلفية اتهام إدارة ترامب للمجلس`، `على خلفية انتقاد كندا`), most often the stance
 * the news act carries out or answers, told again in the same days. The plain words of "after" and "before" (cue
 * wake_plain: `بعد قرار واشنطن الانسحاب`، `قبل الضربة الأمريكية لسوريا`) open an earlier act too, unless a noun of announcing stands between (cue
 * announce_noun: `بعد الإعلان عن توقيع اتفاقية`, the day's news).
 */
export function wakeTold(
  arabic: ArabicText,
  sentence: Sentence,
  hit: { first: number; trigger: { pos: string } },
  type: string,
  cues: EventCues,
): boolean {
  if (hit.trigger.pos !== "noun" || WAKE_SAME_DAYS.has(type)) return false;
  const { tokens } = arabic;
  for (let k = hit.first - 1; k >= Math.max(sentence.firstToken, hit.first - WAKE_REACH); k--) {
    const t = tokens[k] as Token;
    if (markBetween(arabic.text, t.end, (tokens[k + 1] as Token).start)) return false;
    if (tokenIn(cues.wake, t)) return true;
    // بعد قرار واشنطن الانسحاب، قبل الضربة الأمريكية لسوريا: the plain words of "after" and "before" open an earlier act too;
    // not `بعد الإعلان عن توقيع اتفاقية`, where the announcing, and the act it tells, is the day's news.
    if (tokenIn(cues.wakePlain, t)) {
      for (let q = k + 1; q < hit.first; q++) if (tokenIn(cues.announceNoun, tokens[q])) return false;
      return true;
    }
  }
  return false;
}

/**
 * وكان ترامب قد انتقد الاتفاق، مضيفا أن إيران خالفت روحه: a charge read from a claim clause (carrier
 * `behind`) whose speaker's clause, before the complementizer at `reported`, is in the pluperfect (a form of
 * `كان` with `قد` within 12 words after it) was told before the news.
 */
export function pluperfectClaim(
  arabic: ArabicText,
  sentence: Sentence,
  reported: number,
  cues: EventCues,
): boolean {
  const { tokens } = arabic;
  for (let k = sentence.firstToken; k < reported; k++) {
    if (!tokenIn(cues.pluperfectAux, tokens[k])) continue;
    for (let q = k + 1; q < Math.min(reported, k + AUX_REACH + 1); q++)
      if (tokenIs(tokens[q] as Token, QAD_KEY)) return true;
  }
  return false;
}

/** The particle `قد` by key (after-clause.ts reads it too). */
export const QAD_KEY = keyOf("قد");

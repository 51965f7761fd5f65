// An act told as background of a time the text does not give: with a past-time phrase next to its verb
// (`وسبق أن اتهمت`، `في السابق`، `حينها`) or opening its sentence (`وقبل أشهر قليلة،`), as the origin
// of a crisis told before it, or right after `منذ` (the start of a state of things). Split from
// act-dates.ts.
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import type { ClauseSpan } from "./clauses.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";
import { markBetween } from "../arabic/gaps.ts";

/** How far before a trigger a past-time phrase may stand (`وسبق أن اتهمت`، `قالت في السابق إنها تدعم`). */
const PAST_BEFORE = 3;
/** How far after the trigger's end, past its subject, a past-time phrase may stand (`اتهم الرئيس الفنزويلي في السابق`). */
const PAST_AFTER = 5;

/**
 * وسبق أن اتهمت إيران السعودية …، وهدد ترامب في السابق بالانسحاب …، ألقت روسيا سابقا باللائمة على: an
 * act told with a past-time phrase (cue past_time) next to its verb, with no date of its own, is
 * background of a time the text does not give, not an act of the publication day. The phrase stands up
 * to 3 words before the trigger in its sentence, or up to 5 after it in its clause, with no comma and
 * (after it) no relative pronoun between: `العقوبات التي أعلنتها سابقا` dates the relative clause's act.
 * The date stays null with no date_text, so the act still folds into the same act told before it
 * (mergeRepeats); a date_text kept it apart and opened a retold warning as an event of its own.
 */
export function pastTold(
  arabic: ArabicText,
  sentence: Sentence,
  span: ClauseSpan,
  hit: { first: number; end: number; trigger?: { pos: string } },
  cues: EventCues,
): boolean {
  const { tokens } = arabic;
  for (let k = Math.max(sentence.firstToken, hit.first - PAST_BEFORE); k < hit.first; k++) {
    const n = pastAt(tokens, k, cues);
    if (n === 0 || k + n > hit.first) continue;
    if (!markBetween(arabic.text, (tokens[k + n - 1] as Token).end, (tokens[hit.first] as Token).start))
      return true;
  }
  if (openingPast(arabic, sentence, hit.first, cues) || thenTitled(arabic, sentence, hit.first, cues))
    return true;
  if (crisisOrigin(tokens, sentence, hit.first, cues)) return true;
  if (asideThen(arabic, sentence, hit, cues)) return true;
  if (sinceAct(tokens, sentence, hit.first, cues)) return true;
  const last = Math.min(span.end, hit.end + PAST_AFTER);
  for (let k = hit.end; k < last; k++) {
    const t = tokens[k] as Token;
    if (tokenIn(cues.relative, t)) return false;
    if (k > hit.end && markBetween(arabic.text, (tokens[k - 1] as Token).end, t.start)) return false;
    const n = pastAt(tokens, k, cues);
    if (n > 0 && k + n <= span.end) return true;
    if (beforeTold(arabic, hit, k, cues)) return true;
  }
  return false;
}

/**
 * هدد من قبل بوقف مساهمة بلاده، رفضت روسيا هذه المزاعم من قبل، اقترحت تلك الفكرة من قبل لإدارة أوباما: `من قبل`
 * (cue before_adverb) at `k`, after the act's verb, is "before" when a stop or the sentence's end follows it, or
 * a preposition, or a word with ل on it (`لإدارة`), or when it stands right after an active perfect verb, which
 * takes no agent (not a verbal noun after `تم`); else it names the agent of a passive or a noun (`فرض عقوبات من قبل وزارة الخزانة`).
 */
function beforeTold(
  arabic: ArabicText,
  hit: { first: number; end: number; trigger?: { pos: string } },
  k: number,
  cues: EventCues,
): boolean {
  const { tokens } = arabic;
  const t = tokens[k] as Token;
  const q = tokens[k + 1];
  if (!q || q.sentence !== t.sentence || !cues.beforeAdverb.has(`${t.key} ${q.key}`)) return false;
  const verb = tokens[hit.first] as Token;
  // فرض … after تم is a verbal noun of a passive, whose agent `من قبل` may name.
  if (k === hit.end && hit.trigger?.pos === "verb" && !/^[يتن]/u.test(verb.key))
    if (!tokenIn(cues.passiveAux, tokens[hit.first - 1])) return true;
  const n = tokens[k + 2];
  if (!n || n.sentence !== t.sentence) return true;
  if (markBetween(arabic.text, q.end, n.start)) return true;
  if (tokenIn(cues.preposition, n) && n.key !== t.key) return true;
  return n.bare.some((b) => b.prefix.replace(/^[وف]/u, "") === "ل");
}

/** How far past an opening past-time phrase, a comma between, the act's word may stand (`وقبل أشهر قليلة، أدانت`). */
const OPENING_REACH = 4;

/**
 * وقبل أشهر قليلة، أدانت السعودية القرار؛ وحينها، فرضت لندن عقوبات: a past-time phrase that opens the
 * sentence sets the time of the act told right after it, past a comma that closes the phrase (and one word
 * that qualifies it, `قليلة`), up to 4 words on, with no other stop between.
 */
function openingPast(arabic: ArabicText, sentence: Sentence, first: number, cues: EventCues): boolean {
  const { tokens } = arabic;
  const n = pastAt(tokens, sentence.firstToken, cues);
  const end = sentence.firstToken + n;
  if (n === 0 || end > first || first - end > OPENING_REACH) return false;
  const gap = arabic.text.slice((tokens[end - 1] as Token).end, (tokens[first] as Token).start);
  return !/[؛;:.]/u.test(gap) && (gap.match(/[،,]/gu) ?? []).length <= 1;
}

/**
 * `وكان سفير الأمم المتحدة آنذاك، جون بولتون، … ينتقد`، `وقال وزير الخارجية حينها …`: a word of "at that
 * time" (cue time_qualifier) in the sentence's opening stretch, before its first comma and before the act,
 * names the subject by the post it held then: the act is told of that past time, not of the publication day.
 */
function thenTitled(arabic: ArabicText, sentence: Sentence, first: number, cues: EventCues): boolean {
  const { tokens } = arabic;
  for (let k = sentence.firstToken; k < first; k++) {
    if (tokenIn(cues.timeQualifier, tokens[k])) return k > sentence.firstToken;
    if (markBetween(arabic.text, (tokens[k] as Token).end, (tokens[k + 1] as Token).start)) return false;
  }
  return false;
}

/**
 * The date of an act whose subject is named by the post it held then (thenTitled): the last date told in the
 * sentence before (`… عندما تأسس في عام 2006. وكان سفير الأمم المتحدة آنذاك …`), null when it tells none,
 * undefined when the act is not so told.
 */
export function thenDate(
  arabic: ArabicText,
  sentence: Sentence,
  first: number,
  cues: EventCues,
): string | null | undefined {
  if (!thenTitled(arabic, sentence, first, cues)) return undefined;
  const index = arabic.tokens[sentence.firstToken]?.sentence ?? 0;
  const before = arabic.sentences[index - 1];
  if (!before) return null;
  const told = arabic.dates.filter(
    (d) => d.start >= before.start && d.end <= sentence.start && d.value !== null,
  );
  return told[told.length - 1]?.value ?? null;
}

/** How far before an act the crisis it started may be named (`واندلعت الأزمة قبل نحو عامين، حين اتهمت`). */
const ORIGIN_REACH = 8;

/**
 * ونشب الخلاف بين البلدين بشأن …، واندلعت الأزمة … عقب توقيف: an act told up
 * to 8 words after a crisis breaking out (cue origin_verb with a crisis_noun right after it) is the crisis's
 * origin, told as background of a time the text does not give.
 */
function crisisOrigin(tokens: readonly Token[], sentence: Sentence, first: number, cues: EventCues): boolean {
  for (let k = first - 1; k > Math.max(sentence.firstToken, first - 1 - ORIGIN_REACH); k--)
    if (tokenIn(cues.crisisNoun, tokens[k]) && tokenIn(cues.originVerb, tokens[k - 1])) return true;
  return false;
}

/**
 * منذ اعترف ترامب بالقدس عاصمة لإسرائيل، منذ أن فرضت السعودية: an act told right after `منذ` (or `منذ أن`)
 * is the starting point of a state of things, an earlier act of a time the text does not give here.
 */
function sinceAct(tokens: readonly Token[], sentence: Sentence, first: number, cues: EventCues): boolean {
  const before = first - 1;
  if (before < sentence.firstToken) return false;
  if (tokenIn(cues.since, tokens[before])) return true;
  return (
    before > sentence.firstToken &&
    isComplementizer(tokens[before], cues) &&
    tokenIn(cues.since, tokens[before - 1])
  );
}

/**
 * في ظل اتفاق مسبق بين الجانبين، مناقضا تصريحاته السابقة، كرر ترامب تهديداته السابقة: an act's noun qualified by an
 * adjective of an earlier time (cue past_adjective) standing right after it names an earlier act, background of a
 * time the text does not give, before the day its clause tells (`انتقد يوم الاثنين تصريحاته السابقة`): it is
 * read even when the clause names a date. Only right after the noun (and in its sentence): `اتهم الرئيس السابق`
 * qualifies a person.
 */
export function priorNoun(
  tokens: readonly Token[],
  hit: { first: number; end: number; trigger?: { pos: string } },
  cues: EventCues,
): boolean {
  if (hit.trigger?.pos !== "noun") return false;
  const last = tokens[hit.end - 1];
  const next = tokens[hit.end];
  return (
    next !== undefined &&
    last !== undefined &&
    next.sentence === last.sentence &&
    tokenIn(cues.pastAdjective, next)
  );
}

/**
 * How many tokens of a past-time phrase start at `k` (one word, two: `في السابق`، `وسبق أن`, or three: `في ذلك
 * الحين`، `في تلك الفترة`), else 0.
 */
function pastAt(tokens: readonly Token[], k: number, cues: EventCues): number {
  const t = tokens[k] as Token;
  if (tokenIn(cues.pastTime, t)) return 1;
  const n = tokens[k + 1];
  if (!n || n.sentence !== t.sentence) return 0;
  if (cues.pastTime.has(`${t.key} ${n.key}`)) return 2;
  for (const b of t.bare) if (cues.pastTime.has(`${b.key} ${n.key}`)) return 2;
  const m = tokens[k + 2];
  if (!m || m.sentence !== t.sentence) return 0;
  if (cues.pastTime.has(`${t.key} ${n.key} ${m.key}`)) return 3;
  for (const b of t.bare) if (cues.pastTime.has(`${b.key} ${n.key} ${m.key}`)) return 3;
  return 0;
}

/** How far after the act's word a past-time phrase between commas may stand (`رفضت الصين، آنذاك، الاقتراح`). */
const ASIDE_AFTER = 3;

/**
 * وأعرب الوزير، آنذاك، عن رفضه؛ وذكرت الصحيفة، في ذلك الحين، أن …؛ رفضت الصين، حينها، الاقتراح: a past-time
 * phrase set off by a comma on each side is an aside on the time of the sentence's telling. An act after it in its
 * sentence, with no clause break or word of contrast between, or one whose word stands up to 3 words before it, is
 * background of that past time, not an act of the publication day.
 */
function asideThen(
  arabic: ArabicText,
  sentence: Sentence,
  hit: { first: number; end: number },
  cues: EventCues,
): boolean {
  const { tokens } = arabic;
  const last = Math.min(sentence.endToken, hit.end + ASIDE_AFTER);
  for (let k = sentence.firstToken + 1; k < last; k++) {
    const n = pastAt(tokens, k, cues);
    if (n === 0 || k + n >= sentence.endToken || (k < hit.end && k + n > hit.first)) continue;
    const before = arabic.text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start);
    const after = arabic.text.slice((tokens[k + n - 1] as Token).end, (tokens[k + n] as Token).start);
    if (!/[،,]/u.test(before) || !/[،,]/u.test(after)) continue;
    if (k >= hit.end) return true;
    let open = true;
    for (let q = k + n; q < hit.first && open; q++)
      if (tokenIn(cues.clauseBreak, tokens[q]) || tokenIn(cues.contrast, tokens[q])) open = false;
    if (open) return true;
  }
  return false;
}

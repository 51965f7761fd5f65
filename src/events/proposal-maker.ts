// A refusal of a proposal named only by a definite noun (`ولكن الولايات المتحدة رفضت الفكرة`، `سارع إلى رفض
// العرض`) answers the state that made it, told in one of the two sentences before by a word of proposing,
// demanding, offering or warning (cue `proposal_word`: `اقترح`، `عرض`، `طالبت`، `حذر`): the state named
// nearest that word, as its subject before it (`وكان الرئيس التركي … قد اقترح`) or its agent right after it
// (`وجاء عرض الوساطة من خلال الرئيس الفرنسي`). Guards: the noun has no genitive or relative of its own
// (those name the maker in the sentence: `رفضت المقترح الروسي`); a refusal on a condition answers nothing;
// when the state nearest the word is the refuser's own (`طالبت الدول المجاورة لقطر … ورفضت قطر المطالب`),
// or two states stand there, no maker is read. A refusal of a proposal told in the pluperfect is background
// of no date (refusedBackground, read by event-record.ts).
import type { ArabicText, Party, Sentence, Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { pluperfectTold } from "./background-told.ts";
import { anyIn, type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many sentences back the word of proposing may stand. */
const BACK = 2;
/** How many words before the word of proposing its subject may end (`الرئيس التركي، فلان، قد اقترح`). */
const BEFORE = 6;
/** How many words after it its agent may start (`عرض الوساطة من خلال الرئيس الفرنسي`). */
const AFTER = 5;

/** The word of proposing in the nearest of the BACK sentences before `sentenceIndex` that holds one, or -1. */
function proposalWordBefore(arabic: ArabicText, words: ReadonlySet<string>, sentenceIndex: number): number {
  for (let back = 1; back <= BACK; back++) {
    const s = arabic.sentences[sentenceIndex - back] as Sentence | undefined;
    if (!s) return -1;
    for (let k = s.firstToken; k < s.endToken; k++) if (tokenIn(words, arabic.tokens[k])) return k;
  }
  return -1;
}

/**
 * `وكان إردوغان قد اقترح … . ولكن الولايات المتحدة رفضت الفكرة`: the refusal (its object a proposal_object
 * within two words after it) of a proposal told in the pluperfect is background too, of no date.
 */
export function refusedBackground(
  arabic: ArabicText,
  sentence: Sentence,
  hit: TriggerHit,
  cues: EventCues,
): boolean {
  const { tokens } = arabic;
  if (!anyIn(tokens, hit.end, Math.min(sentence.endToken, hit.end + 3), cues.proposalObject)) return false;
  const word = proposalWordBefore(arabic, cues.proposalWord, (tokens[hit.first] as Token).sentence);
  if (word < 0) return false;
  const told = arabic.sentences[(tokens[word] as Token).sentence] as Sentence;
  return pluperfectTold(arabic, told, { first: word }, cues);
}

/** The refused object is a definite noun of a proposal (cue `proposal_object`) with no genitive or relative after it. */
export function definiteProposal(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): boolean {
  if (
    anyIn(c.tokens, c.start, hit.first, c.cues.conditionWord) ||
    anyIn(c.tokens, c.start, hit.first, c.cues.conditional)
  )
    return false;
  const after = actor.find((u) => u.first === hit.end);
  const at = after ? after.end : hit.end;
  const object = c.tokens[at];
  if (!object || object.sentence !== c.tokens[hit.first]?.sentence) return false;
  if (!tokenIn(c.cues.proposalObject, object)) return false;
  const next = c.tokens[at + 1];
  if (next && next.sentence === object.sentence) {
    if (c.all.some((u) => u.first === at + 1)) return false;
    if (c.cues.relative.has(next.key)) return false;
  }
  return true;
}

/**
 * The state that made the proposal: in the nearest of the two sentences before that holds a word of
 * proposing, the unit nearest that word (ending at most BEFORE words before it, or starting at most AFTER
 * words after it), when it is of one state other than the actor's; none otherwise.
 */
export function proposalMaker(
  arabic: ArabicText,
  units: readonly PartyUnit[],
  words: ReadonlySet<string>,
  sentenceIndex: number,
  actor: readonly Party[],
): Party[] {
  const mine = new Set(actor.map((p) => p.country));
  if (mine.size === 0 || mine.has(null)) return [];
  const word = proposalWordBefore(arabic, words, sentenceIndex);
  if (word < 0) return [];
  const s = arabic.sentences[(arabic.tokens[word] as Token).sentence] as Sentence;
  let best: PartyUnit | null = null;
  let gap = Infinity;
  for (const u of units) {
    if (u.first < s.firstToken || u.end > s.endToken || u.place) continue;
    const d = u.end <= word ? word - u.end : u.first > word ? u.first - word - 1 : Infinity;
    if ((u.end <= word && d > BEFORE) || (u.first > word && d >= AFTER) || d >= gap) continue;
    best = u;
    gap = d;
  }
  if (!best) return [];
  const states = new Set(best.parties.map((p) => p.country));
  if (states.size !== 1 || states.has(null) || [...states].some((c) => mine.has(c))) return [];
  return [best.parties[0] as Party];
}

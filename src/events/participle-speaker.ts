// The speaker of a clause opened by a participle of speech or warning after the sentence's act: `أدانت
// قطر إطلاق الصواريخ، مؤكدة أنها ترفض أي هجمات`، `أغلقت الولايات المتحدة قنصليتها في البصرة، محذرة من أنها
// سترد`. The participle's subject is the sentence's, and a pronoun complementizer right after it that
// agrees with it in gender (`مؤكدة أنها`، `مؤكدا أنه`) carries that subject: the clause is its own. One that
// does not agree (`وانتقد السفير موقف الحكومة الهولندية مؤكدا أنها تتجاهل`) points at someone else.
// speakerOf (clauses.ts) reads a speaker only after a speech verb; this is its reading with no such verb.
import type { EntitiesResult } from "../entities/index.ts";
import type { Sentence, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { markBetween } from "../arabic/gaps.ts";
import { keyOf } from "../arabic/normalize.ts";

type Mention = EntitiesResult["mentions"][number];

/** Prepositions a participle of speech takes before its complementizer (`محذرا من أن`، `مشيرة إلى أن`). */
const PARTICIPLE_PREPS = new Set(["من", "الى", "إلى", "على"].map(keyOf));
/** Proclitic prepositions: a mention carrying one is governed, no subject. */
const GOVERNED = /[بلك]/u;

/** The word's gender by its ending, harakat removed: `ة`/`ها` feminine; `ا`/`ه` masculine; else null. */
function gender(text: string, feminine: RegExp, masculine: RegExp): "f" | "m" | null {
  const bare = text.replace(/[\u064B-\u0652\u0640]/gu, "");
  return feminine.test(bare) ? "f" : masculine.test(bare) ? "m" : null;
}

/**
 * The pronoun complementizer right before the reported clause starting at `reported` (`أنه`، `أنها`),
 * when its pronoun is the subject of the act `act`: the word right after it, or after a negation there
 * (cue pronoun_negation: `أنه يؤيد`، `إنها لن تسمح`); else -1.
 */
function subjectComplementizer(
  tokens: readonly Token[],
  sentence: Pick<Sentence, "firstToken">,
  reported: number,
  act: number,
  cues: EventCues,
): number {
  if (
    act !== reported &&
    !(act === reported + 1 && cues.pronounNegation.has((tokens[reported] as Token).key))
  )
    return -1;
  const c = reported - 1;
  return c > sentence.firstToken && tokenIn(cues.pronounComplementizer, tokens[c]) ? c : -1;
}

/**
 * The subject of the sentence whose reported clause, starting at `reported`, follows a pronoun
 * complementizer right after a participle of speech or warning (one preposition between at most) of the
 * same gender: the first mention of the sentence before the participle that no preposition governs. Only
 * for the act `act` the pronoun is the subject of: the word right after the complementizer, or after a
 * negation there (`مؤكدا أنه يؤيد`، `قائلة إنها لن تسمح`); an act further on has a subject of its own
 * (`قائلا إنه دعم تعهد كوريا الشمالية`: the pledge is North Korea's).
 */
export function participleSpeaker(
  tokens: readonly Token[],
  sentence: Pick<Sentence, "firstToken">,
  reported: number,
  act: number,
  found: EntitiesResult,
  cues: EventCues,
): Mention | null {
  const c = subjectComplementizer(tokens, sentence, reported, act, cues);
  if (c < 0) return null;
  const comp = tokens[c] as Token;
  let p = c - 1;
  if (PARTICIPLE_PREPS.has((tokens[p] as Token).key)) p--;
  const part = tokens[p];
  if (!part || p <= sentence.firstToken) return null;
  if (!tokenIn(cues.speechParticiple, part) && !tokenIn(cues.vowParticiple, part)) return null;
  const g = gender(part.text, /ة$/u, /ا$/u);
  if (g === null || g !== gender(comp.text, /[^م]ها$|^[إأا]?نها$/u, /[^م]ه$|^[إأا]?نه$/u)) return null;
  for (const m of found.mentions) {
    if (m.firstToken < sentence.firstToken || m.endToken > p) continue;
    const t = tokens[m.firstToken] as Token;
    const before = tokens[m.firstToken - 1];
    const prefix = (t.segments?.prefix ?? "").replace(/^[وف]/u, "");
    if (GOVERNED.test(prefix)) continue;
    if (before && before.sentence === t.sentence && tokenIn(cues.preposition, before)) continue;
    return m;
  }
  return null;
}

/** How far before the complementizer a verb of pledging or a noun of announcing may stand. */
const VOW_REACH = 6;

/**
 * `تعهد ترامب بأنه لن يسمح لإيران`، `بإعلان ترامب بأنه سيجري محادثات`، `وتوعدت السعودية بأنها سترد`: with no
 * speech verb before it, a pronoun complementizer whose pronoun is the subject of the act right after it
 * (as in participleSpeaker) reports the words of the mention named between a verb of pledging or warning
 * or a noun of announcing and the complementizer, with no punctuation between (the first mention there
 * that is no state, else the first, as speakerOf reads a speaker).
 */
export function vowSpeaker(
  tokens: readonly Token[],
  text: string,
  sentence: Pick<Sentence, "firstToken">,
  reported: number,
  act: number,
  found: EntitiesResult,
  cues: EventCues,
): Mention | null {
  const c = subjectComplementizer(tokens, sentence, reported, act, cues);
  if (c < 0) return null;
  let v = -1;
  for (let k = c - 1; k >= Math.max(sentence.firstToken, c - VOW_REACH); k--) {
    const t = tokens[k] as Token;
    if (markBetween(text, t.end, (tokens[k + 1] as Token).start, "phrase")) return null;
    if (tokenIn(cues.vowSpeech, t)) {
      v = k;
      break;
    }
  }
  if (v < 0) return null;
  let first: Mention | null = null;
  for (const m of found.mentions) {
    if (m.firstToken <= v || m.endToken > c) continue;
    if (m.type !== "GPE") return m;
    first ??= m;
  }
  return first;
}

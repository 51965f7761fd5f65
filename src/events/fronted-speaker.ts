// The speaker of reported speech named before its speech verb, as the subject of a pluperfect `كان`
// (`وكان ترامب قد قال إنه سيفرض …`، `وكانت واشنطن أعلنت أنها …`) or opening its sentence or a clause
// (`الصين قالت إنها`، `لكن الرياض أعلنت أنها`). speakerOf (clauses.ts) reads the
// verb-first order, a speaker between the speech verb and the complementizer; this is its fallback.
import type { EntitiesResult } from "../entities/index.ts";
import type { Sentence, Token } from "../pipeline/types.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";

type Mention = EntitiesResult["mentions"][number];

/** How many words (a title: `وزير الخارجية الأمريكي`) may stand between the opener and the speaker. */
const TITLE_REACH = 4;

/**
 * The mention right before the speech verb at `verb` (or before its `قد`), with no preposition on it, when a
 * pluperfect `كان` stands up to TITLE_REACH words before it with no speech verb, complementizer or clause
 * break between, or when it opens the sentence or follows a clause break (`لكن`، `بينما`). A subject after
 * `أما` (`أما نيوزيلندا فأكدت`) or a clause after a complementizer (`ويذكر أن الوزارة أعلنت أنها`) is left out:
 * measured over the corpus, those gave more wrong events.
 */
export function frontedSpeaker(
  tokens: readonly Token[],
  sentence: Sentence,
  verb: number,
  reported: number,
  found: EntitiesResult,
  cues: EventCues,
): Mention | null {
  // إنه، أنها: the reported clause is about the speaker itself; `إن دبلوماسييها` tells of others.
  if (!/ه(ا)?$/u.test(tokens[reported - 1]?.key ?? "")) return null;
  const end = tokenIn(cues.might, tokens[verb - 1]) ? verb - 1 : verb;
  let speaker: Mention | null = null;
  for (const m of found.mentions)
    if (
      m.endToken === end &&
      m.firstToken >= sentence.firstToken &&
      m.type !== "LOC" &&
      m.prefix.replace(/^[وف]/u, "") === ""
    )
      speaker = m;
  if (!speaker) return null;
  // الصين قالت إنها ستفرض رسوما، لكن الرياض أعلنت أنها طردت: a subject that opens the sentence or a clause (after
  // لكن، بينما), right before its speech verb, speaks (branch expel59).
  if (speaker.firstToken === sentence.firstToken || tokenIn(cues.clauseBreak, tokens[speaker.firstToken - 1]))
    return speaker;
  for (let k = speaker.firstToken - 1; k >= speaker.firstToken - 1 - TITLE_REACH; k--) {
    if (k < sentence.firstToken) return null;
    const t = tokens[k] as Token;
    if (tokenIn(cues.pluperfectAux, t)) return speaker;
    if (isComplementizer(t, cues)) return null;
    if (tokenIn(cues.speech, t) || tokenIn(cues.clauseBreak, t)) return null;
  }
  return null;
}

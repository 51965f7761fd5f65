// An inquiry into one state's interference in another's elections: `التحقيق الذي يجريه مولر في التدخل الروسي
// المزعوم في الانتخابات الأمريكية`، `التحقيقات في مزاعم تدخل روسيا في انتخابات الرئاسة الأمريكية` tell a standing
// charge of the state whose elections they were against the state named as the interference's owner, though no
// accusing word is written: the inquiry is that state's (its justice, its counsel, its congress). Both states
// must be named: the interferer right after the interference noun (nisba or genitive), the elections' state
// within a few words after the word for elections. Not when a word of doubt stands between the inquiry and the
// interference or after its owner (`التحقيقات بشأن احتمالية التدخل الروسي`، `التدخل الروسي المحتمل`): a possibility charges no one
// (lexicons/evaluations.tsv, kinds inquiry, interference, ballot, doubt; branch accuse66).
import { BARE } from "../arabic/phrases.ts";
import type { EntityLexicon } from "../entities/lexicon.ts";
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import type { Evaluation, Evaluations } from "./evaluation-lexicon.ts";
import { type Judgement, stateOf } from "./evaluation-quotes.ts";

/** How many words after the inquiry word the interference noun may stand (`التحقيق الذي يقوده مولر في مزاعم`). */
const INQUIRY_REACH = 9;
/** How many words after the interferer the word for elections may stand (`المزعوم في الانتخابات`). */
const BALLOT_REACH = 4;
/** How many words after the word for elections the elections' state may be named (`انتخابات الرئاسة الأمريكية`). */
const STATE_REACH = 3;

export function inquiryCharge(
  arabic: ArabicText,
  sentence: Sentence,
  k: number,
  evaluation: Evaluation,
  mine: readonly PartyUnit[],
  ev: Evaluations,
  lexicon: EntityLexicon,
): Judgement | null {
  const { tokens } = arabic;
  const last = Math.min(sentence.endToken, k + evaluation.words.length + INQUIRY_REACH);
  for (let i = k + evaluation.words.length; i < last; i++) {
    if (tokenIn(ev.doubt, tokens[i])) return null;
    if (!tokenIn(ev.interference, tokens[i])) continue;
    const owner = mine.find(
      (u) =>
        u.first === i + 1 &&
        (u.type === "NISBA" || (u.type === "GPE" && u.prefix === "")) &&
        stateOf(u) !== null,
    );
    if (!owner) return null;
    const ballotEnd = Math.min(sentence.endToken, owner.end + BALLOT_REACH);
    for (let b = owner.end; b < ballotEnd; b++) {
      // التدخل الروسي المحتمل في الانتخابات: a possibility charges no one.
      if (tokenIn(ev.doubt, tokens[b])) return null;
      if (!tokenIn(ev.ballot, tokens[b])) continue;
      const victim =
        mine.find(
          (u) =>
            u.first > b &&
            u.first <= b + STATE_REACH &&
            (u.type === "NISBA" || u.type === "GPE") &&
            stateOf(u) !== null &&
            stateOf(u) !== stateOf(owner),
        ) ?? ballotNisba(arabic, b, sentence.endToken, stateOf(owner), lexicon);
      if (!victim) return null;
      return { evaluation, frame: k, at: k, speech: null, reported: k, actor: victim, recipient: [owner] };
    }
    return null;
  }
  return null;
}

/**
 * `الانتخابات الأمريكية`، `انتخابات الرئاسة الأمريكية`: the elections' nisba, which names no party unit (an
 * attribute of the elections), read as the state whose elections they were.
 */
function ballotNisba(
  arabic: ArabicText,
  b: number,
  end: number,
  owner: string | null,
  lexicon: EntityLexicon,
): PartyUnit | null {
  for (let i = b + 1; i <= b + STATE_REACH && i < end; i++) {
    // A state's nisba of one word, as the entity lexicon inflects it (lexicons/countries.tsv).
    const m = lexicon.index.matchAt(arabic.tokens, i, BARE);
    const nisba = m?.end === i + 1 ? m.values.find((v) => v.kind === "nisba" && v.type === "GPE") : undefined;
    const country = nisba?.country ?? null;
    if (country === null || country === owner) continue;
    const t = arabic.tokens[i] as Token;
    const text = arabic.text.slice(t.start, t.end);
    return {
      first: i,
      end: i + 1,
      prefix: "",
      type: "NISBA",
      parties: [{ entity: null, text, country, sector: null }],
      place: false,
    };
  }
  return null;
}

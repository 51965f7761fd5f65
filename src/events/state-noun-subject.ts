// A state's common noun as a verb's subject (`واتهمت المملكة إيران`): lexicons/state-nouns.tsv nouns are
// parties only where their place in the clause says so (units.ts).
import type { ArabicText } from "../pipeline/types.ts";
import type { EntitiesResult } from "../entities/index.ts";
import { tokenIn } from "./cues.ts";

/**
 * `واتهمت المملكة إيران`، `ودعت الجمهورية الإسلامية فرنسا`: a state noun followed at once, with only
 * a space between, by a named party of another state with no proclitic is a verb's subject with its
 * object; alone (`حذرت المملكة من أن`) the noun stays no party.
 */
export function stateNounSubject(
  arabic: ArabicText,
  m: EntitiesResult["mentions"][number],
  partyStarts: ReadonlyMap<number, string>,
  speech?: ReadonlySet<string>,
): boolean {
  if (speech && speakingNoun(arabic, m, speech)) return true;
  const next = partyStarts.get(m.endToken);
  if (next === undefined || next === m.country) return false;
  const last = arabic.tokens[m.endToken - 1];
  const after = arabic.tokens[m.endToken];
  if (!last || !after || after.sentence !== last.sentence) return false;
  return /^[ \t]+$/u.test(arabic.text.slice(last.end, after.start));
}

/**
 * `وذكرت المملكة أن …، داعية مجلس الأمن إلى`: a state noun right after a verb of speech that opens its
 * sentence (only a space between) is the speaker, the subject of that verb and of a participle after it.
 */
function speakingNoun(
  arabic: ArabicText,
  m: EntitiesResult["mentions"][number],
  speech: ReadonlySet<string>,
): boolean {
  const verb = arabic.tokens[m.firstToken - 1];
  const noun = arabic.tokens[m.firstToken];
  if (!verb || !noun || verb.sentence !== noun.sentence || !tokenIn(speech, verb)) return false;
  const before = arabic.tokens[m.firstToken - 2];
  if (before && before.sentence === verb.sentence) return false;
  return /^[ \t]+$/u.test(arabic.text.slice(verb.end, noun.start));
}

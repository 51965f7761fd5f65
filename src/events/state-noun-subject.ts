// A state's common noun as a verb's subject (`واتهمت المملكة إيران`): lexicons/state-nouns.tsv nouns are
// parties only where their place in the clause says so (units.ts).
import type { ArabicText } from "../pipeline/types.ts";
import type { EntitiesResult } from "../entities/index.ts";

/**
 * `واتهمت المملكة إيران`، `ودعت الجمهورية الإسلامية فرنسا`: a state noun followed at once, with only
 * a space between, by a named party of another state with no proclitic is a verb's subject with its
 * object; alone (`حذرت المملكة من أن`) the noun stays no party.
 */
export function stateNounSubject(
  arabic: ArabicText,
  m: EntitiesResult["mentions"][number],
  partyStarts: ReadonlyMap<number, string>,
): boolean {
  const next = partyStarts.get(m.endToken);
  if (next === undefined || next === m.country) return false;
  const last = arabic.tokens[m.endToken - 1];
  const after = arabic.tokens[m.endToken];
  if (!last || !after || after.sentence !== last.sentence) return false;
  return /^[ \t]+$/u.test(arabic.text.slice(last.end, after.start));
}

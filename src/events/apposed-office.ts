// The state of a speaker the gazetteer does not know, told by the office in apposition after the name: `قال
// فرانك مولر، نائب مدير الإدارة في الخارجية الألمانية، إن …`. News prose names a minor official once,
// with his post between commas, and goes on quoting him in the sentences after with a speech verb alone.
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import { markBetween } from "../arabic/gaps.ts";
import { stateful } from "./stateful.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";

/** How many words a name the gazetteer does not know may have. */
const NAME_WORDS = 4;
/** How many words the apposition may hold, between the comma after the name and the one that closes it. */
const APPOSITION_WORDS = 10;

const comma = (arabic: ArabicText, k: number): boolean => {
  const t = arabic.tokens[k] as Token;
  const after = arabic.tokens[k + 1];
  return after !== undefined && markBetween(arabic.text, t.end, after.start, "comma");
};

/**
 * The body the speaker of `sentence` speaks for when his name is of no known state: the sentence opens with a
 * speech verb, then one to four words of a name no party covers (no article), a comma, an apposition up to
 * the next comma that names a state's body (`الخارجية الألمانية`، `وزارة الدفاع الأمريكية`) of one state
 * only, and the complementizer right after that comma. A state, a city or a nisba of a field (`في واشنطن`،
 * `الخبير في الشؤون الإيرانية`) names no office, and gives none.
 */
export function apposedOffice(
  arabic: ArabicText,
  units: readonly PartyUnit[],
  sentence: Sentence,
  cues: EventCues,
): PartyUnit | null {
  const { tokens } = arabic;
  const first = sentence.firstToken;
  if (!tokenIn(cues.speech, tokens[first])) return null;
  const covered = (k: number) => units.some((u) => u.first <= k && k < u.end);
  let k = first + 1;
  for (; k < sentence.endToken && k - first <= NAME_WORDS; k++) {
    const t = tokens[k] as Token;
    if (!/^\p{L}+$/u.test(t.text) || /^و?ال/u.test(t.text) || covered(k)) return null;
    if (comma(arabic, k)) break;
  }
  if (k - first > NAME_WORDS || k >= sentence.endToken) return null;
  const open = k + 1;
  let close = open;
  for (; close < sentence.endToken && close - open < APPOSITION_WORDS; close++) {
    if (isComplementizer(tokens[close], cues)) return null;
    if (comma(arabic, close)) break;
  }
  if (close - open >= APPOSITION_WORDS || !isComplementizer(tokens[close + 1], cues)) return null;
  const inside = units.filter(
    (u) => u.first >= open && u.end <= close + 1 && u.type !== "GPE" && u.type !== "NISBA" && stateful(u),
  );
  const states = new Set(inside.flatMap((u) => u.parties.map((p) => p.country)));
  return states.size === 1 ? (inside[0] as PartyUnit) : null;
}

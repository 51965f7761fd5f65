// The state a traveller leaves on the way elsewhere (`غادر بلغاريا متجها إلى ألمانيا`): a place, not a party
// (lexicons/cues.tsv left_place, heading).
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** Whether the mention is a state right after a verb of leaving with a word of heading after it. */
export function leftPlace(
  arabic: ArabicText,
  m: EntitiesResult["mentions"][number],
  cues: EventCues,
): boolean {
  return (
    m.prefix === "" &&
    tokenIn(cues.leftPlace, arabic.tokens[m.firstToken - 1]) &&
    headingAfter(arabic, m, cues)
  );
}

/** How many words may stand between the place left and the word of heading (`غادر تركيا، الأحد، متجها`). */
const HEADING_REACH = 3;

/** A word of heading (`متجها`) within HEADING_REACH words after the mention, in its sentence. */
function headingAfter(arabic: ArabicText, m: EntitiesResult["mentions"][number], cues: EventCues): boolean {
  const at = arabic.tokens[m.firstToken] as Token;
  for (let k = m.endToken; k < Math.min(arabic.tokens.length, m.endToken + HEADING_REACH); k++) {
    const t = arabic.tokens[k] as Token;
    if (t.sentence !== at.sentence) return false;
    if (tokenIn(cues.heading, t)) return true;
  }
  return false;
}

// A candidate for office is no state's side: `لقاء مرشحة الرئاسة البرازيلية حينها، مارينا سيلفا، في بكين`،
// `قال لترامب، مرشح الحزب الجمهوري،`. Before the vote the candidate acts for a party or a campaign, not for the
// state whose nisba or institution the title carries.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** How many words after a candidate's word its title may run (`المرشحة الرئاسية الفرنسية السابقة`). */
const TITLE_REACH = 3;

/**
 * The tokens of candidates' titles (cue candidate_title) and of the persons they are apposed to: the words
 * after the title's word, `TITLE_REACH` at most, up to a mark or a person's name; and a person's name right
 * before a comma and that word (`لترامب، مرشح الحزب`). The caller reads these tokens as a title's: no side.
 */
export function candidateTokens(arabic: ArabicText, found: EntitiesResult, cues: EventCues): Set<number> {
  const out = new Set<number>();
  const { tokens, text } = arabic;
  const people = new Set(found.mentions.filter((m) => m.type === "PERSON").map((m) => m.firstToken));
  for (let k = 0; k < tokens.length; k++) {
    if (!tokenIn(cues.candidateTitle, tokens[k])) continue;
    out.add(k);
    for (let j = k + 1; j <= k + TITLE_REACH && j < tokens.length; j++) {
      const t = tokens[j];
      const prev = tokens[j - 1];
      if (
        !t ||
        !prev ||
        t.sentence !== prev.sentence ||
        people.has(j) ||
        /[^\s]/u.test(text.slice(prev.end, t.start))
      )
        break;
      out.add(j);
    }
  }
  for (const m of found.mentions) {
    const after = tokens[m.endToken];
    if (m.type !== "PERSON" || !after || !tokenIn(cues.candidateTitle, after)) continue;
    const gap = text.slice(tokens[m.endToken - 1]?.end ?? 0, after.start);
    if (/^\s*،\s*$/u.test(gap)) for (let k = m.firstToken; k < m.endToken; k++) out.add(k);
  }
  return out;
}

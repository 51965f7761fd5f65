// A death told passively inside a state's diplomatic mission (carrier `premises` in triggers.tsv):
// `قال مسؤول تركي إن الصحفي قتل داخل القنصلية السعودية`. The deed has no agent in the clause, but its
// place belongs to a state, and a speaker of another state who says the killing happened there accuses
// that state (PLOVER ACCUSE). The mission is the mention right after the word of inside (cue
// `premises_in`), headed by a word of mission (cue `mission`); a bare head (`داخل القنصلية`) stands for
// the last mission of that head the article named before it with its state. The speaker and the guards
// (a charge to come, a claim governed by a denial) are the `behind` charge's (speaker-actor.ts).
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { mentionUnit } from "./backed.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

type Mention = EntitiesResult["mentions"][number];

/** A mission mention with one state of its own (not an international body's office). */
const stateMission = (m: Mention, arabic: ArabicText, cues: EventCues): boolean =>
  m.country !== null && m.country !== "IGO" && tokenIn(cues.mission, arabic.tokens[m.firstToken]);

/** The two tokens are one word, proclitics aside (`القنصلية`، `بالقنصلية`). */
const sameWord = (a: Token | undefined, b: Token | undefined): boolean => {
  const keys = (t: Token) => [t.key, ...t.bare.map((x) => x.key)];
  return a !== undefined && b !== undefined && keys(a).some((k) => keys(b).includes(k));
};

/** The mission the death at `hit` is told inside, as the accused party, or none. */
export function premisesOwner(
  arabic: ArabicText,
  hit: TriggerHit,
  mentions: readonly Mention[],
  cues: EventCues,
): PartyUnit[] {
  if (!tokenIn(cues.premisesIn, arabic.tokens[hit.end])) return [];
  const head = arabic.tokens[hit.end + 1];
  if (!tokenIn(cues.mission, head)) return [];
  const named = mentions.find((m) => m.firstToken === hit.end + 1);
  if (named) return stateMission(named, arabic, cues) ? [mentionUnit(named)] : [];
  // داخل القنصلية: the last mission of the same head word named before, anywhere in the article.
  let last: Mention | undefined;
  for (const m of mentions)
    if (
      m.endToken <= hit.first &&
      stateMission(m, arabic, cues) &&
      sameWord(arabic.tokens[m.firstToken], head)
    )
      last = m;
  return last ? [mentionUnit(last)] : [];
}

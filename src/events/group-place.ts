// A strike on an armed group told with the region it hit (thirty-fifth pass, side35): `أطلق الحرس
// الثوري صواريخ على شرق سوريا استهدفت متشددين`، `غارات على الجماعات المسلحة في سوريا`. In a sentence
// that names an armed group that is no state (cue insurgent; not the opposition,
// rebels or fighters of armed_side, which a strike on a state's forces also names), a force act's recipient named
// as a region of a state (after a word of direction, cue direction_word: `شرق`، `شمالي`) or after a place
// head (`مدينة`، `محافظة`) or after a border's مع (`قرب الحدود العراقية مع سوريا`) is where the strike fell, not a state struck. prec32's batch 2 dropped such a
// place only when the clause gave no recipient and it was borrowed; this drops it where the clause gave it.
import type { ArabicText, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { anyIn, type EventCues, tokenIn } from "./cues.ts";
import { markBetween } from "../arabic/gaps.ts";

/** How many words a direction or place head may put before the state it locates (`في شمال شرقي سوريا`). */
const REGION_REACH = 3;

/** Whether the sentence holding token `at` names an armed group that is no state. */
export function namesArmedGroup(arabic: ArabicText, at: number, cues: EventCues): boolean {
  const token = arabic.tokens[at];
  const sentence = token ? arabic.sentences[token.sentence] : undefined;
  if (!sentence) return false;
  return anyIn(arabic.tokens, sentence.firstToken, sentence.endToken, cues.insurgent);
}

/** A unit named as a region of its state: a word of direction or a place head just before it. */
export function regionOf(arabic: ArabicText, unit: PartyUnit, cues: EventCues): boolean {
  const first = arabic.tokens[unit.first] as Token | undefined;
  if (!first) return false;
  for (let k = unit.first - 1; k >= Math.max(0, unit.first - REGION_REACH); k--) {
    const t = arabic.tokens[k] as Token;
    if (t.sentence !== first.sentence) return false;
    if (markBetween(arabic.text, t.end, first.start, "phrase")) return false;
    if (tokenIn(cues.directionWord, t) || tokenIn(cues.placeHead, t)) return true;
    // قرب الحدود العراقية مع سوريا: the state beyond a border is where, too.
    if (
      tokenIn(cues.borderHead, t) &&
      unit.prefix === "" &&
      /^مع\s/u.test(arabic.text.slice((arabic.tokens[unit.first - 1] as Token).start))
    )
      return true;
  }
  return false;
}

/** The recipients of a force act in a sentence naming an armed group, less those named as a region. */
export function withoutGroupRegion(
  arabic: ArabicText,
  recipient: PartyUnit[],
  at: number,
  cues: EventCues,
): PartyUnit[] {
  if (recipient.length === 0 || !namesArmedGroup(arabic, at, cues)) return recipient;
  return recipient.filter((u) => !regionOf(arabic, u, cues));
}

// Which two sides a dual stands for when its own words say so: a region's nisba after it (`البلدين
// الخليجيين`), or a pair of sides that are no states told with `بين X و Y` earlier in its sentence.
import type { ArabicText, Party, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { tokenValue } from "../arabic/tokens.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { twoParties } from "./duals.ts";

/** How many words after `بين` its second side's `و` may come. */
const BETWEEN_REACH = 6;

/**
 * `مبعوث البلدين الخليجيين`: a dual with a region's nisba after it names two states of that region,
 * the two of them last named before it, as a pair (`PAIR`, so no later reading gives it another pair).
 * Undefined when no region's nisba follows; null when fewer than two of the region's states were named
 * (the dual then names no pair the article told).
 */
export function regionPair(
  arabic: ArabicText,
  k: number,
  out: readonly PartyUnit[],
  cues: EventCues,
): PartyUnit | null | undefined {
  const next = arabic.tokens[k + 1];
  const region = tokenValue(cues.dualRegions, next);
  if (!region || !next || next.sentence !== arabic.tokens[k]?.sentence) return undefined;
  const states: Party[] = [];
  for (let j = out.length - 1; j >= 0 && states.length < 2; j--) {
    const u = out[j] as PartyUnit;
    if (u.type === "DUAL") continue;
    for (const p of u.parties)
      if (p.country && region.includes(p.country) && !states.some((s) => s.country === p.country))
        states.push(p);
  }
  if (states.length < 2) return null;
  const text = next.text;
  return {
    first: k,
    end: k + 2,
    prefix: "",
    type: "PAIR",
    parties: twoParties(text, (states[0] as Party).country, (states[1] as Party).country),
    place: false,
  };
}

/**
 * `الشراكة بين الشركتين "س" و"ص" تعزز العلاقة بين الجانبين`: a dual after `بين X و Y` in its own
 * sentence, where neither X nor Y is a party the units hold (companies, a government and its rebels),
 * stands for those two sides: no two states.
 */
export function sidesNamedBetween(
  arabic: ArabicText,
  k: number,
  out: readonly PartyUnit[],
  cues: EventCues,
): boolean {
  const { tokens, text } = arabic;
  const sentence = tokens[k]?.sentence;
  // The nearest `بين` before the dual, not the dual's own (`بين الجانبين`).
  let b = k - 2;
  while (b >= 0 && tokens[b]?.sentence === sentence && !tokenIn(cues.between, tokens[b])) b--;
  if (b < 0 || tokens[b]?.sentence !== sentence) return false;
  let and = -1;
  for (let j = b + 2; j < Math.min(k, b + 2 + BETWEEN_REACH); j++)
    if (/^و/u.test((tokens[j] as Token).text)) {
      and = j;
      break;
    }
  if (and < 0) return false;
  // الحوار بين الأديان، وتأسيس …: a و after a comma joins another list; الحرب بين عامي 1950 و1953: years.
  const last = Math.min(k - 1, and + 1);
  const span = text.slice((tokens[b] as Token).end, (tokens[last] as Token).end);
  if (/[،,.:؛؟!\d٠-٩]/u.test(span)) return false;
  // The second side runs to the next word at most (`و"نفط الخليج"`), never into the dual.
  for (const u of out) if (u.first > b && u.first <= last) return false;
  return true;
}

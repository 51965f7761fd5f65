// Where a document has named two states, so that a trigger can have them on its sides. An event
// between states needs two different states among its sides (index.ts: `countries.size < 2` drops
// the hit), and every side a trigger is given holds a state that one of these names, in the
// trigger's sentence or before it:
// - a party unit (`documentUnits`: names, nisbas, pairs and duals, pronouns and phrases that stand
//   for parties named before, organisations' head nouns, `الأخيرة`); references, duals resolved, a
//   speaker's side, sides borrowed from an event told before and channels' sides copy their states;
// - a mention (a place struck, a judged place, a channel's two states: `mentions[].parties`);
// - an agreement named without its state (cue `deal_counterpart`, recipient.ts `dealAfter`): from
//   the first word of such a name on, a trigger is read whatever the states before it.
// A trigger in a sentence that ends before two states are named makes no event, so findEvents does
// not read it (a fifth of the corpus's trigger hits; in a quarter of its documents, all of them). A
// rule that takes a state from anywhere else, or from after the trigger's sentence, must add that
// source here: findEvents reads every hit when it explains them (`explain`,
// scripts/trigger-losses.ts) and throws on an event this would have left out.
import { keyOf } from "../arabic/normalize.ts";
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { SCAN_DEAL, type ScanMasks } from "./scan.ts";

/**
 * The first token at which the document has named two different states (from the start of the
 * document to that token's unit or mention), or where an agreement's name may stand for one:
 * `Infinity` when it never does. A trigger in a sentence that ends at or before it can have no two
 * states on its sides, for every source above stands in the trigger's sentence or before it.
 */
export function secondStateAt(
  units: readonly PartyUnit[],
  mentions: EntitiesResult["mentions"],
  masks: ScanMasks,
  seats: ReadonlyMap<string, string> = new Map(),
): number {
  let at = firstMarked(masks, SCAN_DEAL);
  // Each state by the first token that names it: the second smallest of these is where two are named.
  const firsts = new Map<string, number>();
  for (const u of units) for (const p of u.parties) if (p.country !== null) named(firsts, p.country, u.first);
  for (const m of mentions) {
    if (m.country !== null) named(firsts, m.country, m.firstToken);
    if (m.parties) for (const c of m.parties) named(firsts, c, m.firstToken);
    const seat = seats.get(keyOf(m.text));
    if (seat !== undefined) named(firsts, seat, m.firstToken);
  }
  let first = Infinity;
  let second = Infinity;
  for (const k of firsts.values()) {
    if (k < first) {
      second = first;
      first = k;
    } else if (k < second) second = k;
  }
  if (second < at) at = second;
  return at;
}

/** Keeps the first token that names `country`. */
function named(firsts: Map<string, number>, country: string, k: number): void {
  const seen = firsts.get(country);
  if (seen === undefined || k < seen) firsts.set(country, k);
}

/** The first token with `bit`, or `Infinity`. */
function firstMarked(masks: ScanMasks, bit: number): number {
  for (let k = 0; k < masks.length; k++) if (((masks[k] as number) & bit) !== 0) return k;
  return Infinity;
}

/**
 * Where findTriggers may start (`secondStateAt` gave `at`, finite): the first token of the sentence
 * holding `at`, the first whose hits can be read, moved back over each sentence that a phrase may run
 * into from the one before (its first token `linked`: only spaces between). No trigger found before
 * it is read, and none ends past it.
 */
export function firstReadable(arabic: ArabicText, at: number): number {
  const { tokens, sentences } = arabic;
  let k = (sentences[(tokens[at] as Token).sentence] as Sentence).firstToken;
  while (k > 0 && (tokens[k] as Token).linked)
    k = (sentences[(tokens[k - 1] as Token).sentence] as Sentence).firstToken;
  return k;
}

// The other half of a divided state told by a bare direction nisba after a counterpart noun (`نظيره
// الشمالي`، `نظيرتها الشمالية`): news about the two Koreas names the other leader or state by its direction
// alone once the article has named one half. The cue `other_half` gives, for each half, the direction word
// and the state it names (`KOR الشمالية=PRK`); `counterpart` gives the nouns it follows. Neighbour nouns
// (`جارتها الشمالية`) and titles (`الزعيم الشمالي`) were tried and left out (docs/EVENTS.md, thirty-fifth
// and thirty-sixth passes): they carried the faults of other readings (an answered offer read as the
// answerer's, a relative clause's day).
import type { ArabicText, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { gapIs } from "../arabic/gaps.ts";

/** How many sentences before the phrase the named half may stand (its own sentence: 0). */
const REACH = 2;

/** The state of a unit that names one state, or null. */
function oneState(u: PartyUnit): string | null {
  const states = new Set(u.parties.map((p) => p.country));
  const [only] = [...states];
  return states.size === 1 && only ? only : null;
}

/** The words between two tokens are spaces only. */
function adjacent(arabic: ArabicText, a: Token, b: Token): boolean {
  return a.sentence === b.sentence && gapIs(arabic.text, a.end, b.start, "space");
}

/** The proclitics the noun carries before the cue's form (`وجارتها` → `و`). */
function nounPrefix(t: Token, cues: EventCues): string {
  if (cues.counterpart.has(t.key)) return "";
  const b = t.bare.find((x) => cues.counterpart.has(x.key));
  return b?.prefix ?? "";
}

/**
 * A counterpart noun with a direction nisba right after it (`ونظيره الشمالي`) is a unit of the other half
 * of the divided state named last before it (within REACH sentences): its own half is the owner, whatever
 * state stands nearer (`التقى الرئيس الكوري الجنوبي ونظيره الشمالي` is the North). Not read when a name follows with nothing between (`نظيره الشمالي
 * كيم جونغ أون`: the name gives the state), when a name holds the words, or when no half is named before.
 */
export function halfUnits(
  arabic: ArabicText,
  listed: readonly PartyUnit[],
  covered: ReadonlySet<number>,
  cues: EventCues,
): PartyUnit[] {
  if (cues.otherHalf.size === 0) return [];
  const { tokens } = arabic;
  const starts = new Set(listed.map((u) => u.first));
  const out: PartyUnit[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!tokenIn(cues.counterpart, t)) continue;
    const dir = tokens[k + 1] as Token;
    if (!adjacent(arabic, t, dir) || covered.has(k) || covered.has(k + 1)) continue;
    if (starts.has(k) || starts.has(k + 1)) continue;
    const named = tokens[k + 2];
    if (named && starts.has(k + 2) && adjacent(arabic, dir, named)) continue;
    const owner = ownerBefore(tokens, listed, k, dir.key, cues);
    if (!owner) continue;
    out.push({
      first: k,
      end: k + 2,
      prefix: nounPrefix(t, cues),
      type: "NISBA",
      parties: [{ entity: null, text: arabic.text.slice(t.start, dir.end), country: owner, sector: null }],
      place: false,
    });
    k++;
  }
  return out;
}

/** The state the direction word names, from the nearest half named before token `k`; null if none. */
function ownerBefore(
  tokens: readonly Token[],
  listed: readonly PartyUnit[],
  k: number,
  direction: string,
  cues: EventCues,
): string | null {
  const sentence = (tokens[k] as Token).sentence;
  for (let i = listed.length - 1; i >= 0; i--) {
    const u = listed[i] as PartyUnit;
    if (u.end > k) continue;
    if (sentence - (tokens[u.first] as Token).sentence > REACH) return null;
    const state = oneState(u);
    const halves = state ? cues.otherHalf.get(state) : undefined;
    if (!halves) continue;
    return halves.get(direction) ?? null;
  }
  return null;
}

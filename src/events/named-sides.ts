// Sides told by a nisba with the leader's name set off by commas after it (`بنظيريه الروسي، فلاديمير
// بوتين، والتركي، رجب طيب أردوغان`). Reads the party units of a text (units.ts): a nisba unit of a state
// right before a person of the same state, with only a comma between, is that person's side. The person's
// unit takes the nisba's start and proclitics (the ب of `بنظيريه`، the و of `والتركي`), so the preposition
// of the meeting and the و of the list still stand on it, and a list of leaders with their names is one
// group of sides, as the same list without the names (`بنظيريه الروسي والتركي`) already was. Before, the
// nisba was dropped as the person's adjective and the list was cut after the first name. Only a nisba
// that opens or continues a list is read so: a counterpart's, or one in و.
import type { ArabicText, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { gapIs } from "../arabic/gaps.ts";

/** The units with each comma-set name absorbing the nisba of its state before it; the order is kept. */
export function appositiveNames(
  arabic: ArabicText,
  units: readonly PartyUnit[],
  cues: EventCues,
): PartyUnit[] {
  const out: PartyUnit[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k] as PartyUnit;
    const next = units[k + 1];
    if (next && listed(arabic, u, cues) && namedAfter(arabic, u, next)) {
      out.push({ ...next, first: u.first, prefix: u.prefix });
      k++;
      continue;
    }
    out.push(u);
  }
  return out;
}

/**
 * The nisba names a side of a list: a counterpart's (`بنظيريه الروسي`) or one in و (`والتركي`). A bare
 * title's nisba (`العاهل السعودي، الملك سلمان`) is left as it was, the person's adjective.
 */
function listed(arabic: ArabicText, u: PartyUnit, cues: EventCues): boolean {
  return u.prefix.startsWith("و") || tokenIn(cues.counterpart, arabic.tokens[u.first]);
}

/** `u` is a nisba, `next` a person of its state right after it with only a comma between. */
function namedAfter(arabic: ArabicText, u: PartyUnit, next: PartyUnit): boolean {
  const state = u.parties[0]?.country ?? null;
  if (u.type !== "NISBA" || next.type !== "PERSON" || next.first !== u.end || state === null) return false;
  if (next.parties[0]?.country !== state || next.prefix !== "") return false;
  const last = arabic.tokens[u.end - 1] as Token;
  const name = arabic.tokens[next.first] as Token;
  return gapIs(arabic.text, last.end, name.start, "comma");
}

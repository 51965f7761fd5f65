// Title object: the party a frame preposition governs through a title head it is carried by
// (`بالعاهل السعودي الملك سلمان`، `بنظيره الروسي`); read by recipient.ts.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";

/** How many tokens after a title head its person or nisba may start (`بالعاهل السعودي، الملك سلمان`). */
const TITLE_REACH = 3;

/**
 * `اتصل ترامب بالعاهل السعودي الملك سلمان`، `بنظيره الروسي فلاديمير بوتين`: a frame preposition carried
 * as a clitic by a title head (cue `title_object`) governs the title's nisba or the person it names,
 * whose unit starts after the head with no proclitic of its own.
 */
export function titleObject(
  c: Clause,
  k: number,
  frame: readonly string[],
  actor: readonly PartyUnit[],
): PartyUnit | undefined {
  const t = c.tokens[k] as Token;
  let governs = false;
  for (const b of t.bare) {
    const p = b.prefix.replace(/^[وف]/u, "");
    // باستقلال الكويت: a noun of the state's standing governs the state as a title does its holder.
    if (p !== "" && frame.includes(p) && (c.cues.titleObject.has(b.key) || c.cues.stateAttribute.has(b.key)))
      governs = true;
  }
  if (!governs) return undefined;
  for (const u of c.units) {
    if (u.first <= k) continue;
    if (u.first > k + TITLE_REACH || u.first >= c.end) return undefined;
    return actor.includes(u) || u.prefix !== "" ? undefined : u;
  }
  return undefined;
}

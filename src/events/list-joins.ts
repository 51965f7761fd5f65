// Lists of parties joined by more than a bare و (branch lists57): `السعودية والإمارات وكذلك مصر`، `بريطانيا،
// بالإضافة إلى فرنسا،`، `روسيا فضلا عن الصين` (cue list_join), and a list whose last names stand in brackets
// (`السعودية والإمارات (ومصر)`، `السعودية بالإضافة إلى (الإمارات ومصر والبحرين)`). Such words only join two
// parties that stand right on either side of them; the act's own verb or noun never stands between.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";

/** How many words a joining phrase may take (`بالإضافة إلى`). */
const JOIN_WORDS = 2;

/** Units `a` and `b` stand on either side of a joining phrase (`وكذلك`، `بالإضافة إلى`), with only commas or a bracket. */
export function listJoined(c: Clause, a: PartyUnit, b: PartyUnit): boolean {
  const n = b.first - a.end;
  if (n < 1 || n > JOIN_WORDS || b.prefix !== "") return false;
  const words: string[] = [];
  for (let k = a.end; k < b.first; k++) {
    const t = c.tokens[k] as Token;
    if (c.isAct?.(k) ?? false) return false;
    const before = c.text.slice((c.tokens[k - 1] as Token).end, t.start);
    if (!(k === a.end ? /^[\s،,]*$/u : /^\s+$/u).test(before)) return false;
    words.push(k === a.end && t.key.startsWith("و") && t.key.length > 1 ? t.key.slice(1) : t.key);
  }
  const last = c.tokens[b.first - 1] as Token;
  if (!/^[\s،,]*\(?\s*$/u.test(c.text.slice(last.end, (c.tokens[b.first] as Token).start))) return false;
  return c.cues.listJoin.has(words.join(" "));
}

/** The gap before `b` is a و with brackets around: `السعودية (ومصر)`، `(الإمارات ومصر) والبحرين`. */
export function bracketJoined(gap: string, b: PartyUnit): boolean {
  if (!/[()]/u.test(gap)) return false;
  return (
    /^[\s،,]*\)?[\s،,]*\(?\s*و\s*$/u.test(gap) ||
    (/^[\s،,]*\)?[\s،,]*\(\s*$/u.test(gap) && b.prefix.startsWith("و"))
  );
}

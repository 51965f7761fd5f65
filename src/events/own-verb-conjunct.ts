// A state carried by و after a comma with a verb of its own right after it (`رحبت السعودية بالقرار، والإمارات
// تدعو إلى الحوار`، `… ، والبحرين تؤيد الموقف`) opens a sentence of its own: the state is that verb's subject, not
// a second party of the act before it. A verb of two or more (`، وإيران تدعمان`) is shared with the party
// before, so the two stay one compound.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import { groupAt } from "./clause-units.ts";

/** A verb agreeing with two or more subjects (`تدعمان`، `يؤيدون`، `أيدوا`). */
const SHARED_ENDING = /(?:ان|ون|وا)$/u;

/** Token `k` is a finite verb: an act verb or a speech verb, not a noun (`غارات`، `الهجوم`). */
function ownVerb(c: Clause, k: number, shared = false): boolean {
  const t = c.tokens[k] as Token | undefined;
  if (!t || k >= c.sentenceEnd) return false;
  if (t.key.startsWith("ال") || (!shared && SHARED_ENDING.test(t.key))) return false;
  // بأنه، لتدعم: a word on a proclitic (ب، ل، و) opens no sentence of its own.
  if (t.bare.some((x) => x.prefix !== "")) return false;
  return (c.verbAt?.(k) ?? false) || tokenIn(c.cues.speech, t);
}

/**
 * `b` follows `a` after a comma, carried by و (as its proclitic or a word of its own), and a verb of its
 * own follows it: `b` is the subject of a new sentence, not joined to `a`. A verb of two or more is `b`'s own
 * only when `b` opens a compound itself (`، وبولندا وليتوانيا تدعمان`); after `b` alone it is shared.
 */
export function ownVerbConjunct(c: Clause, a: PartyUnit, b: PartyUnit, gap: string): boolean {
  if (!/[،,]/u.test(gap)) return false;
  const carried = /و\s*$/u.test(gap) || b.prefix.startsWith("و");
  if (!carried || b.first < a.end) return false;
  const group = groupAt(c, b);
  return ownVerb(c, (group[group.length - 1] as PartyUnit).end, group.length > 1);
}

/**
 * `ترفض الهجوم، والبحرين تؤيد الموقف`، `، وروسيا وإيران تدعمان دمشق`: the unit `u`, carried by و after a comma,
 * opens a compound whose own verb follows it (of any number): it is that verb's subject, no object of the act
 * before.
 */
export function newSubjectAt(c: Clause, u: PartyUnit): boolean {
  if (u.first < 1) return false;
  const before = c.tokens[u.first - 1] as Token;
  const wordAnd = before.key === "و";
  const gapStart = wordAnd ? ((c.tokens[u.first - 2] as Token | undefined)?.end ?? before.start) : before.end;
  const gap = c.text.slice(gapStart, (c.tokens[u.first] as Token).start);
  if (!/[،,]/u.test(gap) || !(wordAnd || u.prefix.startsWith("و"))) return false;
  const group = groupAt(c, u);
  return ownVerb(c, (group[group.length - 1] as PartyUnit).end, true);
}

// `توافقت اللجنة الفنية المغربية الموريتانية في اجتماعها`، `اجتمعت اللجنة المصرية السودانية`: a body two states form
// or send together (cue `joint_body`) told with the nisbas of both stacked with no و (a space or a hyphen between)
// names the two sides of the meeting it holds. The clause reads one nisba as the actor and the others as
// nothing (a directed act's stacked nisbas are its joint agents, clause-units.ts; a meeting is mutual). Read
// only for a meeting (CONSULT) with no recipient named, whose actor is one nisba of such a stack after such a head
// (one adjective may stand between: `اللجنة الفنية`): the stack's other nisbas, each of another state, are the
// side met.
// Nisbas stacked on the meeting's own noun are not read so: `مفاوضات السلام الإسرائيلية الفلسطينية`، `القمة
// الصينية الإسرائيلية للابتكار`، `المفاوضات … المقترحة` name a process, a forum or a plan more often than a
// meeting held (on the corpus, 2 right of 9).
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** The gap between two stacked nisbas: spaces, or a hyphen or dash with spaces around it. */
const STACK_GAP = /^\s*[-–—]?\s*$/u;

/** How many words (`الفنية`) may stand between the body's head and the first nisba. */
const HEAD_REACH = 2;

/** The other nisbas of the stack the actor's nisba stands in, each of a state not named before in it; else []. */
export function stackedPartners(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  if (hit.trigger.type !== "CONSULT" || actor.length !== 1) return [];
  const only = actor[0] as PartyUnit;
  if (only.type !== "NISBA" || only.parties.length !== 1) return [];
  // الفرق الفنية الأردنية العراقية اجتمعت: a subject before its verb may be read at its last nisba.
  let first = only;
  for (;;) {
    const before = c.all.find((u) => u.end === first.first && u.type === "NISBA" && u.parties.length === 1);
    if (!before || !stackedAfter(c, before, first)) break;
    first = before;
  }
  if (!headedByBody(c, first.first)) return [];
  const seen = new Set([first.parties[0]?.country ?? null]);
  const partners: PartyUnit[] = [];
  let last = first;
  for (;;) {
    const next = c.all.find((u) => u.first === last.end);
    if (!next || !stackedAfter(c, last, next)) break;
    const country = next.parties[0]?.country ?? null;
    if (country === null || seen.has(country)) break;
    seen.add(country);
    if (next !== only) partners.push(next);
    last = next;
  }
  // The actor's own nisba is the stack's first or one of the rest: its partners are all the others.
  if (first !== only) partners.unshift(first);
  return partners.filter((u) => u.parties[0]?.country !== only.parties[0]?.country);
}

/** `next` is a nisba stacked right after `last` (a space or a hyphen between, no و, not a place). */
function stackedAfter(c: Clause, last: PartyUnit, next: PartyUnit): boolean {
  // السعودية after a nisba is read as the state's name, a GPE unit of one word, not as a nisba.
  const stacked = next.type === "NISBA" || (next.type === "GPE" && next.end === next.first + 1);
  if (!stacked || next.prefix !== "" || next.place || next.parties.length !== 1) return false;
  const gap = c.text.slice((c.tokens[last.end - 1] as Token).end, (c.tokens[next.first] as Token).start);
  return STACK_GAP.test(gap);
}

/** A joint body's head stands right before token `at`, or with one word between. */
function headedByBody(c: Clause, at: number): boolean {
  for (let k = at - 1; k >= Math.max(c.sentenceStart, at - HEAD_REACH); k--)
    if (tokenIn(c.cues.jointBody, c.tokens[k])) return true;
  return false;
}

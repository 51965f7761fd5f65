// The sides of a meeting noun that serves another verb: after ل of purpose (`وصل بومبيو إلى الرياض
// للقاء الملك سلمان`) the verb's subject is its actor and the party after it its object; as a verb's
// complement (`وافق ترامب على لقاء كيم`) the party met is the target. Moved out of index.ts.
import type { Token } from "../pipeline/types.ts";
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { afterPreposition, groupEndingAt, statesOfUnits } from "./clause-units.ts";

/** How many tokens (a title: `الزعيم الكوري الشمالي`) may stand between a noun of purpose and its object. */
const OBJECT_REACH = 2;

/** How far after a trigger that takes a complement its meeting noun may stand (`وافق الرئيس … على لقاء`). */
const COMPLEMENT_MEETING_REACH = 8;

/** Keys of the prepositions before a complement noun (`على لقاء`، `إلى لقاء`). */
const COMPLEMENT_OPENERS = new Set(["علي", "الي"]);

/**
 * The party right after the meeting noun that is the trigger's complement (`على لقاء زعيم كوريا
 * الشمالية`، `بلقاء نظيره`), when it is of another state than the actor; else none.
 */
export function meetingObject(clause: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  const { tokens, cues } = clause;
  const end = Math.min(clause.end, hit.end + COMPLEMENT_MEETING_REACH);
  for (let k = hit.end; k < end; k++) {
    const t = tokens[k] as Token;
    if (!tokenIn(cues.meetingPurpose, t)) continue;
    const opened =
      COMPLEMENT_OPENERS.has((tokens[k - 1] as Token).key) ||
      t.bare.some((b) => cues.meetingPurpose.has(b.key) && /^[وف]?[لب]$/u.test(b.prefix));
    if (!opened) return [];
    const mine = statesOfUnits(actor);
    const object = clause.units.find((u) => u.first > k && u.first <= k + 1 + OBJECT_REACH);
    if (!object || object.parties.every((p) => p.country === null || mine.has(p.country))) return [];
    for (let j = k + 1; j < object.first; j++) if (tokenIn(cues.between, tokens[j])) return [];
    return [object];
  }
  return [];
}

/** The key of إلى, before the place a traveller goes to. */
const DESTINATION = "الي";

/** The word before is an attempt with ل of purpose (`لمحاولة إقناع`). */
function attemptOfPurpose(t: Token | undefined): boolean {
  return t !== undefined && t.bare.some((b) => ATTEMPT.has(b.key) && purpose(b.prefix));
}

/** The key of أي, before an attempt no one made (`أي محاولة لإقناع`). */
const ANY = "اي";

/** Keys of محاولة, the attempt a purpose names (`لمحاولة إقناع`). */
const ATTEMPT = new Set(["محاوله"]);

/** The noun carries the preposition ل of purpose (`للقاء`، `ولمناقشة`). */
function purpose(prefix: string): boolean {
  return prefix === "ل" || prefix === "ول" || prefix === "فل";
}

/**
 * The sides of a noun of meeting after ل of purpose (`وصل بومبيو إلى الرياض للقاء الملك سلمان`): when every party found stands
 * right after it, they are its object, and the nearest party before it of another state, the
 * subject of the verb it serves, is the actor. Sides read otherwise are kept.
 */
export function purposeSides(args: Arguments, clause: Clause, hit: TriggerHit): Arguments {
  const { cues, tokens } = clause;
  const word = tokens[hit.first] as Token;
  const meeting = tokenIn(cues.meetingPurpose, word);
  // لإقناع ترامب، لمحاولة إقناع ترامب: an act named by its hoped-for outcome, as a purpose, is the
  // subject's too; the party after it is whom it is aimed at, whatever was read before it.
  const effort = tokenIn(cues.effortAct, word);
  if (!(meeting || effort) || !(purpose(hit.prefix) || (effort && attemptOfPurpose(tokens[hit.first - 1]))))
    return args;
  // أي محاولة لإقناع أنقرة: any attempt, none made.
  if (effort && (tokens[hit.first - 2]?.key === ANY || tokens[hit.first - 1]?.key === ANY)) return args;
  const found = [...args.actor, ...args.recipient];
  const after = effort ? found.filter((u) => u.first >= hit.end) : found;
  // Its object right after it (`للقاء الملك سلمان`، `للقاء نظيره`), not a party further on.
  if (after.length === 0 || after.some((u) => u.first < hit.end)) return args;
  const object = Math.min(...after.map((u) => u.first));
  if (object > hit.end + OBJECT_REACH) return args;
  // للقاء محتمل بين الرئيسين: a meeting between two sides is theirs, not the subject's.
  for (let k = hit.end; k < object; k++) if (tokenIn(clause.cues.between, clause.tokens[k])) return args;
  // The nearest party before it of another state: `بالتوجه إلى السعودية للقاء الملك سلمان` is no subject.
  const theirs = statesOfUnits(after);
  for (let i = clause.units.length - 1; i >= 0; i--) {
    const u = clause.units[i] as PartyUnit;
    if (u.end > hit.first || u.first < clause.sentenceStart) continue;
    // `يستعد للسفر إلى سنغافورة للقاء كيم`: the place travelled to is no subject.
    if ((clause.tokens[u.first - 1] as Token | undefined)?.key === DESTINATION) continue;
    // كطريقة لإقناع ترامب بعد عقوبات على إيران، وأمام بريطانيا مهلة لإقناع ترامب: the subject of the
    // act an effort serves is no object of a preposition.
    if (effort && afterPreposition(clause, u, u.first - 1)) continue;
    if (u.parties.some((p) => p.country !== null && !theirs.has(p.country)))
      // تسعى فرنسا وبريطانيا وألمانيا … لإقناع ترامب: an effort's subject is the whole group it ends.
      return { actor: effort ? groupEndingAt(clause, u) : [u], recipient: after };
  }
  return args;
}

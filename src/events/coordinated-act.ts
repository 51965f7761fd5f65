// A second act coordinated after the trigger's own: `أدانت فرنسا الهجوم، واستقبلت طهران الوفد`، `أعلنت
// دعمها للخطة، ووصل الوفد إلى طهران`. A trigger word carrying و right after a punctuation mark (not a
// quotation mark) opens a clause of its own, so a party past it is that act's, never the first act's target.
import type { Token } from "../pipeline/types.ts";
import type { Clause } from "./arguments.ts";
import { stoppedBetween } from "./clause-units.ts";
import type { TriggerHit } from "./triggers.ts";
import { tokenIn } from "./cues.ts";
import { scheduleOpensAt } from "./continued-clause.ts";

/** Token `k` opens an act word carried by و (`واستقبلت`، `وغارات`). */
function coordinatedAct(c: Clause, k: number): boolean {
  return (c.isAct?.(k) ?? false) && (c.tokens[k] as Token).bare.some((b) => b.prefix.startsWith("و"));
}

/** A coordinated act after a punctuation mark stands in `[from, to)`, past the trigger. */
export function coordinatedClauseBetween(c: Clause, hit: TriggerHit, from: number, to: number): boolean {
  for (let k = Math.max(from, hit.end + 1); k < to; k++)
    // وتطالب نيودلهي بتسليم المتهم، وترفضه إسلام آباد: an act with an object pronoun answers the act before, so
    // the party after it, its subject, is the one the first act was done to; it ends no search.
    if (coordinatedAct(c, k) && stoppedBetween(c, k, k) && !(c.answersAt?.(k) ?? false)) return true;
  return false;
}

/**
 * `هجمات الجيش الأردني وغارات الطائرات البريطانية`: a strike noun coordinated by و between a strike noun's agent
 * and a later party has that party as its own; it is not the first strike's object. Strikes only, with no mark
 * needed: `موافقتها على وقف إطلاق النار` is a word that starts with و, no coordinated act.
 */
export function coordinatedActBefore(c: Clause, hit: TriggerHit, from: number, to: number): boolean {
  if (hit.trigger.pos !== "noun" || hit.trigger.type !== "ASSAULT") return false;
  for (let k = Math.max(from, hit.end); k < to; k++) if (coordinatedAct(c, k)) return true;
  return false;
}

/** How far after a coordinated verb its own subject may open (`ووصل الوفد القطري`: the nisba two words on). */
const OWN_SUBJECT_REACH = 2;

/**
 * `دعت الأمم المتحدة إلى الحوار، ووصل وفد من قطر إلى الرياض`: a coordinated act after a mark in `[from, to)`
 * whose own subject follows it (a state's party within two words with no preposition before it, or a delegation,
 * cue delegation_head) opens a clause of another doer; a state past it is no side of the act before. A
 * verb with no subject of its own (`…، ورفض أن`، `…، ووصفها بأنها`) continues the clause before, whose
 * parties it may still name.
 */
export function ownSubjectClauseBetween(c: Clause, hit: TriggerHit, from: number, to: number): boolean {
  for (let k = Math.max(from, hit.end + 1); k < to; k++) {
    if (!coordinatedAct(c, k) || !stoppedBetween(c, k, k) || (c.answersAt?.(k) ?? false)) continue;
    if (tokenIn(c.cues.delegationHead, c.tokens[k + 1])) return true;
    const subject = c.units.some(
      (u) =>
        u.first > k &&
        u.first <= k + OWN_SUBJECT_REACH &&
        u.prefix === "" &&
        // واتفقت الدول الأعضاء: a group of unnamed states is no doer of its own (units.ts groupUnit).
        u.parties.some((p) => p.country !== null) &&
        !tokenIn(c.cues.preposition, c.tokens[u.first - 1]),
    );
    if (subject) return true;
  }
  return false;
}

/**
 * A clause of another act opens at `k`: a coordinated act with its own subject (ownSubjectClauseBetween), or a
 * schedule after a comma (`…، ومن المقرر أن يلتقي مع`, continued-clause.ts), whose states are that act's.
 */
export function otherActOpensAt(c: Clause, hit: TriggerHit, k: number): boolean {
  return ownSubjectClauseBetween(c, hit, k, k + 1) || scheduleOpensAt(c, k);
}

// A subject with its partners told after it by a phrase of company (branch assault51): `شنت الولايات المتحدة
// إلى جانب بريطانيا وفرنسا ضربات على سوريا`، `بعد مشاركة جيشه إلى جانب كل من كندا وأستراليا في غارات`. The actor
// search takes the party nearest before the act, here the partners after `إلى جانب` (cue companion), and the
// subject before the phrase was lost. The partners act with the subject: the group that ends right before
// the phrase (a few words at most, no preposition on it) leads the actor; partners told between a subject
// found and the act join it. Only phrases of acting together (cue joint_companion): a state after `بدعم من`
// backs the subject (backing.ts), it does not strike with it.
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt, groupBefore } from "./clause-units.ts";
import { companionOf } from "./recipient.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words the phrase of company may take between the subject and its partners (`إلى جانب كل من`). */
const PHRASE_REACH = 4;

/** The actor with the subject before its partners' phrase put first, or the actor as read. */
export function withCompanionLead(c: Clause, hit: TriggerHit, actor: PartyUnit[]): PartyUnit[] {
  const head = actor[0];
  if (head && JOINT_TYPES.has(hit.trigger.type)) return withPartnersAfter(c, hit, actor);
  // Force only: `وقفت تركيا إلى جانب قطر` stands by a state, it does not act with it.
  if (!head || head.end > hit.first || hit.trigger.type !== "ASSAULT") return actor;
  // أعلن قيام حكومته إلى جانب كل من كندا وأستراليا بغارات: partners between the subject and the act join it.
  if (!companionOf(c, hit, head, c.cues.jointCompanion)) {
    const end = Math.max(...actor.map((u) => u.end));
    const first = c.units.find(
      (u) => u.first >= end && u.end <= hit.first && companionOf(c, hit, u, c.cues.jointCompanion),
    );
    if (!first || first.first - end > PHRASE_REACH) return actor;
    return [...actor, ...groupAt(c, first).filter((u) => u.end <= hit.first && !actor.includes(u))];
  }
  const lead = groupBefore(c, head.first);
  const last = lead[lead.length - 1];
  if (!last || head.first - last.end > PHRASE_REACH || lead.some((u) => u.first < c.start)) return actor;
  if (lead.some((u) => u.prefix.replace(/^[وف]/u, "") !== "" || actor.includes(u))) return actor;
  return [...lead, ...actor];
}

/** Acts done together whose partners a phrase of company may name after the act (branch lists57). */
const JOINT_TYPES = new Set(["AGREE", "COOPERATE"]);
/** How many words may stand between the act and the phrase's partners (`إلى اتفاق تجاري، إلى جانب`). */
const AFTER_REACH = 6;

/**
 * `وتوصلت الهند واليابان إلى اتفاق تجاري، إلى جانب أستراليا`: partners named after an act done
 * together, on a phrase of acting together (cue joint_companion), join its subject.
 */
function withPartnersAfter(c: Clause, hit: TriggerHit, actor: PartyUnit[]): PartyUnit[] {
  const from = Math.max(hit.end, ...actor.map((x) => x.end));
  const u = c.units.find(
    (x) =>
      x.first >= from &&
      x.first - from <= AFTER_REACH &&
      x.end <= c.end &&
      !actor.includes(x) &&
      companionOf(c, hit, x, c.cues.jointCompanion),
  );
  return u ? [...actor, ...groupAt(c, u).filter((x) => !x.place && !actor.includes(x))] : actor;
}

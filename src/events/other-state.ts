// Other state: with no recipient in the clause, the state of another country later in the sentence that a
// partner or frame preposition governs, or the agent of the object's relative clause.
import type { Clause, PartyUnit } from "./arguments.ts";
import { governed, groupAt, groupHead, PREP_REACH, RELATIVE_REACH, statesOfUnits } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { otherActOpensAt } from "./coordinated-act.ts";
import { harmedOwner } from "./harmed-owner.ts";
import { PARTNER_PREPS, partnerAgain, partnerTaken } from "./partner-slot.ts";
import { causeStop, companionOf, otherSide, saidAgain, topicPreposition } from "./recipient.ts";
import { relativeAgentOf } from "./relative-agent.ts";
import { requestRelativeStop } from "./request-relative.ts";
import type { TriggerHit } from "./triggers.ts";
import { acrossBorder } from "./units.ts";

/** A relative pronoun between the trigger and the unit opens a clause about the object, not an act. */
function relativeBefore(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  for (let k = hit.end; k < u.first; k++) {
    if (!tokenIn(c.cues.relative, c.tokens[k])) continue;
    let act = k - hit.end < RELATIVE_REACH;
    for (let a = Math.max(hit.end, k - RELATIVE_REACH); a < k && !act; a++) act = c.isAct?.(a) ?? true;
    if (!act) return true;
  }
  return false;
}

/**
 * `علقت الهند العمل بالمعاهدة` … `مع باكستان`: with no recipient in the clause, the nearest state of
 * another country later in the sentence that a partner or frame preposition governs.
 */
export function otherState(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  const mine = statesOfUnits(actor);
  // A relative clause belongs to the object (`المقترحات التي قدمتها واشنطن`); فيما، بينما open another event,
  // and رغم a concessive phrase whose states are no side (`رغم قرار مجلس الأمن`).
  let stop = hit.end;
  while (
    stop < c.sentenceEnd &&
    (tokenIn(c.cues.relative, c.tokens[stop]) ||
      !(
        tokenIn(c.cues.clauseBreak, c.tokens[stop]) ||
        tokenIn(c.cues.concessive, c.tokens[stop]) ||
        tokenIn(c.cues.speech, c.tokens[stop]) ||
        tokenIn(c.cues.speechParticiple, c.tokens[stop]) ||
        saidAgain(c, hit, stop) ||
        // دعت الأمم المتحدة إلى الحوار، ووصل وفد من قطر: a clause of another act (coordinated-act.ts).
        otherActOpensAt(c, hit, stop)
      ))
  )
    stop++;
  // هدد باستخدام الفيتو بسبب … مع المكسيك، هدد بعدم السماح … بعد أن استخدم … في تندوف: a threat's cause
  // told after it (cue `threat_cause`, or قبل/بعد أن) names states of the cause, not the one threatened.
  if (hit.trigger.type === "THREATEN") stop = causeStop(c, hit.end, stop);
  stop = requestRelativeStop(c, hit, hit.end, stop); // بإدخال تغييرات على الاتفاق الذي (request-relative.ts)
  // … مع باكستان: only a state a partner or frame preposition governs, or the agent of the object's
  // relative clause; a state named in passing is no party.
  const partner = [...hit.trigger.frame, ...PARTNER_PREPS];
  // لقائه مع الإعلاميين … مع قطر: the partner place is taken (partner-slot.ts).
  const slot = partnerTaken(c, hit.end) ? hit.end : -1;
  // الذين لا يريدون له علاقة طيبة مع كييف: inside the object's relative clause only its
  // agent may be taken, not a state its own prepositions govern.
  // The clause of an act (`الهجوم الذي شنته طهران على إسرائيل`، `إلغاء القمة التي كان يعتزم عقدها مع
  // نظيره`) still names the act's sides (`relativeBefore`).
  const after = c.units.find(
    (u) =>
      u.first >= hit.end &&
      u.end <= stop &&
      otherSide(u, actor, mine) &&
      !harmedOwner(c, hit, u) &&
      !companionOf(c, hit, groupHead(c, u)) &&
      // في قرية سورية على الحدود مع العراق: a neighbour of the place told is no partner of the act.
      !acrossBorder(c.tokens, u.first, u.prefix, c.cues) &&
      !(slot >= 0 && partnerAgain(c, slot, u.first)) &&
      ((!relativeBefore(c, hit, u) &&
        governed(c, u, Math.max(hit.end, u.first - PREP_REACH), partner) &&
        !topicPreposition(c, hit, u.first - 1)) ||
        // العقوبات التي فرضتها الولايات المتحدة: the agent of the object's relative clause.
        relativeAgentOf(c, u, hit.end, hit.trigger.type)),
  );
  // … التي تجريها الولايات المتحدة وكوريا الجنوبية: the whole compound.
  return after ? groupAt(c, after).filter((u) => !actor.includes(u)) : [];
}

// Object owner: a party after the act that names the owner of the thing acted on (a nisba after its
// noun, a conduct's owner, a state's mission, one addressed), not the act's agent; read by actor.ts.
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { conductOwner, objectChain } from "./object-chain.ts";
import { addressedObject } from "./call-object.ts";

/**
 * `إسقاط الطائرة الماليزية`، `إغلاق القاعدة التركية`، `تدعم الموقف الأمريكي`: a nisba right after the
 * noun of the thing acted on (cue `object_head`), itself right after the trigger, names that thing's
 * owner, not the act's agent; so does a state's mission (`missionObject`).
 */
export function ownerOfObject(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  return (
    (u.type === "NISBA" && u.prefix === "" && objectChain(c, hit, u.first)) ||
    conductOwner(c, hit, u) ||
    missionObject(c, hit, u) ||
    addressedObject(c, hit, u)
  );
}

/** How far after a noun of the act the mission's state may start (`إغلاق المركز الثقافي البريطاني`). */
const MISSION_REACH = 2;

/**
 * `إغلاق القنصلية الأمريكية`، `إغلاق مكتب منظمة التحرير الفلسطينية`: with a type done to things (column
 * `mission_target`), a state's mission right after the noun of the act is its object; the state that
 * names it (the mission's own mention, its nisba or the genitive after it) is the target, not the agent.
 */
function missionObject(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  return (
    c.missionTarget === true &&
    hit.trigger.pos === "noun" &&
    u.prefix === "" &&
    u.first >= hit.end &&
    u.first - hit.end <= MISSION_REACH &&
    tokenIn(c.cues.missionHead, c.tokens[hit.end]) &&
    !punctuated(c, hit.end, u.first)
  );
}

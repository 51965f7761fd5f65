// The maker of threats named as their genitive: `لا تخشى طهران تهديدات ترامب`، `سترد على تحذيرات واشنطن`.
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { groupAt, statesOfUnits } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { ownerOf } from "./replied-charge.ts";
import type { TriggerHit } from "./triggers.ts";

/**
 * `قال قائد الحرس إن بلاده لا تخشى تهديدات ترامب`: a plural threat or warning noun (cue threat_plural: تهديدات،
 * تحذيرات, and with the article before a nisba, التهديدات الأمريكية) with a party
 * right after it, with no proclitic, is that party's act: the genitive makes the threats, and the clause's
 * subject, read as the actor by the plain word order, is the one they are aimed at, unless the noun names
 * another after it (`تهديدات ترامب لإيران`). The singular `تهديد` is left as it was: its genitive is as often
 * the one threatened (`تهديد الولايات المتحدة`). Null when the sides already read so, or share a state.
 */
export function threatOwner(c: Clause, hit: TriggerHit, sides: Arguments): Arguments | null {
  if (hit.trigger.type !== "THREATEN" || hit.trigger.pos !== "noun") return null;
  if (!tokenIn(c.cues.threatPlural, c.tokens[hit.first])) return null;
  // ردا على تهديدات مسؤولين روس بإسقاط: with no actor read, the officials' state right after them makes the threats.
  if (sides.actor.length === 0) {
    const nisba = c.units.find((u) => u.first === hit.end + 1 && u.type === "NISBA" && u.prefix === "");
    if (!nisba || !tokenIn(c.cues.speakerHead, c.tokens[hit.end])) return null;
    const mine = statesOfUnits([nisba]);
    return {
      ...sides,
      actor: [nisba],
      recipient: sides.recipient.filter((u) => u.parties.every((p) => !mine.has(p.country))),
    };
  }
  // لا تخشى تهديدات الرئيس الأمريكي: a title with a nisba names the threatener too (replied-charge.ts).
  const after = ownerOf(c, hit);
  const owner = sides.recipient.find((u) => u === after);
  if (!owner || sides.actor.length === 0 || sides.actor.every((u) => u.first >= hit.end)) return null;
  const makers = groupAt(c, owner);
  const mine = statesOfUnits(makers);
  if (sides.actor.some((u) => u.parties.some((p) => mine.has(p.country)))) return null;
  const others = sides.recipient.filter((u: PartyUnit) => !makers.includes(u));
  return { ...sides, actor: makers, recipient: others.length > 0 ? others : sides.actor };
}

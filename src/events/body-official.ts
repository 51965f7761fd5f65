// The nationality of a world body's official (`رئيس الاتحاد الدولي لكرة القدم، السويسري جياني إنفانتينو`،
// `مديرة صندوق النقد الدولي، الفرنسية كريستين لاغارد`): a nisba in apposition after the title of an office in a
// body the text calls international or world-wide (cue `world_body_word` after a head of cue
// `body_official_head`) tells where the official comes from, not the state the official acts for; it is no side
// (branch precision65). Read by personNisba (private-subject.ts), so findActor (actor.ts) lends no actor from it.
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";

/** How many words the title may hold before the comma (`الأمين العام للجنة الدولية للصليب الأحمر`). */
const TITLE_REACH = 7;

/** The nisba unit `u` stands after a comma that closes the title of a world body's office. */
export function bodyOfficialNisba(c: Clause, u: PartyUnit): boolean {
  if (u.type !== "NISBA" || u.prefix !== "") return false;
  const last = u.first - 1;
  if (last < c.sentenceStart || !punctuated(c, u.first, u.first)) return false;
  let world = false;
  for (let k = last; k >= Math.max(c.sentenceStart, last - TITLE_REACH); k--) {
    if (k < last && punctuated(c, k + 1, k + 1)) return false;
    // No party of its own inside the title: `رئيس الوزراء الإسرائيلي، …` names a state's office.
    if (c.all.some((x) => x.first <= k && k < x.end)) return false;
    if (tokenIn(c.cues.worldBodyWord, c.tokens[k])) world = true;
    else if (world && tokenIn(c.cues.bodyOfficialHead, c.tokens[k])) return true;
  }
  return false;
}

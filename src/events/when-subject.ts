// The subject of a perfect verb right after a conjunction of time (`عندما`، `بعدما`) that names none after it:
// `أدان مجلس الأمن إسرائيل عندما هاجمت مفاعل أوزيراك`، `ضاعفت الولايات المتحدة الرسوم على أنقرة بعدما رفضت تسليم
// القس`، `أثار ترامب غضب الفلسطينيين حينما اعترف بالقدس`. Arabic drops the subject that the clause before has
// just named; the verb's gender tells which party it is: the nearest before the conjunction that agrees.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt, groupHead } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { feminineState, verbCore } from "./gender-object.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words may stand between the subject and the conjunction (`ترامب غضب الفلسطينيين في ديسمبر الماضي، حينما`). */
const REACH = 8;
/** A nisba in the sound masculine plural (`الفلسطينيين`): people, who take a plural verb. */
const MEN = /ي(ين|ون)$/u;

/** The verb's core as a perfect: `feminine` (`هاجمت`), `masculine` (`اعترف`), or null (an imperfect, a dual). */
function perfectGender(t: Token, prefix: string): "feminine" | "masculine" | null {
  const core = verbCore(t, prefix);
  if (core.length < 3 || /^[يتن]/u.test(core) || /(ا|ن|وا)$/u.test(core)) return null;
  return core.endsWith("ت") && core.length >= 4 ? "feminine" : "masculine";
}

/** `u` can be the subject of a verb of this gender: a state's name for the feminine, a man or a man's nisba for the masculine. */
function agreesWith(c: Clause, u: PartyUnit, gender: "feminine" | "masculine"): boolean {
  const head = (c.tokens[u.first] as Token).text;
  if (gender === "feminine") return feminineState(c, u);
  if (MEN.test(head)) return false;
  return (u.type === "PERSON" || u.type === "NISBA") && !/ة$/u.test(head);
}

/** The party before a conjunction of time that a perfect verb with no subject of its own has for its subject. */
export function whenSubject(c: Clause, hit: TriggerHit): PartyUnit[] {
  if (hit.trigger.pos !== "verb" || hit.prefix !== "") return [];
  const k = hit.first - 1;
  if (k < c.sentenceStart || !tokenIn(c.cues.whenPast, c.tokens[k])) return [];
  const gender = perfectGender(c.tokens[hit.first] as Token, hit.prefix);
  if (gender === null) return [];
  for (let i = c.units.length - 1; i >= 0; i--) {
    const u = c.units[i] as PartyUnit;
    if (u.end > k) continue;
    if (u.first < c.sentenceStart || k - u.end > REACH) break;
    if (!u.parties.some((p) => p.country !== null) || !agreesWith(c, u, gender)) continue;
    return groupAt(c, groupHead(c, u));
  }
  return [];
}

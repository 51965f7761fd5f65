// The subject of a relative clause's verb that carries the antecedent as its object pronoun and names no subject
// after it: `ونشر الجيش الإسرائيلي صورا للمواقع التي قصفها داخل سوريا`، `قررت الولايات المتحدة تطبيق الرسوم التي
// فرضتها على الصلب المستورد من تركيا`، `وصل ولي العهد السعودي من مصر التي زارها`. Arabic drops the subject the
// sentence has just named; the verb's gender tells which party it is: the nearest one before the antecedent that
// agrees with it. The antecedent itself is the verb's object, never its subject.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt, groupHead } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { feminineState, verbCore } from "./gender-object.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words may stand between the subject and the relative pronoun (`الجيش الإسرائيلي صورا التقطت … للمواقع التي`). */
const REACH = 10;
/** A nisba in the sound masculine plural (`الفلسطينيين`): people, who take a plural verb. */
const MEN = /ي(ين|ون)$/u;
/** The object pronoun on the verb (`قصفها`، `زاره`، `فرضتهم`). */
const OBJECT = /(ها|هم|هما|ه)$/u;

/** The verb's core as a perfect without its object pronoun: `feminine` (`فرضتها`), `masculine` (`قصفها`), or null. */
function perfectGender(t: Token, prefix: string): "feminine" | "masculine" | null {
  const core = verbCore(t, prefix).replace(OBJECT, "");
  if (core.length < 3 || /^[يتن]/u.test(core) || /(ا|ن|و)$/u.test(core)) return null;
  return core.endsWith("ت") && core.length >= 4 ? "feminine" : "masculine";
}

/** `u` can be the subject of a verb of this gender: a state's name for the feminine, a man or a man's nisba for the masculine. */
function agreesWith(c: Clause, u: PartyUnit, gender: "feminine" | "masculine"): boolean {
  const head = (c.tokens[u.first] as Token).text;
  // الحكومة، وزارة: a body whose head ends in ة takes the feminine; الجيش، البيت الأبيض the masculine.
  if (gender === "feminine") return feminineState(c, u) || (u.type === "ORG" && /ة$/u.test(head));
  if (MEN.test(head)) return false;
  return (u.type === "PERSON" || u.type === "NISBA" || u.type === "ORG") && !/ة$/u.test(head);
}

/** The party before the antecedent that a relative clause's verb with an object pronoun has for its subject. */
export function objectRelativeSubject(c: Clause, hit: TriggerHit): PartyUnit[] {
  if (hit.trigger.pos !== "verb" || hit.prefix !== "" || !(c.answersAt?.(hit.first) ?? false)) return [];
  const k = hit.first - 1;
  if (k <= c.sentenceStart || !tokenIn(c.cues.relative, c.tokens[k])) return [];
  const gender = perfectGender(c.tokens[hit.first] as Token, hit.prefix);
  // والتي ألغتها الحكومة السابقة: a definite noun right after the verb is its own subject, though no state's.
  if (gender === null || /^ال/u.test(c.tokens[hit.end]?.key ?? "")) return [];
  // مصر التي زارها: the antecedent (with the compound it closes) is the object.
  const antecedent = c.units.find((u) => u.end === k);
  const skip = antecedent ? groupAt(c, groupHead(c, antecedent)) : [];
  for (let i = c.units.length - 1; i >= 0; i--) {
    const u = c.units[i] as PartyUnit;
    if (u.end > k || skip.includes(u)) continue;
    if (u.first < c.sentenceStart || k - u.end > REACH) break;
    if (!u.parties.some((p) => p.country !== null) || !agreesWith(c, u, gender)) continue;
    return groupAt(c, groupHead(c, u));
  }
  return [];
}

// A state joined by و to a state a preposition governs is a second object of that preposition, not
// the subject of the act: `ورحب الوزير بالصين وروسيا`، `مظاهرات للتنديد بأمريكا وإسرائيل`. The first
// state after ب may be set aside as a place (`بالصين`: in China), and the one after و then looked like
// the first bare party after the act, its subject. Read by actor.ts where a party after the trigger is
// taken as its subject.
import type { Clause, PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import { punctuated } from "./clause-units.ts";
import { newSubjectAt } from "./own-verb-conjunct.ts";

/**
 * `u` opens with و and stands right after another unit (no word and no punctuation between) that a
 * preposition governs: one on its first word (`بالصين`، `لإسرائيل`) or a preposition word right before
 * it (`على إيران وسوريا`، `مع مصر والأردن`). Not a unit after a comma (`…بالصين، وروسيا تقول`), where
 * a clause of its own may open.
 */
export function governedConjunct(c: Clause, u: PartyUnit): boolean {
  if (!u.prefix.startsWith("و")) return false;
  const prev = c.all.find((v) => v.end === u.first);
  if (prev === undefined || punctuated(c, prev.end, u.first)) return false;
  return prev.prefix.replace(/^[وف]/u, "") !== "" || tokenIn(c.cues.preposition, c.tokens[prev.first - 1]);
}

/**
 * `u`, carried by و, is no subject of the act before it: a second object of a preposition (governedConjunct), or,
 * after a comma, the subject of a verb of its own (`…بالصين، وروسيا تقول`، own-verb-conjunct.ts).
 */
export function conjunctOfAnother(c: Clause, u: PartyUnit): boolean {
  return governedConjunct(c, u) || newSubjectAt(c, u);
}

// `وزار عدد من الوزراء الفرنسيين طهران`، `ووصل وفد من كوريا الجنوبية`: a word of how many or a delegation (cue
// subject_quantity) right after a verb, and من after it, open the verb's own subject. A party right after من, or
// after one head noun (`الوزراء`), is the subject's state, though من before it would read it as a preposition's;
// with no party there (`وزار العديد من القادة الأوروبيين`، `وفد من رجال الأعمال`) the subject has no state, and
// the verb takes none from the clause before.
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** The token right after `من` when a word of quantity and `من` stand right after the verb, with no mark; else -1. */
export function quantitySubjectAt(c: Clause, hit: TriggerHit): number {
  if (hit.trigger.pos !== "verb" || !tokenIn(c.cues.subjectQuantity, c.tokens[hit.end])) return -1;
  if (c.tokens[hit.end + 1]?.key !== "من" || hit.end + 2 >= c.sentenceEnd) return -1;
  return punctuated(c, hit.end, hit.end + 2) ? -1 : hit.end + 2;
}

/** The party `u` is the state of the subject a word of quantity opens (`عدد من الوزراء الفرنسيين`). */
export function quantitySubject(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  const at = quantitySubjectAt(c, hit);
  return (
    at >= 0 && u.prefix === "" && (u.first === at || (u.first === at + 1 && !punctuated(c, at + 1, at + 1)))
  );
}

// A court's conviction (branch accuse48): `أدانت محكمة إسرائيلية الجندي بالقتل`، `وأدانت المحكمة الناشط بتهمة نشر
// أخبار كاذبة`. The verb of condemning (cue convict_verb) with a court or a judge (cue court_asked) as its subject is
// a verdict on a person in a case: no state condemns another, so no ACCUSE. A state's organ that condemns (`أدانت
// الخارجية`) and a court's other acts (an indictment, `وجهت المحكمة الاتهام`) are left as they were.
import type { Clause } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** The verb trigger of condemning whose subject is a court: right after it (VSO), or one or two words before it. */
export function courtVerdict(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.type !== "ACCUSE" || hit.trigger.pos !== "verb") return false;
  if (!tokenIn(c.cues.convictVerb, c.tokens[hit.first])) return false;
  const court = (k: number) => k >= c.start && k < c.end && tokenIn(c.cues.courtAsked, c.tokens[k]);
  return court(hit.end) || court(hit.first - 1) || court(hit.first - 2);
}

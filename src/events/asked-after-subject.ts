// `ودعا رئيس الوزراء واشنطن إلى الضغط على إسرائيل`، `ودعت منظمة العفو الدولية السعودية إلى الإفراج عن …`: after a
// verb of calling, a subject of no state (a title, a name or a body the text gives no state) may stand before the
// first state; that state, followed right away by what it is asked to do (إلى، على، or a word on ب), is the one
// asked, never the caller. Read as the subject, it became the caller, and a state inside the call its addressee.
import { keyOf } from "../arabic/normalize.ts";
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt, punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words the stateless subject may take (`منظمة العفو الدولية`). */
const SUBJECT_WORDS = 3;
/** Keys of the prepositions that open what the one asked is asked to do. */
const CONTENT = new Set(["إلى", "الى", "على"].map(keyOf));

/** The state `u`, past a stateless subject after the request verb `hit`, is the one asked. */
export function askedAfterSubject(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  if (hit.trigger.type !== "REQUEST" || hit.trigger.pos !== "verb" || !hit.trigger.frame.includes("direct"))
    return false;
  const gap = u.first - hit.end;
  if (gap < 1 || gap > SUBJECT_WORDS || u.prefix !== "" || punctuated(c, hit.end, u.first)) return false;
  for (let k = hit.end; k < u.first; k++) {
    const t = c.tokens[k] as Token;
    // ودعت أيضا روسيا، ودعا أمس الرئيس: an adverb or a time word is no subject; كل من، مصر: no preposition either.
    if (tokenIn(c.cues.carrierFiller, t) || tokenIn(c.cues.timeAside, t) || tokenIn(c.cues.preposition, t))
      return false;
    if (c.all.some((x) => x.first <= k && k < x.end)) return false;
  }
  // ودعا الرئيس الأمريكي إيران: a nisba after a title names the subject's state; it is the caller.
  const group = groupAt(c, u);
  if (group.some((x) => x.type === "NISBA" || x.first < u.first)) return false;
  const end = Math.max(...group.map((x) => x.end));
  const next = c.tokens[end];
  if (next === undefined || punctuated(c, end, end)) return false;
  return CONTENT.has(next.key) || next.bare.some((b) => b.prefix === "ب");
}

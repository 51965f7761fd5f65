// The doer of an act noun told by a verb of doing after it, when a title stands before the doer's state
// (`الزيارة التي يقوم بها وزير الخارجية الروسي إلى مصر`، `أول زيارة رسمية يقوم بها الرئيس الفرنسي إلى
// الجزائر`، `المحادثات التي يجريها رئيس الوزراء الياباني`). actor.ts reads a party at most one word past
// the verb's ب (`التي قامت بها الولايات المتحدة`, `التي يقوم بها بوتين`); a title and its body (`وزير
// الخارجية`) put the nisba two or three words further. Branch consult49.
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt, punctuated, RELATIVE_REACH } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words the title may take before its nisba or state (`رئيس الوزراء الياباني`: two). */
const TITLE_WORDS = 3;

/** An object pronoun on a light verb (`يجريها`، `أجراها`): the noun it carries. */
const OBJECT_PRONOUN = /(?:ها|هما|هم|ه)$/u;

/**
 * After the noun (and one or two adjectives, or a relative pronoun), a light verb with `بها`/`به` or with
 * the noun's pronoun on it, then a bare title word (cue `title_object`), then the state's party within
 * TITLE_WORDS words, with no comma, preposition or prefix between: that party is the act's doer.
 */
export function titledDoer(c: Clause, hit: TriggerHit): PartyUnit[] {
  if (hit.trigger.pos !== "noun") return [];
  for (let k = hit.end; k < hit.end + RELATIVE_REACH && k < c.sentenceEnd; k++) {
    const t = c.tokens[k];
    if (!t || punctuated(c, hit.end, k)) return [];
    let from = -1;
    if (tokenIn(c.cues.doneWith, c.tokens[k + 1]) && tokenIn(c.cues.lightVerb, t)) from = k + 2;
    else if (OBJECT_PRONOUN.test(t.key) && c.cues.lightVerb.has(t.key.replace(OBJECT_PRONOUN, "")))
      from = k + 1;
    if (from < 0) continue;
    const title = c.tokens[from];
    if (!title || !c.cues.titleObject.has(title.key)) return [];
    const u = c.units.find((x) => x.first > from && x.first <= from + TITLE_WORDS);
    if (!u || u.prefix !== "" || punctuated(c, hit.end, u.first)) return [];
    for (let j = from + 1; j < u.first; j++) if (tokenIn(c.cues.preposition, c.tokens[j])) return [];
    return groupAt(c, u);
  }
  return [];
}

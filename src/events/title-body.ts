// The body of a title as the subject after a verb: in `وحث الأمين العام للأمم المتحدة حكومة مالي`
// the one who appeals is the United Nations, named after ل as the body the title heads, and the state
// after it is the addressee. Docs: docs/EVENTS.md, "Twenty-eighth pass".
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt, punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words after the title head its body may start (`الأمين العام للأمم المتحدة`، `المبعوث الخاص للأمم المتحدة`). */
const BODY_REACH = 2;

/**
 * A title head (cue `body_title`: الأمين، المبعوث، المندوب) right after a verb, a party after ل within
 * `BODY_REACH` words with no comma between, and the verb's object right after that body (or after the
 * holder's name set off by commas: `الممثل التجاري للولايات المتحدة، جون سميث، المنظمة`): the body
 * is the verb's subject. Else none: with no object there, a state named later (`حذر الأمين العام للأمم
 * المتحدة من أن حربا بين حزب الله وإسرائيل`، `المبعوث الخاص للأمم المتحدة إلى اليمن`) is no addressee.
 */
export function titleBody(c: Clause, hit: TriggerHit): PartyUnit[] {
  if (hit.trigger.pos !== "verb" || !tokenIn(c.cues.bodyTitle, c.tokens[hit.end])) return [];
  const u = c.units.find((x) => x.first > hit.end && x.first <= hit.end + BODY_REACH);
  if (!u || u.prefix !== "ل" || punctuated(c, hit.end + 1, u.first)) return [];
  const body = groupAt(c, u);
  let end = Math.max(...body.map((x) => x.end));
  const name = c.units.find((x) => x.first === end);
  if (name?.type === "PERSON" && punctuated(c, end, end) && punctuated(c, name.end, name.end)) end = name.end;
  else if (punctuated(c, end, end)) return [];
  // السلطات السودانية: the object's head may stand before its nisba; not a preposition (`إلى اليمن`).
  if (tokenIn(c.cues.preposition, c.tokens[end])) return [];
  const object = c.units.find(
    (x) =>
      x.first >= end && x.first <= end + 1 && x.prefix === "" && !x.place && !punctuated(c, end, x.first),
  );
  return object ? body : [];
}

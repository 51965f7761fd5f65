// The body of a title as the subject after a verb: in `وحث الأمين العام للأمم المتحدة حكومة مالي`
// the one who appeals is the United Nations, named after ل as the body the title heads, and the state
// after it is the addressee. Docs: docs/EVENTS.md, "Twenty-eighth pass" and "Thirty-fifth pass:
// missed charges" (member heads).
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt, punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { pastTimeGap } from "./time-gap.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words after the title head its body may start (`الأمين العام للأمم المتحدة`، `المبعوث الخاص للأمم المتحدة`). */
const BODY_REACH = 2;

/** How many words after a member head its body may start (`مصدر مسؤول في وزارة الخارجية السورية`). */
const MEMBER_REACH = 3;

/**
 * A title head (cue `body_title`: الأمين، المبعوث، المندوب) right after a verb, a party after ل within
 * `BODY_REACH` words with no comma between, and the verb's object right after that body (or after the
 * holder's name set off by commas: `الممثل التجاري للولايات المتحدة، جون سميث، المنظمة`): the body
 * is the verb's subject. Else none: with no object there, a state named later (`حذر الأمين العام للأمم
 * المتحدة من أن حربا بين حزب الله وإسرائيل`، `المبعوث الخاص للأمم المتحدة إلى اليمن`) is no addressee.
 * A member head (cue `member_head`: وزير، مسؤول، مصدر، تقرير) takes its body after ل or after في
 * within `MEMBER_REACH` words; after في only an organisation (`مسؤول كبير في الأمم المتحدة`،
 * `مصدر مسؤول في وزارة الخارجية السورية`), never a country or city, which is where the member
 * stands; its object may follow the body's closing comma (`…السورية، أمريكا`).
 */
export function titleBody(c: Clause, hit: TriggerHit): PartyUnit[] {
  if (hit.trigger.pos !== "verb") return [];
  const head = c.tokens[hit.end];
  const titled = tokenIn(c.cues.bodyTitle, head);
  const member = !titled && tokenIn(c.cues.memberHead, head);
  if (!titled && !member) return [];
  const reach = member ? MEMBER_REACH : BODY_REACH;
  const u = c.units.find((x) => x.first > hit.end && x.first <= hit.end + reach);
  if (!u || punctuated(c, hit.end + 1, u.first)) return [];
  if (u.prefix !== "ل" && !(member && memberSeat(c, u))) return [];
  const body = groupAt(c, u);
  let end = Math.max(...body.map((x) => x.end));
  const name = c.units.find((x) => x.first === end);
  if (name?.type === "PERSON" && punctuated(c, end, end) && punctuated(c, name.end, name.end)) end = name.end;
  // ودعا الأمين العام للأمم المتحدة يوم الثلاثاء روسيا: a time phrase before the object (time-gap.ts).
  const timed = pastTimeGap(c, end) > end;
  if (timed) end = pastTimeGap(c, end);
  else if (end !== name?.end && punctuated(c, end, end) && !member) return [];
  // ونفى مصدر مسؤول في القنصلية السعودية هذه المزاعم: one denies or refuses a thing, not a state; the body
  // a member speaks for is the subject with no party after it (the claim's teller is read as for any denial).
  if (member && hit.trigger.type === "REJECT") return body;
  // السلطات السودانية: the object's head may stand before its nisba; not a preposition (`إلى اليمن`).
  if (tokenIn(c.cues.preposition, c.tokens[end])) return [];
  const object = c.units.find(
    (x) =>
      x.first >= end &&
      x.first <= end + 1 &&
      x.prefix === "" &&
      !x.place &&
      (member || timed || !punctuated(c, end, x.first)),
  );
  return object ? body : [];
}

/** `مسؤول في الأمم المتحدة`: the unit right after في is an organisation, not a country or a city. */
function memberSeat(c: Clause, u: PartyUnit): boolean {
  return u.prefix === "" && c.tokens[u.first - 1]?.key === "في" && u.type !== "GPE" && !u.place;
}

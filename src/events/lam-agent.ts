// `الضربة المشتركة للولايات المتحدة وبريطانيا وفرنسا على سوريا`، `الغارات الجوية لإسرائيل ضد سوريا`: an act noun of
// force whose doers follow it after ل, with only adjectives between, and whose target follows them after على or ضد.
// The ل-phrase is the actor and the على/ضد phrase the recipient. Without على or ضد the ل-phrase is read as before
// (`ضربة موجعة للتحالف` is a blow the coalition took, `وجه ضربة لإيران` one dealt to Iran), so the reading needs both.
import type { Token } from "../pipeline/types.ts";
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { groupAt, punctuated } from "./clause-units.ts";
import type { TriggerHit } from "./triggers.ts";
import { keyOf } from "../arabic/normalize.ts";

/** How many adjectives may stand between the act noun and its ل-phrase (`الضربة العسكرية المشتركة`). */
const ADJECTIVE_REACH = 2;
/** How far after على the target's state may stand (`على مواقع عسكرية في سوريا`). */
const TARGET_REACH = 4;
/** The words that open the target after the doers. */
const TARGET_WORDS = new Set(["على", "ضد"].map(keyOf));

function stated(u: PartyUnit): boolean {
  return !u.place && u.type !== "GROUP" && u.parties.length > 0 && u.parties.every((p) => p.country !== null);
}

/** The actor after ل and the recipient after على/ضد of a force noun; null when the shape is not there. */
export function lamAgentSides(c: Clause, hit: TriggerHit): Arguments | null {
  if (hit.trigger.type !== "ASSAULT" || hit.trigger.pos !== "noun") return null;
  const doer = c.units.find(
    (u) => u.first >= hit.end && u.first <= hit.end + ADJECTIVE_REACH && u.end <= c.end,
  );
  if (!doer || doer.prefix !== "ل" || !stated(doer)) return null;
  for (let k = hit.end; k < doer.first; k++) {
    const t = c.tokens[k] as Token;
    if (!/^ال\p{L}+$/u.test(t.text) || c.all.some((u) => u.first <= k && k < u.end)) return null;
  }
  if (punctuated(c, hit.first, doer.first)) return null;
  const doers = groupAt(c, doer);
  const end = (doers[doers.length - 1] as PartyUnit).end;
  if (end >= c.end || !TARGET_WORDS.has((c.tokens[end] as Token).key) || punctuated(c, end - 1, end))
    return null;
  // على سوريا، على مواقع سورية، على أهداف في سوريا: the target's state within a few words, in one phrase.
  const target = c.all.find((u) => u.first > end && u.first <= end + TARGET_REACH && u.end <= c.end);
  if (target && punctuated(c, end, target.first)) return null;
  for (let k = end + 1; target && k < target.first; k++)
    if (
      k < target.first - 1
        ? !/^\p{L}+$/u.test((c.tokens[k] as Token).text)
        : !/^(في|\p{L}+)$/u.test((c.tokens[k] as Token).text)
    )
      return null;
  if (!target || target.prefix !== "" || !stated({ ...target, place: false })) return null;
  const targets = c.units.includes(target) ? groupAt(c, target) : [target];
  const mine = new Set(doers.flatMap((u) => u.parties.map((p) => p.country)));
  if (targets.some((u) => u.parties.some((p) => mine.has(p.country)))) return null;
  return { actor: doers, recipient: targets, fromPhrase: true };
}

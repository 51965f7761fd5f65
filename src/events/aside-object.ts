// The object of a judging verb past an aside after its subject: in `وانتقد وزير الخارجية الإيراني، في
// مقابلة مع صحيفة ألمانية، الولايات المتحدة` the one criticised stands right after the comma that closes
// the aside, not inside it. Called by recipient.ts (findRecipient). Docs: docs/EVENTS.md, "Forty-fifth
// pass" (branch accuse45).
import type { Token } from "../pipeline/types.ts";
import { gapIs } from "../arabic/gaps.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated, statesOfUnits } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many tokens the aside may take before its closing comma (`، في مؤتمر صحفي عقده في طهران يوم الاثنين،`). */
const ASIDE_OBJECT_REACH = 12;

/**
 * An ACCUSE verb whose post-verbal subject ends at `from`: when a comma follows the subject and the
 * aside it opens starts with a preposition or a word of time (`في بيان`، `خلال مؤتمر`، `يوم الثلاثاء`),
 * names no state but the actor's, and holds no other comma or quotation before the comma that closes
 * it, the unit right after that comma, with no proclitic preposition, of another state than the
 * actor's, is the verb's object.
 */
export function afterAside(
  c: Clause,
  hit: TriggerHit,
  from: number,
  actor: readonly PartyUnit[],
): PartyUnit | undefined {
  if (hit.trigger.type !== "ACCUSE" || hit.trigger.pos !== "verb") return undefined;
  if (from >= c.end || !commaBefore(c, from)) return undefined;
  const opener = c.tokens[from] as Token;
  if (!tokenIn(c.cues.preposition, opener) && !tokenIn(c.cues.timeAside, opener)) return undefined;
  const mine = statesOfUnits(actor);
  if (mine.has(null) || mine.size === 0) return undefined;
  const last = Math.min(c.end, from + ASIDE_OBJECT_REACH);
  for (let k = from + 1; k < last; k++) {
    // A state of another side inside the aside (`في اتصال مع نظيره الروسي`): the object is not read past it.
    const inside = c.all.find((u) => u.first === k && !actor.includes(u));
    if (!commaBefore(c, k)) {
      if (punctuated(c, k, k)) return undefined;
      if (inside && inside.parties.some((p) => !mine.has(p.country))) return undefined;
      continue;
    }
    const u = c.units.find((x) => x.first === k);
    return u &&
      u.prefix === "" &&
      !actor.includes(u) &&
      u.parties.every((p) => p.country !== null && !mine.has(p.country))
      ? u
      : undefined;
  }
  return undefined;
}

/** A comma, and nothing else but spaces, between token `k - 1` and token `k`. */
function commaBefore(c: Clause, k: number): boolean {
  return gapIs(c.text, (c.tokens[k - 1] as Token).end, (c.tokens[k] as Token).start, "comma");
}

/**
 * `زيارة ملك المملكة الأردنية الهاشمية، عبد الله الثاني، إلى مصر`، `زيارة رئيس وزراء اليابان، شينزو آبي،
 * إلى الهند`: a person of the subject's own state set off by a comma right after the subject is its name in
 * apposition, not the direct object; the recipient is then read from the frame's prepositions (branch consult49).
 */
export function apposedName(c: Clause, from: number, u: PartyUnit, actor: readonly PartyUnit[]): boolean {
  const mine = statesOfUnits(actor);
  if (mine.has(null) || mine.size === 0 || u.type !== "PERSON" || u.prefix !== "") return false;
  if (u.first < from || !punctuated(c, from, u.first)) return false;
  return u.parties.every((p) => p.country !== null && mine.has(p.country));
}

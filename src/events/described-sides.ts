// Parties that only describe a side (docs/EVENTS.md, "Thirty-fourth pass: false events with a wrong
// side"). In `ورفضت روسيا التي تدعم الحكومة السورية خطة وقف إطلاق النار`, the relative clause right
// after the actor tells who the actor is (it backs the Syrian government); the state inside it is the
// object of that clause's own verb, not of the trigger outside it. Read as the trigger's recipient, it
// turns a description into an act on the described state.
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/**
 * Unit `u` stands inside a relative clause opened right after one of the actor's units (a comma may
 * stand between), before any punctuation closes it, and the trigger is not inside that clause: the
 * unit describes the actor and is no side of the trigger.
 */
export function inActorRelative(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  u: PartyUnit,
): boolean {
  for (const a of actor) {
    const r = a.end;
    if (r >= u.first || !tokenIn(c.cues.relative, c.tokens[r])) continue;
    // روسيا التي تدعم الحكومة السورية: the unit must follow the pronoun in the same stretch of words.
    if (punctuated(c, r + 1, u.first)) continue;
    // الدول التي فرضت عقوبات على قطر: a trigger inside the relative clause is its own act.
    if (hit.first > r && hit.first < u.first) continue;
    return true;
  }
  return false;
}

/** How many words may stand between a noun of relations or conflict and its بين (`العلاقات الثنائية بين`). */
const TOPIC_REACH = 3;

/**
 * Unit `u` is one of two states named by `بين X و Y` after a noun of relations or conflict (`تحسن العلاقات
 * بين السعودية والعراق`، `الصراع بين الإسرائيليين والفلسطينيين`), neither of them the actor's state, and the
 * trigger is outside that phrase: a third state's act amid or about the pair's ties has the pair as its topic,
 * not as its recipient. When the actor is one of the pair (`أكد خلال لقائه ماتيس أن العلاقة بين السعودية
 * والولايات المتحدة`), the other may well be the one it acts on, and is left. A dual (`بين البلدين`) stands for
 * sides named elsewhere and is left to them.
 */
export function inTopicPair(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[], u: PartyUnit): boolean {
  const pair = pairOf(c, u);
  if (!pair) return false;
  const mine = new Set(actor.flatMap((a) => a.parties.map((p) => p.country)));
  if (pair.some((v) => v.parties.some((p) => mine.has(p.country)))) return false;
  const [first, second] = pair;
  const between = first.first - 1;
  for (let k = between - 1; k >= Math.max(c.sentenceStart, between - TOPIC_REACH); k--) {
    const t = c.tokens[k];
    if (!tokenIn(c.cues.relationNoun, t) && !tokenIn(c.cues.betweenTopic, t)) continue;
    if (punctuated(c, k + 1, first.first)) return false;
    return hit.first < k || hit.first >= second.end;
  }
  return false;
}

/** The two units of `بين X و Y` that `u` is one of, both states and neither a dual, or null. */
function pairOf(c: Clause, u: PartyUnit): [PartyUnit, PartyUnit] | null {
  const opens = (v: PartyUnit) => v.prefix === "" && c.tokens[v.first - 1]?.key === "بين";
  const joins = (v: PartyUnit, w: PartyUnit) => w.first === v.end && w.prefix.startsWith("و");
  let pair: [PartyUnit, PartyUnit] | null = null;
  if (opens(u)) {
    const next = c.all.find((w) => joins(u, w));
    if (next) pair = [u, next];
  } else if (u.prefix.startsWith("و")) {
    const prev = c.all.find((v) => joins(v, u) && opens(v));
    if (prev) pair = [prev, u];
  }
  if (!pair || pair.some((v) => v.type === "DUAL" || !v.parties.every((p) => p.country !== null)))
    return null;
  return pair;
}

// A threat of reply that names no one it is aimed at, told with a definite noun of a measure in its sentence
// (`واعتبر لافروف أن القرار "غير ودي"، مؤكدا أن بلاده سترد بشكل مناسب`، `مضيفة أنها سترد على هذه الإجراءات
// العدائية`): the noun points back to the measure the article told before, however far (a reaction told
// sentences after the expulsion or the sanctions it answers), and the threat is aimed at that measure's
// doer: the actors of the first unnegated sanction, coercion or attack against the threatener's one state
// the article tells (the lead's measure: `القرار` after a list of states that followed suit is still the lead's).
import type { Event, EventType, Party, Token } from "../pipeline/types.ts";
import type { Clause } from "./arguments.ts";
import { lastAgainst } from "./sides.ts";
import type { TriggerHit } from "./triggers.ts";

/** The kinds of measure a threat of reply answers. */
const MEASURES: readonly EventType[] = ["SANCTION", "COERCE", "ASSAULT"];

/** A definite measure noun (cue `measure_backref`) in the hit's sentence, before or after it, not the trigger's head. */
function measureNamed(c: Clause, hit: TriggerHit): boolean {
  const sentence = (c.tokens[hit.first] as Token).sentence;
  for (let k = c.sentenceStart; k < c.tokens.length && (c.tokens[k] as Token).sentence === sentence; k++)
    // الإجراءات الانتقامية الصينية: the noun the trigger qualifies is the threat's own, no measure answered.
    if (c.cues.measureBackref.has((c.tokens[k] as Token).key) && (k < hit.first - 1 || k >= hit.end))
      return true;
  return false;
}

/** The doer of the (first) measure a threat of reply answers, when its sentence points back to one (see above). */
export function answeredMeasure(
  c: Clause,
  hit: TriggerHit,
  actor: readonly Party[],
  told: { events: readonly Event[] },
): Party[] {
  if (!measureNamed(c, hit)) return [];
  const events = [...told.events].reverse();
  let best: { at: number; parties: Party[] } | null = null;
  for (const type of MEASURES) {
    const parties = lastAgainst(type, actor, events);
    if (parties.length === 0) continue;
    const at = told.events.findIndex((e) => e.type === type && e.actor.some((p) => parties.includes(p)));
    if (best === null || at < best.at) best = { at, parties };
  }
  return best ? best.parties : [];
}

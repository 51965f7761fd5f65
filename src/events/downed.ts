// The state of a downed aircraft is the target: `إسقاط طائرة عسكرية روسية` and the passive `أسقطت
// مروحية تركية` tell of a Russian and a Turkish aircraft brought down, not of a Russian or Turkish
// strike. Docs: docs/EVENTS.md, "Twenty-seventh pass: the wrong party".
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { anyIn, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far after the downing word the aircraft noun may stand (`إسقاط طائرة`، `أسقطت الدفاعات … طائرة`). */
const CRAFT_REACH = 1;
/** How far after the aircraft noun its nisba may stand (`طائرة عسكرية روسية`، `طائرة ركاب تابعة`). */
const NISBA_REACH = 3;

/** The unit of the nisba of the aircraft named right after a downing word, if any. */
function craftState(c: Clause, hit: TriggerHit): PartyUnit | undefined {
  for (let k = hit.end; k <= hit.end + CRAFT_REACH && k < c.end; k++) {
    if (!tokenIn(c.cues.aircraft, c.tokens[k])) continue;
    const u = c.units.find((x) => x.first > k && x.first <= k + NISBA_REACH);
    if (!u || u.prefix.replace(/^[وف]/u, "") !== "") return undefined;
    // أسقطت الطائرات الإسرائيلية طائرة مسيرة إيرانية: aircraft that downed another are the subject.
    return anyIn(c.tokens, u.end, Math.min(c.end, u.end + NISBA_REACH), c.cues.aircraft) ? undefined : u;
  }
  return undefined;
}

/**
 * A downing read with the downed aircraft's state as its actor: that state is the target; the act's
 * agent is a party named after an agent phrase (`من قبل الدفاعات الجوية السورية`), else none is told.
 */
export function downedSides(c: Clause, hit: TriggerHit, sides: Arguments): Arguments {
  if (hit.trigger.type !== "ASSAULT" || !tokenIn(c.cues.downVerb, c.tokens[hit.first])) return sides;
  const craft = craftState(c, hit);
  if (!craft || !sides.actor.includes(craft)) return sides;
  const agents = sides.recipient.filter(
    (u) => u.first >= craft.end && anyIn(c.tokens, craft.end, u.first, c.cues.agentHead),
  );
  // أسقطت مروحية تركية، إسقاط طائرة روسية: a verb opening its sentence (read as passive) or the noun
  // names no agent, and none is borrowed; a verb after its subject (قالت إنها أسقطت، دفاعاته أسقطت) has
  // the speaker as agent when its clause names none.
  const noun = /^[وفبل]*[اإ]سقاط$/u.test(c.tokens[hit.first]?.key ?? "");
  const opens = hit.first === c.sentenceStart;
  return noun || opens
    ? { actor: agents, recipient: [craft], fromPhrase: true }
    : { actor: agents, recipient: [craft] };
}

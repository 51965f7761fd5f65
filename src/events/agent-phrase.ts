// The agent an act names after it with `من قبل` or `على يد` (cue agent_head): the actor of an act told with no
// subject (`فرضت عقوبات على كوريا الشمالية من قبل الولايات المتحدة`), of a noun whose subject was read before it
// (`العقوبات المفروضة عليها من قبل الولايات المتحدة`), and of a noun whose genitive right after it is the party
// the act falls on (`مقاطعة قطر من قبل السعودية والإمارات`، `احتجاز المواطن القطري من قبل السلطات السعودية`):
// a verbal noun's genitive is its subject only when no agent is named after it.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { afterPreposition, groupAt } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { eachOfAt } from "./each-subject.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far after the trigger its agent phrase may stand (`فرضت عقوبات جديدة على كوريا الشمالية من قبل`). */
const AGENT_REACH = 10;
/** How far after the trigger `من جانب` may stand (`المقاطعة المستمرة من جانب`، `العقوبات المفروضة عليها من جانب`). */
const SIDE_REACH = 4;
/** How far after a noun's genitive its agent phrase may stand (`احتجاز المواطن القطري من قبل`). */
const GENITIVE_AGENT_GAP = 1;

/** The party after `من قبل`، `على يد`، `من جانب` (a bare head word between at most: `من قبل القوات الإيرانية`). */
export function agentAfter(c: Clause, hit: TriggerHit): PartyUnit[] {
  for (let k = hit.end + 1; k < Math.min(c.end, hit.end + AGENT_REACH); k++) {
    const before = c.tokens[k - 1] as Token;
    const head = tokenIn(c.cues.agentHead, c.tokens[k]) && (before.key === "من" || before.key === "على");
    const side = tokenIn(c.cues.agentSide, c.tokens[k]) && before.key === "من" && k <= hit.end + SIDE_REACH;
    if (!head && !side) continue;
    // حصار البلدة من قبل كل من روسيا وإيران: `كل من` (each of) opens the agents' list.
    const from = eachOfAt(c, k + 1) ? k + 3 : k + 1;
    const u = c.units.find((x) => x.first >= from && x.first <= from + 1 && x.end <= c.end);
    return u && u.prefix === "" && !afterPreposition(c, u, from) ? groupAt(c, u) : [];
  }
  return [];
}

/**
 * `مقاطعة قطر من قبل السعودية`: the sides of a noun whose actor was read as its genitive, right after it with no
 * proclitic, when an agent is named after: the agent acts and the genitive undergoes. Null when not so.
 */
export function genitiveUndergoer(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
): { actor: PartyUnit[]; recipient: PartyUnit[] } | null {
  if (hit.trigger.pos !== "noun" || actor.length === 0) return null;
  const first = actor[0] as PartyUnit;
  if (first.first !== hit.end || first.prefix !== "" || actor.some((u) => u.first < hit.end)) return null;
  const agent = agentAfter(c, hit);
  if (agent.length === 0 || agent.some((u) => actor.includes(u))) return null;
  // ورغم إدانة السعودية لهجمات … من قبل تنظيم القاعدة: an agent further on is another noun's.
  const end = Math.max(...actor.map((u) => u.end));
  const agentFirst = (agent[0] as PartyUnit).first;
  const start = eachOfAt(c, agentFirst - 2) ? agentFirst - 2 : agentFirst;
  if (start - 2 > end + GENITIVE_AGENT_GAP) return null;
  return { actor: agent, recipient: [...actor] };
}

/**
 * `المقاطعة المستمرة من جانب السعودية والإمارات … لقطر`: the party right after the agent group, on a preposition of
 * the trigger's frame (`لقطر`، `على قطر`، `ضد قطر`), is the act's object when none was read before.
 */
export function objectAfterAgent(c: Clause, hit: TriggerHit, agent: readonly PartyUnit[]): PartyUnit[] {
  const last = agent[agent.length - 1];
  if (!last) return [];
  const frame = hit.trigger.frame;
  const bare = c.units.find((u) => u.first === last.end && u.end <= c.end);
  if (bare && bare.prefix !== "" && frame.includes(bare.prefix)) return groupAt(c, bare);
  const prep = c.tokens[last.end] as Token | undefined;
  if (!prep || !frame.includes(prep.key)) return [];
  const u = c.units.find((x) => x.first === last.end + 1 && x.prefix === "" && x.end <= c.end);
  return u ? groupAt(c, u) : [];
}

/**
 * `تطالب كوبا برفع الحظر المفروض عليها من قبل واشنطن`: when the agent named after a noun
 * takes the place of the subject read before it, that subject is the act's object if a pronoun on a preposition
 * of the trigger's frame (`عليها`، `ضدها`) stands between the noun and the agent.
 */
export function pronounUndergoer(
  c: Clause,
  hit: TriggerHit,
  before: readonly PartyUnit[],
  agent: readonly PartyUnit[],
): PartyUnit[] {
  const first = agent[0];
  if (!first || before.length === 0 || before.some((u) => agent.includes(u))) return [];
  for (let k = hit.end; k < first.first; k++) {
    const form = c.cues.pronounPrep.get((c.tokens[k] as Token).key);
    if (form && hit.trigger.frame.includes(form.prep)) return [...before];
  }
  return [];
}

// `وانضمت كندا إلى الولايات المتحدة في فرض عقوبات على روسيا`: a state that joins others in an act (a verb
// of joining, cue `joined_verb`, its subject, إلى and the states joined, then في and the act) does the act
// with them. The act's agents are the joiner and those it joined, not those joined only (the forty-sixth
// pass, branch list46). A verb with no subject of its own (`وانضمت إلى فرنسا في`) is left as it was read.
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words before the act the verb of joining may stand (`كما انضمت مصر العام الماضي إلى …`). */
const JOIN_REACH = 14;

const TO = new Set(["الي", "الى", "إلى"]);

/** The joiner and the states it joined, when the act stands right after `في` in such a clause; else null. */
export function joinedActors(c: Clause, hit: TriggerHit): PartyUnit[] | null {
  const at = hit.first - 1;
  if (c.tokens[at]?.key !== "في" || hit.prefix !== "") return null;
  const from = Math.max(c.sentenceStart, at - JOIN_REACH);
  let verb = -1;
  for (let k = at - 1; k >= from && verb < 0; k--) if (tokenIn(c.cues.joinedVerb, c.tokens[k])) verb = k;
  if (verb < 0) return null;
  let to = -1;
  for (let k = verb + 1; k < at && to < 0; k++) if (TO.has((c.tokens[k] as { key: string }).key)) to = k;
  if (to < 0) return null;
  const head = c.units.find((u) => u.first > verb && u.end <= to && u.prefix.replace(/^[وف]/u, "") === "");
  const joined = c.units.find((u) => u.first === to + 1 && u.prefix === "");
  if (!head || !joined || head.first - verb > 2) return null;
  const joiner = groupAt(c, head).filter((u) => u.end <= to);
  const others = groupAt(c, joined);
  // The states joined run right up to في: nothing else stands between them and the act.
  if ((others[others.length - 1] as PartyUnit).end !== at) return null;
  return [...joiner, ...others].filter((u) => !u.place);
}

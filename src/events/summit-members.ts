// A summit of a standing group of states (`قمة مجموعة السبع`): the group stands for its member states,
// each a side of the summit. The groups and their members are cue rows `members:A+B+…` (lexicons/cues.tsv),
// keyed by the canonical name the entity lexicon gives the group.
import { keyOf } from "../arabic/normalize.ts";
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/**
 * `لحضور قمة مجموعة الدول الصناعية السبع`، `اختتام قمة مجموعة السبع`: a group the lexicon lists with its
 * members, in the construct state right after a summit noun (cue `host_summit`), is read as its member
 * states. Not after ل (`البيان الختامي لقمة مجموعة السبع`). The group named alone (`حلفاؤها في مجموعة السبع`، `بيان مجموعة السبع`) keeps its own party.
 */
export function summitMembers(
  arabic: ArabicText,
  found: EntitiesResult,
  units: readonly PartyUnit[],
  cues: EventCues,
): PartyUnit[] {
  if (cues.groupMembers.size === 0) return [...units];
  const members = new Map<number, string[]>();
  for (const m of found.mentions) {
    const states = m.type === "ORG" ? cues.groupMembers.get(keyOf(m.name)) : undefined;
    if (!states || m.prefix !== "" || m.titleToken !== m.firstToken) continue;
    const head = arabic.tokens[m.firstToken - 1];
    const first = arabic.tokens[m.firstToken];
    if (!head || !first || head.sentence !== first.sentence || !tokenIn(cues.hostSummit, head)) continue;
    // A mark between the noun and the name ends the construct (`القمة، مجموعة السبع`).
    if (/[^\s]/u.test(arabic.text.slice(head.end, first.start))) continue;
    // البيان الختامي لقمة مجموعة السبع: a summit told as the owner of another thing, after ل, is no act of
    // its own here (its sentence's tense and aim are the statement's, not the summit's).
    if (/^[وف]?ل/u.test(arabic.text.slice(head.start, head.end))) continue;
    // قمة مجموعة السبع ستكون أهم من …: a summit whose predicate is a future verb is talked of, not told.
    const next = arabic.tokens[m.endToken];
    if (next?.sentence === first.sentence && /^[وف]?س[يت]/u.test(next.key)) continue;
    members.set(m.firstToken, states);
  }
  if (members.size === 0) return [...units];
  return units.map((u) => {
    const states = members.get(u.first);
    const text = u.parties[0]?.text ?? "";
    if (!states || u.parties.length !== 1) return u;
    return {
      first: u.first,
      end: u.end,
      prefix: u.prefix,
      type: u.type,
      parties: states.map((country) => ({ entity: null, text, country, sector: "GOV" })),
      place: u.place,
    };
  });
}

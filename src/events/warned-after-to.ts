// The warned named after a verbal noun of warning that serves another verb (`سارعت فرنسا إلى تحذير إيران من
// عواقب …`، `فدفعت قادة الحلف إلى تحذير أنقرة من تبعات`): the genitive is the one warned, not the warner.
import type { Token } from "../pipeline/types.ts";
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { statesOfUnits } from "./clause-units.ts";

/** The keys of إلى, before the verbal noun a verb of driving or hastening leads to. */
const TOWARDS = new Set(["الي"]);
/** How many tokens (a title, a nisba) the party warned may take before its من. */
const WARNED_REACH = 3;

/**
 * `سارعت فرنسا إلى تحذير إيران من عواقب خطوتها`: a singular verbal noun of warning (cue warning_word, not the
 * plural threat_plural whose genitive makes them) right after إلى, with a party right after it and من after that
 * party, warns that party: it is the recipient. The warner is the party that ends right before إلى (the subject
 * or object of the verb it serves); with none, the act has no actor here (`فدفعت قادة الحلف إلى …`). Null when
 * the noun stands otherwise.
 */
export function warnedAfterTo(args: Arguments, clause: Clause, hit: TriggerHit): Arguments | null {
  const { tokens, cues } = clause;
  if (hit.trigger.type !== "THREATEN" || hit.trigger.pos !== "noun" || hit.prefix !== "") return null;
  const noun = tokens[hit.first];
  if (!tokenIn(cues.warningWord, noun) || tokenIn(cues.threatPlural, noun)) return null;
  if (!TOWARDS.has((tokens[hit.first - 1] as Token | undefined)?.key ?? "")) return null;
  const warned = clause.units.find((u) => u.first === hit.end && u.prefix === "");
  if (!warned) return null;
  const to = Math.min(tokens.length, warned.end + WARNED_REACH);
  if (!tokens.slice(warned.end, to).some((t) => t.key === "من")) return null;
  const theirs = statesOfUnits([warned]);
  const warner = clause.units.filter(
    (u: PartyUnit) =>
      u.end === hit.first - 1 && u.parties.some((p) => p.country !== null && !theirs.has(p.country)),
  );
  return { ...args, actor: warner, recipient: [warned] };
}

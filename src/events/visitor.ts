// The visitor of a visit noun told with no agent of its own, when a verb of being, beginning, ending or
// arriving carries it (cue visit_frame): `الوزير، الذي كان في زيارة لكندا`، `الرئيس
// الذي استهل زيارة لألمانيا`، `أنهى رئيس الوزراء، الأحد،
// زيارة للهند`، `وصول الملك في زيارة مفاجئة إلى مصر`. The visitor
// is the antecedent of the relative pronoun before that verb, or else the verb's subject right after it.
// A visit's destination is read by its frame as before; this gives it its actor (PLOVER: the visitor).
import type { ArabicText, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { gapIs } from "../arabic/gaps.ts";

/** How many tokens the verb's subject and a time word or two may take between the verb and the visit. */
const SUBJECT_REACH = 8;

/** Only spaces or a comma between two tokens. */
function joined(arabic: ArabicText, before: number, after: number): boolean {
  const a = arabic.tokens[before - 1];
  const b = arabic.tokens[after];
  return a !== undefined && b !== undefined && gapIs(arabic.text, a.end, b.start, "commas");
}

/** The visitor of the visit noun `hit`, or null when no verb of the frame carries it. */
export function visitorOf(
  arabic: ArabicText,
  hit: TriggerHit,
  units: readonly PartyUnit[],
  cues: EventCues,
): PartyUnit | null {
  if (hit.trigger.mode !== "visit" || hit.trigger.pos !== "noun" || hit.prefix !== "") return null;
  const { tokens } = arabic;
  const sentence = (tokens[hit.first] as Token).sentence;
  let k = hit.first - 1;
  if (tokens[k]?.key === "في") k--;
  // الذي كان في زيارة: the relative clause's antecedent, right before its pronoun.
  if (tokenIn(cues.visitFrame, tokens[k]) && tokenIn(cues.relative, tokens[k - 1])) {
    const rel = k - 1;
    const u = units.find((x) => x.end === rel && x.prefix === "");
    if (!u || !joined(arabic, rel, rel) || (tokens[u.first] as Token).sentence !== sentence) return null;
    return u.parties.length === 1 ? u : null;
  }
  // أنهى ولي العهد …، الجمعة، زيارة: the verb's subject, the first party after it, the visit a few words on.
  for (let v = hit.first - 1; v >= 0 && v >= hit.first - SUBJECT_REACH; v--) {
    const t = tokens[v] as Token;
    if (t.sentence !== sentence) return null;
    if (!tokenIn(cues.visitFrame, t)) continue;
    if (tokenIn(cues.relative, tokens[v - 1])) return null;
    const u = units.find((x) => x.first > v && x.end <= hit.first && x.prefix === "");
    if (!u || u.parties.length !== 1) return null;
    // Between the subject and the visit: commas, time words and في only (no object, no second clause).
    for (let j = u.end; j < hit.first; j++)
      if (!tokenIn(cues.timeAside, tokens[j]) && tokens[j]?.key !== "في") return null;
    return u;
  }
  return null;
}

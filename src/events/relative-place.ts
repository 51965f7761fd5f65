// The place struck told in the strike noun's relative clause (forty-third pass, assault43): `الغارات
// التي شنتها روسيا في جورجيا`، `الضربات التي نفذتها فرنسا وبريطانيا في ليبيا`. The noun's clause
// span ends at the relative pronoun, so the targeted rule's place search (borrowed-sides.ts) never saw the
// state after the agent; a strike by one state on another's soil is an ASSAULT on that state.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { statesOfUnits } from "./clause-units.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { placeStateUnit } from "./judged-place.ts";
import type { TriggerHit } from "./triggers.ts";
import { markBetween } from "../arabic/gaps.ts";

/** How many words may stand between the trigger and the relative pronoun (`الضربات الجوية الأخيرة التي`). */
const PRONOUN_REACH = 3;
/** How many words may stand between the agent and the place (`في`، or a time word: `أمس في`). */
const PLACE_REACH = 2;

/**
 * The state named as a place right after the agent of the trigger's relative clause (`التي شنتها
 * روسيا في جورجيا`), when the agent stands after the trigger in that clause; null otherwise. Not across
 * punctuation, not a state of the actor's, not a border's neighbour.
 */
export function relativePlace(
  arabic: ArabicText,
  found: EntitiesResult,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  cues: EventCues,
): PartyUnit | null {
  if (actor.length === 0 || actor.some((u) => u.first < hit.end)) return null;
  let rel = -1;
  for (let k = hit.end; k < hit.end + PRONOUN_REACH; k++)
    if (tokenIn(cues.relative, arabic.tokens[k])) {
      rel = k;
      break;
    }
  const first = Math.min(...actor.map((u) => u.first));
  const end = Math.max(...actor.map((u) => u.end));
  // التي + verb + agent (one head word may stand before it: `التي نفذتها قوات`).
  if (rel < 0 || first < rel + 2 || first > rel + 3) return null;
  // شنتها، نفذتها، وجهها: a verb of doing with the noun's pronoun (وجه is tried with its و too).
  const stem = (arabic.tokens[rel + 1]?.key ?? "").replace(/(?:ها|هما|هم|ه)$/u, "");
  if (!cues.strikeCarrier.has(stem) && !cues.strikeCarrier.has(stem.replace(/^[وف]/u, ""))) return null;
  const token = (k: number) => arabic.tokens[k] as Token;
  const sentence = token(hit.first).sentence;
  if (markBetween(arabic.text, token(rel).end, token(first).start, "phrase")) return null;
  const mine = statesOfUnits(actor);
  // الجيش الروسي في جورجيا is read as one unit, the force and where it is: the place may stand inside it.
  const m = found.mentions.find(
    (x) => x.firstToken > first && x.firstToken <= end + PLACE_REACH && !mine.has(x.country ?? ""),
  );
  if (!m || m.country === null) return null;
  if (token(m.firstToken).sentence !== sentence) return null;
  if (markBetween(arabic.text, token(first).end, token(m.firstToken).start, "phrase")) return null;
  return placeStateUnit(arabic, m, cues);
}

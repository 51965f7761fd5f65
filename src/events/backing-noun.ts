// A state body's act told with the backing another state gave it, as a noun after ب: `تقدمت قوات الحكومة
// السورية بدعم روسي`، `سيطر الجيش السوري على البلدة بدعم من روسيا`، `بدعم من الطيران الروسي`. The backer is the
// actor, the body the recipient (PLOVER SUPPORT; with forces, warplanes or air support, military AID), as
// for the backing participle (backed.ts), which this reads beside.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { backers, joined, stateBody } from "./backed.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many tokens after the backing noun the nisba of the backing forces may stand (`بدعم من الطيران الروسي`). */
const FORCE_REACH = 3;

/** How many tokens before the backing noun the backed body may end (`قوات الحكومة السورية في الغوطة الشرقية`). */
const BODY_REACH = 12;

/**
 * The two sides of a backing noun after ب (carrier `backed`, pos noun): the backer right after it (a nisba,
 * the states after `من`, or the nisba of the forces after `من`), and the nearest state body before it in its
 * sentence, one no preposition governs; null when either is missing or both are one state.
 */
export function backingNounSides(
  arabic: ArabicText,
  hit: TriggerHit,
  units: readonly PartyUnit[],
  mentions: EntitiesResult["mentions"],
  cues: EventCues,
): { actor: PartyUnit[]; recipient: PartyUnit[] } | null {
  if (hit.prefix.replace(/^[وف]/u, "") !== "ب") return null;
  const actor =
    hit.trigger.type === "AID"
      ? forces(arabic, hit, units, cues)
      : backer(arabic, hit, units, mentions, cues);
  if (actor.length === 0) return null;
  const body = backedBody(arabic, hit, units, mentions, cues);
  if (!body) return null;
  const own = body.parties[0]?.country;
  if (actor.some((u) => u.parties.some((p) => p.country === own))) return null;
  return { actor, recipient: [body] };
}

/** `بدعم روسي`: a nisba right after the noun; `بدعم من روسيا وإيران`: the states after من (backed.ts). */
function backer(
  arabic: ArabicText,
  hit: TriggerHit,
  units: readonly PartyUnit[],
  mentions: EntitiesResult["mentions"],
  cues: EventCues,
): PartyUnit[] {
  const nisba = units.find((u) => u.first === hit.end && u.type === "NISBA" && u.prefix === "");
  if (nisba) return joined(arabic, hit.end, hit.end) ? [nisba] : [];
  const named = backers(arabic, hit, units, mentions, cues);
  if (named.length > 0) return named;
  // بدعم من حلفائها الروس والإيرانيين: the allies' nisbas after the word of alliance.
  const { tokens } = arabic;
  if ((tokens[hit.end] as Token | undefined)?.key !== "من" || !tokenIn(cues.ally, tokens[hit.end + 1]))
    return [];
  const first = units.find((u) => u.first === hit.end + 2 && u.type === "NISBA");
  return first ? groupAt(units, first) : [];
}

/** A nisba and the nisbas joined to it by و right after (`الروس والإيرانيين`). */
function groupAt(units: readonly PartyUnit[], first: PartyUnit): PartyUnit[] {
  const out = [first];
  for (let u = units.find((v) => v.first === first.end); u && u.type === "NISBA" && u.prefix === "و";) {
    out.push(u);
    const end: number = u.end;
    u = units.find((v) => v.first === end);
  }
  return out;
}

/** `بدعم جوي روسي`، `بدعم من الطيران الروسي`، `بدعم من المقاتلات الروسية`: the forces' nisba. */
function forces(
  arabic: ArabicText,
  hit: TriggerHit,
  units: readonly PartyUnit[],
  cues: EventCues,
): PartyUnit[] {
  const { tokens } = arabic;
  let k = hit.end;
  if ((tokens[k] as Token | undefined)?.key === "من") k++;
  if (!tokenIn(cues.backedForce, tokens[k])) return [];
  for (let j = k + 1; j <= k + FORCE_REACH && j < tokens.length; j++) {
    if (!(tokens[j - 1] as Token).linked || !joined(arabic, j, j)) break;
    const u = units.find((v) => v.first === j && v.type === "NISBA");
    if (u) return [u];
  }
  return [];
}

/** The nearest state body before the noun in its sentence that no preposition governs. */
function backedBody(
  arabic: ArabicText,
  hit: TriggerHit,
  units: readonly PartyUnit[],
  mentions: EntitiesResult["mentions"],
  cues: EventCues,
): PartyUnit | null {
  const { tokens } = arabic;
  const sentence = (tokens[hit.first] as Token).sentence;
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i] as PartyUnit;
    if (u.end > hit.first) continue;
    if (u.end < hit.first - BODY_REACH || (tokens[u.first] as Token).sentence !== sentence) return null;
    // A relative clause or a stop between the two: the body acts in another clause (`والتي يسيطر عليها`).
    if (apart(arabic, u.end, hit.first, cues)) return null;
    if (u.place || u.prefix.replace(/^[وف]/u, "") !== "") continue;
    // سيطرة الحوثيين على صنعاء بدعم من إيران: a group of no state nearer the noun is the one backed.
    if (u.type !== "PRONOUN" && u.parties.every((p) => p.country === null)) return null;
    // على العاصمة صنعاء، وتركيا: a state after a preposition (with its descriptor) or in و is no subject.
    if (u.type === "GPE" && u.prefix !== "") continue;
    if (tokenIn(cues.preposition, tokens[u.first - 1])) continue;
    if ((u.type === "NISBA" || u.type === "GPE") && tokenIn(cues.preposition, tokens[u.first - 2])) continue;
    if (stateBody(arabic, u, mentions, cues)) return u;
    // والسوريين الأكراد بدعم أمريكي: a people named by its nisba nearer the noun is the one backed.
    if (u.type === "NISBA") return null;
  }
  return null;
}

/** A relative pronoun, or punctuation other than a comma, between token `from` and token `to`. */
function apart(arabic: ArabicText, from: number, to: number, cues: EventCues): boolean {
  for (let k = from; k < to; k++) if (tokenIn(cues.relative, arabic.tokens[k])) return true;
  const a = (arabic.tokens[from - 1] as Token).end;
  const b = (arabic.tokens[to] as Token).start;
  return /[.:؛;!?؟"«»()]/u.test(arabic.text.slice(a, b));
}

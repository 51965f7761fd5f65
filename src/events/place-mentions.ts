// Where a state's mention is a place, not a party: a capital after `في`, a meeting's venue, a state left
// on the way elsewhere; and the ruling body seated in a state (`السلطات في طهران`), which is a party.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { leftPlace } from "./left-place.ts";
import { cityListed } from "./city-list.ts";

/** How many words a place head and its adjective may put between `في` and the name (`في العاصمة الصينية بكين`). */
const PLACE_HEAD_REACH = 2;

const locativeBefore = (t: Token | undefined, prefix: string, cues: EventCues): boolean =>
  tokenIn(cues.locative, t) || (prefix !== "" && cues.locative.has(prefix.replace(/^[وف]/u, "")));

/** `في بكين`، `في العاصمة المجرية بودابست`: a capital after `في` is where something happens, not who does it. */
export function isPlace(arabic: ArabicText, m: EntitiesResult["mentions"][number], cues: EventCues): boolean {
  if (m.type !== "GPE" && m.type !== "LOC") return false;
  if (m.type === "LOC") return true;
  // غادر بلغاريا متجها إلى ألمانيا: the state left on the way elsewhere is a place (left-place.ts).
  if (leftPlace(arabic, m, cues)) return true;
  // قمة سنغافورة، اجتماع بروكسل: the place of the meeting; محادثات واشنطن وبيونغ يانغ names its sides.
  if (m.prefix === "" && tokenIn(cues.venueNoun, arabic.tokens[m.firstToken - 1])) {
    const next = arabic.tokens[m.endToken];
    if (!next || !next.bare.some((b) => b.prefix.startsWith("و")) || !next.linked) return true;
  }
  // المجلس العسكري الحاكم في النيجر، السلطات في طهران: the ruling body's own state, a party; so is the
  // state of the brothers stood by (`نقف إلى جانب الأشقاء في تركيا`, cue kin_seat).
  if (
    tokenIn(cues.locative, arabic.tokens[m.firstToken - 1]) &&
    (seatOf(arabic.tokens, m.firstToken - 1, cues) ||
      seatOf(arabic.tokens, m.firstToken - 1, cues, cues.kinSeat))
  )
    return false;
  if (locativeBefore(arabic.tokens[m.firstToken - 1], m.prefix, cues)) return true;
  // مدن مثل باريس ومدريد، بلدية لندن: a capital named as a city (city-list.ts).
  if (cityListed(arabic, m.firstToken, cues)) return true;
  if (besideOrFate(arabic.tokens, m.firstToken, m.prefix, cues)) return true;
  for (let k = m.firstToken - 1; k >= Math.max(0, m.firstToken - PLACE_HEAD_REACH); k--) {
    const t = arabic.tokens[k] as Token;
    if (!tokenIn(cues.placeHead, t)) continue;
    const prefix = t.bare.find((b) => cues.placeHead.has(b.key))?.prefix ?? "";
    return locativeBefore(arabic.tokens[k - 1], prefix, cues);
  }
  return false;
}

/**
 * `استعادة المناطق المتاخمة للأردن`: a state on ل right after an adjective of lying next to (cue adjacent_head)
 * locates the place before it; after a border noun (`الحدود المتاخمة لسوريا`) the border rule decides.
 * `تحذير من مواجهة مصير ليبيا`: a state in construct after the noun of fate (cue fate_head) is spoken of.
 * Neither is a side of the act (precision61).
 */
function besideOrFate(tokens: readonly Token[], first: number, prefix: string, cues: EventCues): boolean {
  const before = tokens[first - 1];
  if (prefix === "") return tokenIn(cues.fateHead, before);
  return (
    /^[وف]?ل$/u.test(prefix) &&
    tokenIn(cues.adjacentHead, before) &&
    !tokenIn(cues.borderHead, tokens[first - 2])
  );
}

/** How many words may stand between a ruling body's head and `في` (`مسؤولو الأمن القومي في`). */
const SEAT_REACH = 3;

/** A ruling body's head or officials (or `heads`: kin_seat) stand just before `في` (token `at`), in the same clause. */
export function seatOf(
  tokens: readonly Token[],
  at: number,
  cues: EventCues,
  heads = cues.seatBody,
): boolean {
  for (let k = at - 1; k >= Math.max(0, at - SEAT_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== (tokens[at] as Token).sentence || tokenIn(cues.preposition, t)) return false;
    if (tokenIn(heads, t)) return true;
  }
  return false;
}

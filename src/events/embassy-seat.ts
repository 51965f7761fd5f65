// `افتتاح السفارة الأمريكية في القدس`، `نقلت غواتيمالا سفارتها إلى القدس`: an embassy opened in, or moved to, a
// city that a state holds as its capital, though the places lexicon gives the city no state (القدس), backs that
// state: PLOVER's SUPPORT covers recognition. The city is a place mention (place-mentions.ts), so no unit: it is
// read from the mentions, and cue `embassy_seat:S` gives its state. Only the opening told as the news: a noun that
// stands as the time or cause of another act (`بالتزامن مع احتفال إسرائيل بافتتاح السفارة`، `على خلفية افتتاح`،
// `قبيل افتتاح`، `خلال يوم افتتاح`) is background, of a day the report does not give, and one still ahead
// (`الوفد الذي سيحضر افتتاح السفارة`، `أن افتتاح السفارة سيكون يوم`) is a plan, not the act (branch request49).
import { markBetween } from "../arabic/gaps.ts";
import { keyOf } from "../arabic/normalize.ts";
import type { EntitiesResult } from "../entities/index.ts";
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { statesOfUnits } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { futureVerb } from "./schedule.ts";
import type { TriggerHit } from "./triggers.ts";

/** The hits whose recipient is an embassy's seat: an opening told again by its noun is the same act (index.ts). */
const seated = new WeakSet<TriggerHit>();

/** Whether `hit` is an embassy opened in a seat of `embassy_seat` (`embassySeat` gave it its recipient). */
export function seatedHit(hit: TriggerHit): boolean {
  return seated.has(hit);
}

/** How far after the trigger the seat may stand (`افتتاح السفارة الأمريكية الجديدة في مدينة القدس`). */
const SEAT_REACH = 7;

/** The state an embassy opened or moved backs, as a unit on the seat's mention; null when no seat follows. */
export function embassySeat(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  mentions: EntitiesResult["mentions"],
): PartyUnit | null {
  if (!hit.trigger.embassy || frameTold(c, hit.first) || aheadTold(c, hit.end)) return null;
  const own = statesOfUnits(actor);
  const end = Math.min(c.sentenceEnd, hit.end + SEAT_REACH);
  for (const m of mentions) {
    if (m.firstToken < hit.end || m.firstToken >= end) continue;
    const state = c.cues.embassySeat.get(keyOf(m.text));
    if (state === undefined || own.has(state) || !placeGoverned(c, m.firstToken, m.prefix)) continue;
    seated.add(hit);
    return {
      first: m.firstToken,
      end: m.endToken,
      prefix: m.prefix,
      parties: [{ entity: m.entity, text: m.text, country: state, sector: null }],
      type: "GPE",
      place: false,
    };
  }
  return null;
}

/** How many words before the opening's noun a word of time, wake or coinciding may stand (`بالتزامن مع احتفال إسرائيل بافتتاح`). */
const FRAME_REACH = 4;

/**
 * `بالتزامن مع حفل افتتاح`، `على خلفية افتتاح`، `قبيل افتتاح`، `خلال يوم افتتاح`: a word of time (cue occasion_time),
 * of the wake (cue wake), of "after" and "before" (cue wake_plain) or of coinciding (cue coincidence) up to 4 words
 * before the noun, no comma between, makes the opening the time or cause of another act, told in background.
 */
function frameTold(c: Clause, first: number): boolean {
  const { cues, tokens } = c;
  for (let k = first - 1; k >= Math.max(c.sentenceStart, first - FRAME_REACH); k--) {
    const t = tokens[k] as Token;
    if (markBetween(c.text, t.end, (tokens[k + 1] as Token).start)) return false;
    if ([cues.occasionTime, cues.wake, cues.wakePlain, cues.coincidence].some((set) => tokenIn(set, t)))
      return true;
    // الوفد الذي سيحضر افتتاح، القادم لحضور حفل افتتاح: a verb in س or a word of the future before it.
    if (futureVerb(t) || tokenIn(cues.future, t) || tokenIn(cues.futureAdjective, t)) return true;
  }
  return false;
}

/** How many words after the opening's noun a future copula may stand (`أن افتتاح السفارة الأمريكية في القدس سيكون`). */
const AHEAD_REACH = 6;

/** `أن افتتاح السفارة … سيكون موعده`: a future copula (cue future_copula) after the noun, no comma between. */
function aheadTold(c: Clause, end: number): boolean {
  const { cues, tokens } = c;
  for (let k = end; k < Math.min(c.sentenceEnd, end + AHEAD_REACH); k++) {
    const t = tokens[k] as Token;
    if (k > end && markBetween(c.text, (tokens[k - 1] as Token).end, t.start)) return false;
    if (tokenIn(cues.futureCopula, t)) return true;
  }
  return false;
}

/** `في القدس`، `إلى مدينة القدس`، `بالقدس`: the seat is where the embassy goes, after في، إلى or a proclitic ب or ل. */
function placeGoverned(c: Clause, at: number, prefix: string): boolean {
  if (/[بل]$/u.test(prefix)) return true;
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
    const t = c.tokens[k] as Token;
    if (tokenIn(c.cues.toWord, t) || tokenIn(c.cues.seatPrep, t)) return true;
  }
  return false;
}

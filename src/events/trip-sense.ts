// A noun after a verb of travel that its row's other sense names (docs/EVENTS.md, "Thirty-eighth pass",
// branch accuse38): `وتوجه الحكومة البريطانية أصابع الاتهام إلى موسكو`. The trip verb (mode visit)
// lists in its `unless` the words that make it "point" or "direct", not "travel" (أصابع، الاتهام،
// اللوم); when such a word stands between the verb and a trigger noun after it, the verb is no trip
// (vetoes.ts senseAfterSubject drops it later), and the noun is no object the trip absorbs: it is read
// as its own act, with the clause's subject as its agent, as after `وجهت`, which no row reads.
import type { Token } from "../pipeline/types.ts";
import { unlessWithin } from "./unless-words.ts";
import type { TriggerHit } from "./triggers.ts";

/** The trip verb `prev` has a word of its other sense between its end and the noun at `i` (inclusive). */
export function otherSenseBefore(tokens: readonly Token[], prev: TriggerHit, i: number): boolean {
  const t = prev.trigger;
  if (t.mode !== "visit" || t.pos !== "verb" || t.unless.length === 0) return false;
  return unlessWithin(tokens, prev.end, t.unless, i + 1 - prev.end);
}

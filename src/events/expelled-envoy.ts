// A request that a state's envoys leave the land of the state asking is their expulsion (branch accuse51).
// طلبت السعودية من السفير الكندي مغادرة أراضيها، يجب على الدبلوماسيين الأمريكيين مغادرة الأراضي الروسية:
// PLOVER codes expelling diplomats as a SANCTION, and the corpus gold codes "its diplomats must leave" so.
// Citizens, troops or others asked to leave (دعت البحرين مواطنيها إلى مغادرة العراق، طلب من الإيرانيين مغادرة
// بلاده) stay what their trigger reads.
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** How many words after the request its noun of leaving may stand (`طلبت من القائم بالأعمال الإيراني مغادرة`). */
const LEAVE_REACH = 8;

/**
 * The request ending at `end` asks envoys to leave: a noun of leaving (cue leave_noun) within reach after it, in
 * its sentence, and an envoy (cue expelled_envoy) between the sentence's start and that noun (`أبلغت السفير …
 * وطلبت منه مغادرة`).
 */
export function envoysAskedToLeave(
  tokens: readonly Token[],
  sentenceStart: number,
  end: number,
  sentenceEnd: number,
  cues: EventCues,
): boolean {
  const to = Math.min(sentenceEnd, end + LEAVE_REACH);
  for (let k = end; k < to; k++) {
    if (!tokenIn(cues.leaveNoun, tokens[k])) continue;
    for (let j = sentenceStart; j < k; j++) if (tokenIn(cues.expelledEnvoy, tokens[j])) return true;
    return false;
  }
  return false;
}

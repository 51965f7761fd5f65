// `قصفت الطائرات الإسرائيلية مواقع`، `الطائرات الألمانية تقصف`: a nisba after a plural of aircraft or
// ships names a thing's nationality (`شراء الطائرات الفرنسية`, cue nisba_not_party), except where a verb
// of striking (cue strike_verb) stands right before the aircraft noun or right after the nisba: then the
// aircraft are the verb's subject and their nisba the striking state (docs/EVENTS.md, thirtieth pass).
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** The nisba at `k` (ending at `end`) qualifies aircraft or ships that strike. */
export function strikingCraft(tokens: readonly Token[], k: number, end: number, cues: EventCues): boolean {
  if (!tokenIn(cues.aircraft, tokens[k - 1])) return false;
  const before = tokens[k - 2];
  const after = tokens[end];
  const at = tokens[k] as Token;
  return (
    (before !== undefined && before.sentence === at.sentence && tokenIn(cues.strikeVerb, before)) ||
    (after !== undefined && after.sentence === at.sentence && tokenIn(cues.strikeVerb, after))
  );
}

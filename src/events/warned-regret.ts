// The warner of a regret or a price to come told as a warning's content (sixty-fifth pass, branch
// force65): `حذرت واشنطن من أن طهران ستواجه عواقب وخيمة`، `وحذر وزير الخارجية الأمريكي من أن إيران
// ستدفع ثمنا باهظا`. A regret to come (carrier `regret`) is the speaker's threat to the state that will
// regret (speaker-actor.ts); the speaker was read only after a verb of saying (cue speech), so the same
// threat told after a verb of warning had no actor, and the warning itself no recipient: no event at all.
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";

/** How far after the warning verb its subject may start: past a title (`حذر وزير الخارجية الأمريكي`). */
const WARNER_TITLE = 3;

/**
 * The subject of the last verb of warning (cue warning_word, a verb: not the nouns `تحذير`، `تحذيرات`)
 * before the trigger in its sentence, when a complementizer (`من أن`، `بأن`) stands between that verb and
 * the trigger: the party right before the verb (`واشنطن حذرت من أن`), or the first party after it and
 * before the complementizer (`حذر الرئيس الأمريكي من أن`); else null.
 */
export function warnerOf(
  arabic: ArabicText,
  units: readonly PartyUnit[],
  sentence: Sentence,
  hit: { first: number },
  cues: EventCues,
): PartyUnit | null {
  let verb = -1;
  for (let k = hit.first - 1; k >= sentence.firstToken; k--) {
    const t = arabic.tokens[k] as Token;
    if (tokenIn(cues.speech, t)) return null;
    if (tokenIn(cues.warningWord, t) && !/^(?:ال)?تحذير/u.test(t.key)) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return null;
  let complementizer = -1;
  for (let k = verb + 1; k < hit.first; k++)
    if (isComplementizer(arabic.tokens[k], cues)) {
      complementizer = k;
      break;
    }
  if (complementizer < 0) return null;
  const after = units.find(
    (u) => !u.place && u.first > verb && u.first <= verb + WARNER_TITLE && u.end <= complementizer,
  );
  if (after) return /[لب]/u.test(after.prefix) ? null : after;
  const before = units.find(
    (u) => !u.place && u.end === verb && u.first >= sentence.firstToken && !/[لب]/u.test(u.prefix),
  );
  return before ?? null;
}

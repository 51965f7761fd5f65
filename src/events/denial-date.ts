// The date of a denial in the present that sums up a claim told before it: in `تتهمها أنقرة بتدبير
// انقلاب عام 2016، وهو ما تنفيه واشنطن` and `بالتدخل في انتخابات عام 2016، وهو ما تنفيه موسكو` the year
// dates the act the claim is about, not the denial, which holds now: the denial takes the day of its
// report, as a present denial with no date in its sentence does. Reads cue denial_verb (the imperfect
// forms, ي or ت after the proclitics), a relative ما after cue what_head or a relative pronoun (cue
// relative) right before the verb, and the date mention, which must end before that word. A denial in
// the perfect (`وهو ما نفته قطر`) may have been made when the claim was: its date is kept.
import type { ArabicText, DateMention, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** The date is inside the claim a present denial sums up, before the denial's relative word. */
export function claimDateOfDenial(
  arabic: ArabicText,
  hit: TriggerHit,
  date: DateMention | null,
  cues: EventCues,
): boolean {
  if (date === null) return false;
  const opening = summingDenial(arabic, hit, cues);
  return opening !== null && date.end <= opening.start;
}

/**
 * The relative word (`ما` after cue what_head, or a relative pronoun) before a denial verb in the imperfect
 * that sums up the claim told before it (`وهو ما تنفيه واشنطن`); null for any other hit. Such a denial
 * holds now: neither the claim's year nor the time its sentence's pluperfect frames (`وكانت … قد … قبل
 * عامين`) dates it, and it is no background.
 */
export function summingDenial(arabic: ArabicText, hit: TriggerHit, cues: EventCues): Token | null {
  if (hit.trigger.pos !== "verb") return null;
  const verb = arabic.tokens[hit.first] as Token;
  if (!tokenIn(cues.denialVerb, verb) || !/^[يت]/u.test(verb.text.slice(hit.prefix.length))) return null;
  const before = arabic.tokens[hit.first - 1];
  if (!before || before.sentence !== verb.sentence) return null;
  const summing = before.key === "ما" && tokenIn(cues.whatHead, arabic.tokens[hit.first - 2]);
  if (!summing && !tokenIn(cues.relative, before)) return null;
  return summing ? (arabic.tokens[hit.first - 2] as Token) : before;
}

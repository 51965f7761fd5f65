// `وقال الوزير، الثلاثاء، إن "…" وحث واشنطن على …`: a verb in the perfect joined by و right after the quote
// of a speech tells what the speaker did in the same statement, so it takes the date the speech was given
// (the date between the speech verb and its quote). Without this reading the act, in a clause with no date
// of its own, fell to the page's day.
import type { ArabicText, DateMention, Token } from "../pipeline/types.ts";
import { perfectVerb, since } from "./act-dates.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** What may stand between a quote's closing mark and the joined verb: spaces, or a comma. */
const JOIN_GAP = /^[\s،,]*$/u;
/** How many tokens before the joined verb the speech verb may stand (the quote between them). */
const SPEECH_REACH = 60;

export function quoteCoordinatedDate(
  arabic: ArabicText,
  hit: TriggerHit,
  cues: EventCues,
): DateMention | null {
  const tok = arabic.tokens[hit.first] as Token;
  if (!hit.prefix.startsWith("و") || !perfectVerb(arabic.tokens, hit)) return null;
  const quote = arabic.quotes.find(
    (q) => q.end <= tok.start && JOIN_GAP.test(arabic.text.slice(q.end, tok.start)),
  );
  if (!quote) return null;
  // The speech verb of the sentence before the quote (`قال`), within reach.
  let verb = -1;
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - SPEECH_REACH); k--) {
    const t = arabic.tokens[k] as Token;
    if (t.sentence !== tok.sentence) break;
    if (t.end <= quote.start && tokenIn(cues.speech, t)) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return null;
  const from = (arabic.tokens[verb] as Token).end;
  return (
    arabic.dates.find(
      (d) => d.value !== null && d.start >= from && d.end <= quote.start && !since(arabic, d, cues),
    ) ?? null
  );
}

// A meeting an envoy is sent to hold (branch deal53): `سيرسل وزير الخارجية للقاء الملك`، `أمر الرئيس وزير
// خارجيته بالتوجه إلى الرياض للقاء الملك`. The meeting noun after ل of purpose names what the envoy goes for;
// when the sending is still to come (an imperfect of sending in س, cue envoy_verb) or ordered (cue order_verb
// with a noun of going after ب, cue envoy_going), the meeting is to come: a promise to meet (AGREE future by
// the project's future_as), not a meeting held. A perfect of sending (`أرسل وزيره للقاء`) is left as it was.
import type { Token } from "../pipeline/types.ts";
import type { EventCues } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words before the meeting noun the verb of sending, or the noun of going, may stand. */
const ENVOY_REACH = 6;

/** `س` (after و or ف) + an imperfect of sending. */
function futureSending(t: Token | undefined, cues: Pick<EventCues, "envoyVerb">): boolean {
  const m = t ? /^[وف]?س([يتن].+)$/u.exec(t.key) : null;
  return m !== null && cues.envoyVerb.has(m[1] as string);
}

/** A verb of ordering between `from` (exclusive) and the clause's start. */
function orderedBefore(
  tokens: readonly Token[],
  from: number,
  clauseStart: number,
  cues: Pick<EventCues, "orderVerb">,
): boolean {
  for (let k = from - 1; k >= clauseStart; k--) {
    const t = tokens[k] as Token;
    if (
      cues.orderVerb.has(t.key) ||
      t.bare.some((b) => /^[وف]$/u.test(b.prefix) && cues.orderVerb.has(b.key))
    )
      return true;
  }
  return false;
}

/** The CONSULT noun at `hit`, after ل of purpose, is a meeting an envoy is sent, or ordered, to hold. */
export function envoySent(
  tokens: readonly Token[],
  hit: TriggerHit,
  clauseStart: number,
  cues: Pick<EventCues, "envoyVerb" | "orderVerb" | "envoyGoing">,
): boolean {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "noun") return false;
  if (hit.prefix.replace(/^[وف]/u, "") !== "ل") return false;
  for (let k = hit.first - 1; k >= Math.max(clauseStart, hit.first - ENVOY_REACH); k--) {
    const t = tokens[k] as Token;
    if (futureSending(t, cues)) return true;
    if (cues.envoyGoing.has(t.key)) return orderedBefore(tokens, k, clauseStart, cues);
  }
  return false;
}

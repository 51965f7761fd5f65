// `وأضاف:" نستنكر الخطوة التي قامت بها الولايات المتحدة"`: a quoted act after a bare speech verb has the
// speaker of the sentence before as its actor (speaker-actor.ts); the parties it acts on are read inside the
// quote as they are when the speaker is named (`وقال الحريري: "نستنكر …"`): the recipient the clause gives with
// that speaker as its actor, of another state than the speaker's.
import type { ArabicText, Token } from "../pipeline/types.ts";
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { statesOfUnits } from "./clause-units.ts";
import { quoteAt } from "./quotes.ts";
import { findRecipient } from "./recipient.ts";
import { otherState } from "./other-state.ts";
import type { TriggerHit } from "./triggers.ts";

/**
 * With an actor from before the trigger's sentence and no recipient, a trigger inside a quote that its sentence
 * opens with no party named before it (`وأضاف:`، `وتابعت قائلة:`) reads its recipient.
 */
export function carriedQuoteRecipient(
  args: Arguments,
  hit: TriggerHit,
  clause: Clause,
  arabic: ArabicText,
  units: readonly PartyUnit[],
): void {
  if (args.actor.length === 0 || args.recipient.length > 0) return;
  if (!args.actor.every((u) => u.end <= clause.sentenceStart)) return;
  const quote = quoteAt(arabic, hit.first);
  if (!quote) return;
  // وأكد ترامب أن حملته "لم ترتكب …"، وقال دوتيرتي إن "حكومته ستطلب …": a speaker named in the sentence is no carried one.
  const named = units.some(
    (u) => u.first >= clause.sentenceStart && (arabic.tokens[u.first] as Token).start < quote.inner.start,
  );
  if (named) return;
  const own = statesOfUnits(args.actor);
  const found = findRecipient(clause, hit, args.actor);
  // نستنكر الخطوة التي قامت بها الولايات المتحدة: the other state of the clause, as for a named speaker (arguments.ts);
  // a unit holding the speaker's own state (`في البلدين`) is the speaker's side, no other.
  args.recipient = (found.length > 0 ? found : otherState(clause, hit, args.actor)).filter(
    (u) => !args.actor.includes(u) && !u.parties.some((p) => own.has(p.country)),
  );
}

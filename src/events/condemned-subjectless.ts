// `وأعرب الرئيس الروسي عن قلقه. وانتقد بشدة الضربات الأمريكية على سوريا`: a verb of judging another's act (cue
// `reaction_verb`) of type ACCUSE that opens its sentence with و and names no subject has its first party inside the
// object it judges: the state's nisba on the act's noun (`الضربات الأمريكية`) is the act's doer, the one accused,
// and the accuser is the subject the previous sentence opens with (previousOpener). Without this reading the nisba
// was taken for the accuser and the act's target for the accused.
import type { ArabicText, Token } from "../pipeline/types.ts";
import { previousOpener, ungoverned } from "./anaphora.ts";
import type { Arguments, PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words of the judged act's noun phrase may stand before its doer's nisba (`بشدة الضربات الأمريكية`). */
const ACT_REACH = 2;
/** A definite noun. */
const DEFINITE = /^ال/u;

/**
 * Reads the sides anew when the actor read for a subjectless reaction verb is a nisba on a noun after it;
 * leaves `args` as it is otherwise.
 */
export function subjectlessReaction(
  args: Arguments,
  arabic: ArabicText,
  units: readonly PartyUnit[],
  sentenceIndex: number,
  hit: TriggerHit,
  cues: EventCues,
): void {
  const doer = args.actor[0];
  if (
    args.actor.length !== 1 ||
    !doer ||
    hit.trigger.type !== "ACCUSE" ||
    hit.trigger.pos !== "verb" ||
    !tokenIn(cues.reactionVerb, arabic.tokens[hit.first]) ||
    doer.type !== "NISBA" ||
    doer.prefix !== "" ||
    doer.first <= hit.end ||
    doer.first > hit.end + ACT_REACH ||
    // the words between the verb and the nisba: no party, the last one a noun (not a preposition's object)
    units.some((u) => u !== doer && u.first >= hit.end && u.first < doer.first)
  )
    return;
  // The noun the nisba stands on is a definite act noun right after the verb, or after one adverb without ال
  // (`بشدة`، `أيضا`): not a title (`الزعيم اللبناني`، `وزير الخارجية الكندي`), not a name before it.
  const verb = arabic.tokens[hit.first] as Token;
  // وصف X بأنه: a verb of describing takes a party as its object, not an act (cue describe_verb).
  if (tokenIn(cues.describeVerb, verb)) return;
  // وانتقد السيناتور الأمريكي ترامب: a party after the nisba that no preposition governs is the verb's object,
  // and the nisba's phrase its subject.
  if (args.recipient.some((u) => u.first > doer.first && ungoverned(arabic.tokens, u, cues))) return;
  const head = arabic.tokens[doer.first - 1] as Token | undefined;
  if (!head || head.sentence !== verb.sentence || !DEFINITE.test(head.key)) return;
  if (tokenIn(cues.titleObject, head) || tokenIn(cues.bodyTitle, head)) return;
  const before = doer.first - 2 >= hit.end ? (arabic.tokens[doer.first - 2] as Token) : null;
  if (before && (doer.first - 2 > hit.end || DEFINITE.test(before.key))) return;
  const accuser = previousOpener(arabic, units, sentenceIndex, hit, [doer], cues);
  if (!accuser) return;
  args.actor = [accuser];
  args.recipient = [doer];
}

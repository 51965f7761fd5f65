// `وقال نتنياهو إن …. واتهم إيران بالضلوع`، `أشاد ترامب بالضربات …. وأعرب عن شكره للمملكة المتحدة`: an
// accusing, blaming or praising verb that opens its sentence with و and names no subject continues the subject
// of the sentence before. From speaker-actor.ts.
import type { ArabicText, Sentence } from "../pipeline/types.ts";
import { previousOpener } from "./anaphora.ts";
import type { Arguments, PartyUnit } from "./arguments.ts";
import { chargedParty } from "./charges.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { previousPraiser } from "./praise-subject.ts";
import type { TriggerHit } from "./triggers.ts";

/** With no actor and a recipient read, the previous sentence's subject accuses or praises (below, praise-subject.ts). */
export function previousSubjectActs(
  args: Arguments,
  arabic: ArabicText,
  units: readonly PartyUnit[],
  sentenceIndex: number,
  hit: TriggerHit,
  cues: EventCues,
): void {
  if (args.actor.length > 0 || args.recipient.length === 0) return;
  const accuser =
    previousAccuser(arabic, units, sentenceIndex, hit, args.recipient, cues) ??
    previousPraiser(arabic, units, sentenceIndex, hit, args.recipient, cues);
  if (accuser) args.actor = [accuser];
}

/**
 * The subject the previous sentence opens with, of another state than the accused, for an accusing
 * verb (cue `charge_verb`) that opens its sentence with و and names no accuser in it.
 */
export function previousAccuser(
  arabic: ArabicText,
  units: readonly PartyUnit[],
  sentenceIndex: number,
  hit: TriggerHit,
  accused: readonly PartyUnit[],
  cues: EventCues,
): PartyUnit | null {
  const sentence = arabic.sentences[sentenceIndex] as Sentence;
  // وحمّلت الولايات المتحدة مسؤولية …: a verb of blame (cue `blame_verb`) too.
  const blame = tokenIn(cues.blameVerb, arabic.tokens[hit.first]);
  if (
    !(blame || tokenIn(cues.chargeVerb, arabic.tokens[hit.first])) ||
    accused[0]?.first !== hit.end ||
    !chargedParty(
      arabic.tokens,
      units,
      accused,
      sentence.endToken,
      blame ? cues.responsibilityWord : undefined,
    )
  )
    return null;
  return previousOpener(arabic, units, sentenceIndex, hit, accused, cues);
}

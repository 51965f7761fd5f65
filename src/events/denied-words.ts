// What a denial verb denies: a part in an act, a charge, or what its object pronoun stands for (`تنفي أي تورط`،
// `نفى الاتهامات`، `نفته`). Read by act-sides.ts (a denial of a part only answers no charge told elsewhere)
// and index.ts (a denial held back until the article's charges are found). Split from act-sides.ts.
import type { ArabicText, Sentence } from "../pipeline/types.ts";
import { anyIn, anySuffixedIn, type EventCues, tokenIn } from "./cues.ts";
import { followedBy } from "./key-openings.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far after a denial verb the part, charge or claim it denies may stand (`نفت الوزارة أن تكون لها صلة`). */
const DENIED_REACH = 7;

/**
 * A denial of a part in an act or of charges (`تنفي أي تورط`، `نفى الاتهامات`، `وهو ما تنفيه`): it answers a
 * charge. A denial of a fact (`نفت ذلك`) or of someone's claims (`مزاعم فلان`) may answer no state.
 */
export function deniesCharge(arabic: ArabicText, hit: TriggerHit, cues: EventCues): boolean {
  const denied = deniedWords(arabic, hit, cues);
  return denied !== null && (denied.pronoun || denied.part || denied.charge || denied.claim);
}

/**
 * A denial of a part in an act (`تنفي أي دور لها`، `نفت أي تورط`), with no charge noun after it (`تنفي تلك
 * الاتهامات` answers charges told elsewhere).
 */
export function deniesPartOnly(arabic: ArabicText, hit: TriggerHit, cues: EventCues): boolean {
  const denied = deniedWords(arabic, hit, cues);
  return denied !== null && denied.part && !denied.charge;
}

/**
 * A denial that its row reads only by the verb "to be" after it (`نفت موسكو أن تكون …`): "own" when the claim is
 * about the denier (`أن تكون وراء الهجوم`), whose side is then its accuser alone, never a state inside the claim;
 * "other" when the claim has a subject of its own (`أن تكون الحكومة السورية قد استخدمت`); null otherwise.
 */
export function deniedClaim(arabic: ArabicText, hit: TriggerHit, cues: EventCues): "own" | "other" | null {
  const denied = deniedWords(arabic, hit, cues);
  if (denied === null || denied.pronoun || denied.part || denied.charge) return null;
  const being = hit.trigger.needs.filter((n) => cues.deniedBeing.has(n));
  const others = hit.trigger.needs.filter((n) => !cues.deniedBeing.has(n));
  const { tokens } = arabic;
  if (!followedBy(tokens, hit.end, being, hit.trigger.reach)) return null;
  if (followedBy(tokens, hit.end, others, hit.trigger.reach)) return null;
  return denied.claim ? "own" : "other";
}

/**
 * What a denial verb at the trigger denies within 7 words of it in its sentence: a part in an act (cue
 * part_noun), a charge (cue charge_noun), or what its object pronoun stands for (`نفته`); null for no
 * denial verb.
 */
function deniedWords(
  arabic: ArabicText,
  hit: TriggerHit,
  cues: EventCues,
): { pronoun: boolean; part: boolean; charge: boolean; claim: boolean } | null {
  const { tokens } = arabic;
  const verb = tokens[hit.first];
  if (!verb || !tokenIn(cues.denialVerb, verb)) return null;
  const end = Math.min((arabic.sentences[verb.sentence] as Sentence).endToken, hit.end + DENIED_REACH);
  return {
    pronoun: /(?:ه|ها)$/u.test(verb.text),
    part: anySuffixedIn(tokens, hit.first + 1, end, cues.partNoun),
    charge: anyIn(tokens, hit.first + 1, end, cues.chargeNoun),
    claim: claimed(tokens, hit.first + 1, end, cues),
  };
}

/**
 * `نفت موسكو أن تكون وراء الهجوم`، `أن يكون لها أي دور`: the verb "to be" right after a bare أن, between `from`
 * and `to`, with what the denier is said to be right after it; not `أن تكون الحكومة السورية قد استخدمت`, a
 * claim about another.
 */
function claimed(tokens: ArabicText["tokens"], from: number, to: number, cues: EventCues): boolean {
  for (let k = from + 1; k < to - 1; k++)
    if (
      tokenIn(cues.deniedBeing, tokens[k]) &&
      tokenIn(cues.claimThat, tokens[k - 1]) &&
      tokenIn(cues.deniedPredicate, tokens[k + 1])
    )
      return true;
  return false;
}

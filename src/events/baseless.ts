// A charge said to have no ground (trigger carrier `baseless`: `لا أساس لها`، `عارية عن الصحة`): `قال قرقاش إن
// اتهامات طهران لا أساس لها`، `اعتبر المندوب الإيراني أن الاتهامات السعودية لإيران … لا أساس لها`. The act is
// the speaker's REJECT of the charge (docs/gold-format.md "Denials"); the charge noun's genitive or nisba
// names who made it, and that state is the recipient. Read by speaker-actor.ts, which makes the sentence's
// speaker the actor. The state after the charge noun is its maker, never the one charged: a charge noun
// names its target after ل or ضد (`الاتهامات السعودية لإيران`), so the bare genitive is the accuser.
import type { Sentence, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far before the word the charge noun may stand (`الاتهامات السعودية لإيران بتهريب أسلحة … إلى اليمن،`). */
const CHARGE_REACH = 14;

/**
 * The maker of the charge the word calls groundless: the party right after the nearest charge noun (cues
 * `charge_noun`, `claim_charge`) before the word in its sentence, after no complementizer, with no
 * proclitic (a genitive: `مزاعم المغرب`) or a nisba (`الاتهامات السعودية`). Null when none is named.
 */
export function chargeMaker(
  tokens: readonly Token[],
  units: readonly PartyUnit[],
  sentence: Pick<Sentence, "firstToken">,
  hit: TriggerHit,
  cues: EventCues,
): PartyUnit | null {
  const from = Math.max(sentence.firstToken, hit.first - CHARGE_REACH);
  for (let k = hit.first - 1; k >= from; k--) {
    const t = tokens[k] as Token;
    if (isComplementizer(t, cues)) return null;
    if (!tokenIn(cues.chargeNoun, t) && !tokenIn(cues.claimCharge, t)) continue;
    const u = units.find((x) => x.first === k + 1 && x.end <= hit.first && !x.place);
    if (!u || u.prefix !== "" || (u.type !== "GPE" && u.type !== "NISBA" && u.type !== "PERSON")) return null;
    return u.parties.some((p) => p.country !== null) ? u : null;
  }
  return null;
}

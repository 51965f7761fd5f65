// A deal told with its partner and the participle of its signing and a year (`خروجها من الاتفاق التجاري مع
// المكسيك الموقع عام 2012`): the signing told in background is SUPPORT (docs/gold-format.md, "Signings"), between
// the clause's subject, a side of the deal it acts on, and the state after مع between the deal's head noun
// and the participle (the participle's row in lexicons/triggers.tsv needs the year after it). Part 24's
// BB-internationalNews-900 codes it so. Read by impliedRecipientSides (implied-recipient.ts).
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words may stand between the deal's head noun and the participle (`الاتفاق التجاري مع المكسيك الموقع`). */
const HEAD_REACH = 5;

/**
 * The state after مع that stands between an agreement's head noun (cue deal_head) and the participle of its
 * signing (cue deal_made_participle) that is the trigger, with no punctuation between them; none otherwise.
 */
export function signedPartner(c: Clause, hit: TriggerHit): PartyUnit[] {
  if (!tokenIn(c.cues.dealMadeParticiple, c.tokens[hit.first])) return [];
  let partner: PartyUnit | undefined;
  for (let k = hit.first - 1; k >= Math.max(c.sentenceStart, hit.first - HEAD_REACH); k--) {
    if (punctuated(c, k + 1, k + 1)) return [];
    const unit = c.all.find((u) => u.first === k + 1 && u.end <= hit.first);
    if (unit && (c.tokens[k] as Token).key === WITH_KEY) partner = unit;
    if (tokenIn(c.cues.dealHead, c.tokens[k])) return partner ? [partner] : [];
  }
  return [];
}

const WITH_KEY = "مع";

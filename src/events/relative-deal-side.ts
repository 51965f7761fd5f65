// The states a relative clause of an agreement names are that agreement's sides: `وهدد الرئيس بضرب البلدات الواقعة
// في المنطقة العازلة التي تم التوصل إلى اتفاق حولها بين مصر وإثيوبيا`، `تعهد بتحرير الأراضي التي اتفق عليها
// البلدان الجاران`. The threat or the pledge told before the thing agreed is not made to them; the
// agreement is read by its own verb (agreementRetold, retold-dated.ts). Read by actSides (act-sides.ts) and
// impliedRecipientSides (implied-recipient.ts).
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/**
 * How many words may stand between the trigger and the relative pronoun of its own deal (`الاتفاق النووي الذي
 * وقعته`): a relative clause so near is the trigger's own (deal-made.ts), whose states are its sides.
 */
const OWN_REACH = 2;

/**
 * `u` stands after a relative pronoun (cue relative) that opens, with the verb right after it, the relative
 * clause of an agreement (cues agreed_relative, deal_made: `التي اتفقت عليها`، `الذي تم التوصل إليه`،
 * `التي وقعتها`), the pronoun more than two words past the trigger and no punctuation between it and `u`; not
 * when the pronoun's antecedent is the agreement itself (`الصفقة التي وقعتها`، `الاتفاق النووي الذي`).
 */
export function relativeDealSide(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  for (let k = u.first - 1; k > hit.end + OWN_REACH - 1 && k >= c.sentenceStart; k--) {
    if (punctuated(c, k + 1, k + 1)) return false;
    if (!tokenIn(c.cues.relative, c.tokens[k])) continue;
    const verb = c.tokens[k + 1];
    if (k + 1 >= u.first || !(tokenIn(c.cues.agreedRelative, verb) || tokenIn(c.cues.dealMade, verb)))
      return false;
    // الانسحاب من الاتفاق النووي الذي توصلت إليه القوى الكبرى مع إيران: the deal itself is the act's object, and
    // its sides are the act's (an agreement's head noun, cue deal_head, one or two words before the pronoun).
    return !tokenIn(c.cues.dealHead, c.tokens[k - 1]) && !tokenIn(c.cues.dealHead, c.tokens[k - 2]);
  }
  return false;
}

// A participle of demanding that is the verbal noun of another's demand: `عقب مطالبة كندا المملكة
// بإطلاق سراح`، `واستهجنت الخارجية السعودية مطالبة كندا بالإفراج`. Read by findArguments (arguments.ts)
// before the plain word order, which would take the sentence's subject as the demander. The demand so
// told is background to the act that answers it (a flight stopped, a demand deplored), told with no day
// of its own and most often coded already where the article tells it as a verb: it gives no event.
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { punctuated, statesOfUnits, unitFrom } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/**
 * `مطالبة` (cue `demand_noun_form`) is a participle (`…، مطالبة موسكو بأن`) after a comma, and the verbal
 * noun after a sequence or pointing word (cue `demand_noun_lead`: عقب، بعد، إلى) or as the object of an act
 * word right after that act's subject (`استهجنت الخارجية السعودية مطالبة كندا`). As the noun, the party right
 * after it, with no proclitic, is its genitive and the demander, not the one asked: the sentence's subject
 * made no demand. When that subject's act answers the demand (`ورفضت موسكو مطالبة لندن`), it is the one asked;
 * else the hit gives no sides. Null when the form is not read as the noun, or no party
 * stands right after it (the participle's reading then stands).
 */
export function demandNoun(c: Clause, hit: TriggerHit): Arguments | null {
  if (hit.trigger.type !== "REQUEST" || hit.trigger.pos !== "participle" || hit.prefix !== "") return null;
  if (!tokenIn(c.cues.demandNounForm, c.tokens[hit.first])) return null;
  const before = hit.first - 1;
  if (before < c.sentenceStart || punctuated(c, hit.first, hit.first)) return null;
  const isAct = c.isAct ?? (() => false);
  const answerer = c.units.find(
    (u) => u.end === hit.first && u.first > c.sentenceStart && isAct(u.first - 1),
  );
  if (!answerer && !tokenIn(c.cues.demandNounLead, c.tokens[before])) return null;
  const genitive = unitFrom(c, hit.end, 1);
  if (!genitive || genitive.first !== hit.end || genitive.prefix !== "") return null;
  // ورفضت موسكو مطالبة لندن بتفسير: the genitive asked the state whose act answers the demand (branch
  // oblige63). After a lead word alone (`عقب مطالبة كندا المملكة`) the demand stays background, no event.
  if (answerer && answerer.prefix === "" && apart(genitive, answerer))
    return { actor: [genitive], recipient: [answerer], fromPhrase: true };
  return { actor: [], recipient: [] };
}

/** Two units each of one known state, the states different. */
function apart(a: PartyUnit, b: PartyUnit): boolean {
  const x = statesOfUnits([a]);
  const y = statesOfUnits([b]);
  if (x.size !== 1 || y.size !== 1 || x.has(null) || y.has(null)) return false;
  return [...x][0] !== [...y][0];
}

// The other side of a call or meeting told as the scene of its sentence's act, named before the noun
// (forty-eighth pass, consult48). `تبادل أمير قطر والرئيس الإيراني التهاني، وذلك في اتصال هاتفي
// بينهما`، `خلال لقاء جمعهما`: a pair pronoun right after the noun (cue `pair_pronoun`) stands for the two
// persons the sentence named before it, when the noun sets the scene of the sentence's act (في، خلال، أثناء). `أبلغ نائب الرئيس الرئيسَ المصري، في اتصال هاتفي، بأن`: a call set
// off by commas right after a verb's object names no partner of its own; the person just before it is the
// one called. Either way the actor is read already, and the side met is the nearest person before the noun
// of another state than the actor's: a person, since a nisba or a state named there is mostly what was
// talked about (`أن الهجوم … للنظام السوري، وذلك خلال اتصال جرى بينهما`).
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated, statesOfUnits } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { settingNoun } from "./noun-agents.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words may stand between the noun and its pair pronoun (`اتصال جرى بينهما`، `اللقاء الذي جمعهما`). */
const PAIR_REACH = 3;

/** The person met, named before a meeting or call noun whose partner is not named after it; else []. */
export function callPartnerBefore(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "noun" || actor.length === 0) return [];
  const pair = pairAfter(c, hit) && sceneNoun(c, hit);
  const aside = !pair && asideCall(c, hit);
  if (!pair && !aside) return [];
  const mine = statesOfUnits(actor);
  let met: PartyUnit | undefined;
  for (const u of c.units) {
    if (u.first < c.sentenceStart || u.end > hit.first || actor.includes(u)) continue;
    if (u.type !== "PERSON" || u.place || u.parties.length === 0) continue;
    if (u.parties.some((p) => p.country === null || mine.has(p.country))) continue;
    if (!met || u.first > met.first) met = u;
  }
  if (!met) return [];
  // The aside's person is the verb's object, right before the comma and the setting word.
  if (aside && met.end !== hit.first - 1) return [];
  return [met];
}

/**
 * The noun sets the scene of its sentence's act (`في`، `خلال`، `أثناء` right before it, settingNoun), not a
 * time after it (`بعد القمة التي جمعتهما`: a past summit told as background, of no date of its own here).
 */
function sceneNoun(c: Clause, hit: TriggerHit): boolean {
  return settingNoun(c, hit) && !tokenIn(c.cues.afterThat, c.tokens[hit.first - 1]);
}

/** A pair pronoun within a few words after the noun, in its sentence. */
function pairAfter(c: Clause, hit: TriggerHit): boolean {
  for (let k = hit.end; k < Math.min(c.sentenceEnd, hit.end + PAIR_REACH); k++)
    if (tokenIn(c.cues.pairPronoun, c.tokens[k])) return true;
  return false;
}

/** `…، في اتصال هاتفي، …`: a call after a setting word, with a comma before the word and right after the noun. */
function asideCall(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.mode !== "phone" || !settingNoun(c, hit)) return false;
  const prep = hit.first - 1;
  if (prep - 1 < c.sentenceStart || hit.end >= c.sentenceEnd) return false;
  return punctuated(c, prep, prep) && punctuated(c, hit.end, hit.end);
}

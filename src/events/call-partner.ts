// The other side of a call or meeting told as the scene of its sentence's act, named before the noun
// (forty-eighth pass, consult48). `تبادل أمير قطر والرئيس الإيراني التهاني، وذلك في اتصال هاتفي
// بينهما`، `أثناء اجتماع عبر الهاتف جمعهما`: a pair pronoun right after the noun (cue `pair_pronoun`) stands for
// the two persons the sentence named before it, when the noun sets the scene of the sentence's act (في، خلال،
// أثناء). The actor is read already; the side met is the nearest person before the noun of another state
// than the actor's: a person, since a nisba or a state named there is mostly what was talked about (`أن
// الهجوم … للنظام السوري، وذلك خلال اتصال جرى بينهما`).
// Not read (dropped in the pass): a call set off by commas after a verb's object (`أبلغ … الرئيس المصري، في
// اتصال هاتفي، بأن`) names its partner the same way, but such a noun in a reported clause takes the page's
// day, not the day of the announcement that carries it.
import type { Clause, PartyUnit } from "./arguments.ts";
import { statesOfUnits } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { settingNoun } from "./noun-agents.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words may stand between the noun and its pair pronoun (`اتصال جرى بينهما`، `اللقاء الذي جمعهما`). */
const PAIR_REACH = 3;

/** The person met, named before a meeting or call noun with a pair pronoun after it; else []. */
export function callPartnerBefore(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "noun" || actor.length === 0) return [];
  if (!pairAfter(c, hit) || !sceneNoun(c, hit)) return [];
  const mine = statesOfUnits(actor);
  let met: PartyUnit | undefined;
  for (const u of c.units) {
    if (u.first < c.sentenceStart || u.end > hit.first || actor.includes(u)) continue;
    if (u.type !== "PERSON" || u.place || u.parties.length === 0) continue;
    if (u.parties.some((p) => p.country === null || mine.has(p.country))) continue;
    if (!met || u.first > met.first) met = u;
  }
  return met ? [met] : [];
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

// The party praised or welcomed through what it did: `أشاد بالجهود التي تبذلها مصر`.
// Nineteenth pass (docs/EVENTS.md, "Nineteenth pass: agreements, support and cooperation").
import type { Event, Party, Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { afterSubject, groupAt, punctuated, statesOfUnits, tokenProclitic } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { summedDoer } from "./reaction-targets.ts";
import { otherSide } from "./recipient.ts";
import type { Told } from "./told.ts";
import type { TriggerHit } from "./triggers.ts";

/**
 * How far after the trigger and its subject the ب of the thing praised may stand (`أشاد في كلمته بالدور`،
 * `أشاد الوزير في ختام زيارته بالدور`: an adverbial phrase of three words; twenty-first pass).
 */
const OBJECT_REACH = 5;

/** How far after the relative pronoun's verb its subject may stand (`التي تقوم بها السعودية`). */
const AGENT_REACH = 3;

/** The word carries ب as its preposition (`بالجهود`، `وبالدور`). */
const BA = ["ب"];

/**
 * `أشاد بالجهود التي تبذلها مصر`، `رحبت فرنسا بالهدف الذي يسعى إليه الأردن`، `ترحب بالتقدم الذي
 * حققته اليابان وكوريا الجنوبية`: praise or a welcome whose ب
 * names a deed, an effort or a role, not a party, is for the one who did it: the subject of the relative
 * clause right after the thing praised (at most one word after it), standing after the clause's verb and
 * the verb's own pronoun (`بها`، `إليه`). The first party after ب, when one stands there, is the frame's
 * own object and is read elsewhere.
 */
export function praisedAgent(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  if (actor.length === 0) return [];
  // وهو ما رحبت به السعودية، الخطوة التي أيدتها فرنسا: the deed praised is the clause summed up (reaction-targets.ts).
  const summed = summedDoer(c, hit, actor);
  if (summed.length > 0) return summed;
  const mine = statesOfUnits(actor);
  if (mine.has(null)) return [];
  const from = afterSubject(hit, actor);
  for (let k = from; k < c.end && k < from + OBJECT_REACH; k++) {
    if (!tokenProclitic(c.tokens[k] as Token, BA)) continue;
    if (c.all.some((u) => u.first === k)) return [];
    for (let r = k + 1; r <= k + 2 && r < c.sentenceEnd; r++) {
      if (!tokenIn(c.cues.relative, c.tokens[r])) continue;
      if (punctuated(c, k + 1, r)) return [];
      // بالخطوات التي تشهدها الساحة الكورية الجنوبية: a nisba's head there is a thing, not the doer.
      const u = c.units.find(
        (x) => x.first >= r + 2 && x.first <= r + 1 + AGENT_REACH && x.prefix === "" && x.type !== "NISBA",
      );
      if (!u || u.end > c.sentenceEnd || punctuated(c, r + 1, u.first) || !otherSide(u, actor, mine))
        return [];
      return groupAt(c, u).filter((x) => !actor.includes(x));
    }
    return [];
  }
  return [];
}

/** PLOVER's quad classes 1 and 2, verbal and material cooperation. */
const COOPERATIVE_QUAD = 2;

/** How many sentences back the act a welcome of "the decision" or "this step" answers may have been told. */
const WELCOMED_REACH = 2;

/**
 * `أعلنت باريس … وأيدت برلين هذا الموقف`، `رحبت الخارجية الصينية بالقرار`:
 * praise or a welcome whose object is a bare act noun (cue `welcomed_act`: القرار، الخطوة، الموقف، الأنباء),
 * after ب or a demonstrative, with no state after it, is for the state that did the act last told (in
 * this sentence or the two before): the actor of the last event whose actor is one state other than the
 * praising one, and before it the actor of an act toward the praising state.
 */
export function welcomedActor(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  told: Told,
  sentence: number,
): Party[] {
  const mine = statesOfUnits(actor);
  if (mine.size === 0 || mine.has(null)) return [];
  const from = afterSubject(hit, actor);
  let k = from;
  while (k < c.end && k < from + OBJECT_REACH && !welcomedNoun(c, k)) k++;
  if (k >= c.end || k >= from + OBJECT_REACH || c.all.some((u) => u.first === k + 1)) return [];
  // رحبت الخارجية الصينية بالقرار: a decision toward the praising state itself (ناورو … الاعتراف بجمهورية
  // الصين الشعبية), told within reach, is the one welcomed, even with another state's act told after it.
  let last: Party[] = [];
  for (let e = told.events.length - 1; e >= 0; e--) {
    const ev = told.events[e] as Event;
    if (sentence - (told.sentenceOf.get(ev) ?? -Infinity) > WELCOMED_REACH) break;
    const states = new Set(ev.actor.map((p) => p.country));
    if (states.size !== 1 || states.has(null) || mine.has(ev.actor[0]?.country ?? null)) continue;
    // اتهم … بكين … رحبت الخارجية الصينية بالقرار: no state welcomes a charge or a blow against itself.
    if (ev.recipient.some((p) => mine.has(p.country))) {
      if (ev.quad <= COOPERATIVE_QUAD) return [...ev.actor];
      continue;
    }
    if (last.length === 0) last = [...ev.actor];
  }
  return last;
}

/** Token k is a bare act noun after ب (`بالقرار`) or after a demonstrative (`هذا الموقف`، `بهذه الخطوة`). */
function welcomedNoun(c: Clause, k: number): boolean {
  const t = c.tokens[k] as Token;
  if (!tokenIn(c.cues.welcomedAct, t)) return false;
  return tokenProclitic(t, BA) || tokenIn(c.cues.backref, c.tokens[k - 1]);
}

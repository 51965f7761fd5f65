// The place of an act's object as its target. A judged act of repression (twentieth pass, "recipients
// lost"): `أعربت الأمم المتحدة عن قلقها من الاحتجاز الجماعي للإيغور في الصين`، `دعت أوتاوا إلى إطلاق
// سراح نشطاء في المملكة`، `انتقدت توقيف نشطاء بالمملكة`. Arrests, detentions and abuses are done by the
// state where they happen; a criticism or a demand about them that names no other party is aimed at it.
// A struck target (twenty-first pass, lead): `الضربة التي وجهها الجيش الإسرائيلي ضد أهداف في سوريا`:
// an attack on sites in a state that names no owner of them strikes that state.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { statesOfUnits } from "./clause-units.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import type { PlaceNoun } from "./types.ts";
import { isPlace } from "./place-mentions.ts";
import { acrossBorder } from "./units.ts";

/** How many tokens after the repression noun its place may start (`الاعتقال الجماعي لآلاف المعارضين في البلاد`). */
const PLACE_REACH = 9;

/** How many tokens after the demand a halt to fighting may stand (`دعت إلى وقف فوري لإطلاق النار`). */
const HALT_REACH = 5;

/** The cue set of each kind of noun whose place is judged. */
function placeNouns(cues: EventCues, noun: PlaceNoun): Set<string> {
  switch (noun) {
    case "repression_act":
      return cues.repressionAct;
    case "strike_target":
      return cues.strikeTarget;
    case "fighting_halt":
      return cues.fightingHalt;
  }
}

/** Whether a token in [from, to) names an owner: the proclitic ل, or a word of belonging (cue `owner_word`). */
function ownerNamed(arabic: ArabicText, from: number, to: number, cues: EventCues): boolean {
  for (let k = from; k < to; k++) {
    const t = arabic.tokens[k] as ArabicText["tokens"][number];
    if (tokenIn(cues.ownerWord, t) || t.bare.some((b) => b.prefix.endsWith("ل"))) return true;
  }
  return false;
}

/**
 * The state named as a place (`في الصين`، `بالمملكة`) within PLACE_REACH tokens after a noun of the kind
 * `noun` (a cue: `repression_act`, `strike_target`) that follows the trigger in its sentence, of a country
 * other than the actor's;
 * undefined when there is none, when the trigger is a charge, or when a party other than the actor is named
 * between the trigger and the noun.
 */
export function judgedPlace(
  arabic: ArabicText,
  found: EntitiesResult,
  hit: TriggerHit,
  sentenceEnd: number,
  actor: readonly PartyUnit[],
  units: readonly PartyUnit[],
  cues: EventCues,
  kinds: readonly PlaceNoun[],
): PartyUnit | undefined {
  // اتهم … بعض من تم القبض عليهم، اتهامات بانتهاكات … في أفغانستان: a charge names its accused itself;
  // the place of the deed charged is not the accused.
  const word = arabic.tokens[hit.first];
  if (tokenIn(cues.chargeVerb, word) || tokenIn(cues.chargeNoun, word)) return undefined;
  const mine = statesOfUnits(actor);
  for (let k = hit.end; k < sentenceEnd; k++) {
    // حث كوربن تريزا ماي على … الدعوة إلى وقف الانتهاكات في السعودية: a party named between the trigger
    // and the deed, not the actor, is the one addressed; the place is not the act's target.
    if (units.some((u) => u.first === k && !actor.includes(u))) return undefined;
    const noun = kinds.find((n) => tokenIn(placeNouns(cues, n), arabic.tokens[k]));
    if (noun === undefined) continue;
    // وتصر باريس على تغيير بنود في الورقة التي تقترح هدنة في اليمن: a halt asked for is the
    // demand's own object, told right after its verb, not one a draft or clause further on asks for.
    // ودعا مجلس الأمن الدولي إلى وقف فوري لإطلاق النار: the reach starts after the actor named after the verb.
    if (noun === "fighting_halt" && k - haltFrom(hit, actor, k) >= HALT_REACH) continue;
    for (const m of found.mentions) {
      if (m.firstToken <= k || m.firstToken > k + PLACE_REACH || m.endToken > sentenceEnd) continue;
      // مواقع للمعارضة في سوريا، مواقع تابعة لحماس، القواعد الإيرانية في سوريا: a target whose owner is
      // named is not the place's state.
      if (
        noun === "strike_target" &&
        (ownerNamed(arabic, k + 1, m.firstToken, cues) ||
          units.some((u) => u.first > k && u.first < m.firstToken))
      )
        return undefined;
      if (m.type !== "GPE" || m.country === null || mine.has(m.country)) continue;
      const unit = placeStateUnit(arabic, m, cues);
      if (unit) return unit;
    }
    return undefined;
  }
  return undefined;
}

/** Where a halt's reach starts: after the demand's trigger, or after its actor when named between them. */
function haltFrom(hit: TriggerHit, actor: readonly PartyUnit[], k: number): number {
  let from = hit.end;
  for (const u of actor) if (u.first >= hit.end && u.end <= k && u.end > from) from = u.end;
  return from;
}

/**
 * The state a place mention stands for as a side (`غارات على مطار تيفور وسط سوريا`، `التي شنتها إسرائيل في
 * سوريا`): a unit of its own, no longer a place; none when the mention is no place or lies across a border.
 */
export function placeStateUnit(
  arabic: ArabicText,
  m: EntitiesResult["mentions"][number],
  cues: EventCues,
): PartyUnit | null {
  if (!isPlace(arabic, m, cues) || acrossBorder(arabic.tokens, m.firstToken, m.prefix, cues)) return null;
  return mentionUnit(m);
}

/** A place mention as a side: the unit of the state it stands for, no longer a place. */
export function mentionUnit(m: EntitiesResult["mentions"][number]): PartyUnit {
  return {
    first: m.firstToken,
    end: m.endToken,
    prefix: "",
    type: "GPE",
    parties: [{ entity: m.entity, text: m.text, country: m.country, sector: null }],
    place: false,
  };
}

// The state a withdrawal is done to when its object is an agreement news names without that state
// (`انسحاب الولايات المتحدة من الاتفاق النووي`, cue deal_counterpart), or the bare head standing for one
// named before (back-references.ts). Split from recipient.ts, which reads it after a frame preposition.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { dealBackReference } from "./deal-back-reference.ts";
import { punctuated } from "./clause-units.ts";
import type { TriggerHit } from "./triggers.ts";

/** The most words an agreement's name in cue deal_counterpart takes (`خطة العمل الشاملة المشتركة`). */
const DEAL_WORDS = 4;

/**
 * `انسحاب الولايات المتحدة من الاتفاق النووي`: a withdrawal from an agreement news names without the state
 * it was made with (cue `deal_counterpart`), right after the frame's preposition at `k`, is done to that
 * state. A state named after the name (`الاتفاق النووي مع إيران`، `الإيراني`) is read before this; that
 * state's own withdrawal is read as before.
 */
export function dealAfter(
  c: Clause,
  hit: TriggerHit,
  k: number,
  actor: readonly PartyUnit[],
): PartyUnit | undefined {
  if (hit.trigger.mode !== "withdraw" || c.cues.dealCounterpart.size === 0) return undefined;
  // انسحاب الولايات المتحدة، الانسحاب الأمريكي: a noun's agent is its genitive or nisba; one read from
  // elsewhere (the speaker of `يخشى من انسحاب الأخير`، the object of `حذروا ترامب من مغبة الانسحاب`) is
  // too loose a guess to make an act on the deal's state.
  // A possessive pronoun (`بعد انسحابها من`) is left out: its act is often dated by the sentence's other act.
  if (hit.trigger.pos === "noun" && !actor.some((u) => u.first >= hit.end)) return undefined;
  // … من الاتفاق النووي. … وانسحبت واشنطن من الاتفاق: the bare head stands for the deal named before it.
  const named = dealBackReference(c, k + 1, c.cues);
  if (named !== null) return dealUnit(c, k + 1, k + 2, named, actor);
  let name = "";
  for (let j = k + 1; j < Math.min(c.end, k + 1 + DEAL_WORDS); j++) {
    const t = c.tokens[j] as Token;
    if (j > k + 1 && punctuated(c, j, j)) return undefined;
    name = name === "" ? t.key : `${name} ${t.key}`;
    const state = c.cues.dealCounterpart.get(name);
    if (state) return dealUnit(c, k + 1, j + 1, state, actor);
  }
  return undefined;
}

/** The deal's name at tokens `[first, end)` as a unit of its state; none when that state is the actor's. */
function dealUnit(
  c: Clause,
  first: number,
  end: number,
  state: string,
  actor: readonly PartyUnit[],
): PartyUnit | undefined {
  // طهران ستنسحب من الاتفاق النووي: the state the deal was made with leaving it is no act on itself.
  if (actor.some((u) => u.parties.some((p) => p.country === state))) return undefined;
  const text = c.text.slice((c.tokens[first] as Token).start, (c.tokens[end - 1] as Token).end);
  return {
    first,
    end,
    prefix: "",
    type: "DEAL",
    parties: [{ entity: null, text, country: state, sector: null }],
    place: false,
  };
}

const WITH = "مع";

/**
 * `سيناقش مستقبل الاتفاق النووي مع إيران`: for a meeting or talks (CONSULT), whose partner مع names, a مع at `k` right after an agreement's name in cue deal_counterpart that
 * starts after the trigger is the name's when the state after it is the deal's (`الاتفاق النووي=IRN`), not the act's
 * partner; another state after مع (`سيناقش الاتفاق النووي مع روسيا`) is the partner still. An act on the deal
 * itself (`توعد بإسقاط الاتفاق النووي مع إيران`) keeps that state.
 */
export function dealNamedBefore(c: Clause, hit: TriggerHit, k: number): boolean {
  if (hit.trigger.type !== "CONSULT" || (c.tokens[k] as Token | undefined)?.key !== WITH) return false;
  let name = "";
  for (let j = k - 1; j >= Math.max(hit.end, k - DEAL_WORDS); j--) {
    const t = c.tokens[j] as Token;
    if (!(c.tokens[j + 1] as Token).linked) return false;
    name = name === "" ? t.key : `${t.key} ${name}`;
    const state = c.cues.dealCounterpart.get(name);
    if (state) return c.units.some((u) => u.first === k + 1 && u.parties.some((p) => p.country === state));
  }
  return false;
}

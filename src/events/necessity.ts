// A necessity laid on a state (`شدد الوزير على ضرورة التزام إيران بالاتفاق`، `أكد على ضرورة أن تسحب كندا
// تصريحاتها`): the state named as the doer of what is necessary is asked; the sentence's speaker asks
// (speaker-actor.ts). Branch req34.
import type { Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import type { EventCues } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

const isThat = (t: Token | undefined): boolean =>
  t !== undefined && (t.key === "ان" || t.bare.some((b) => b.key === "ان" && b.prefix === "ل"));

/**
 * The state a necessity is laid on: after `ضرورة أن` (or `لأن`) and a verb, the party right after the verb;
 * after `ضرورة` and a verbal noun whose genitive is its doer (cue `duty_agent_noun`), the party right after
 * the noun, or a nisba one word later (`انسحاب القوات الإيرانية`). None else: `ضرورة منع إيران` names
 * what is done to Iran, not what Iran must do.
 */
export function necessityAddressee(
  tokens: readonly Token[],
  units: readonly PartyUnit[],
  hit: TriggerHit,
  cues: EventCues,
): PartyUnit | null {
  const before = tokens[hit.first - 1];
  // لا ضرورة، عدم ضرورة (cue necessity_denied): a necessity denied lays nothing.
  if (before && cues.necessityDenied.has(before.key)) return null;
  const next = hit.end;
  const at = (k: number, nisba: boolean) =>
    units.find((u) => !u.place && u.first === k && u.prefix === "" && (!nisba || u.type === "NISBA")) ?? null;
  // ضرورة أن تكون كندا طرفا (cue necessity_copula): a state of things wished for, no act asked of the state.
  if (isThat(tokens[next]))
    return cues.necessityCopula.has(tokens[next + 1]?.key ?? "") ? null : at(next + 2, false);
  const noun = tokens[next];
  // بالتزام، والتزام: a noun with a proclitic is another phrase's, not the necessity's genitive.
  if (!noun || !cues.dutyAgentNoun.has(noun.key)) return null;
  return at(next + 1, false) ?? at(next + 2, true);
}

// The body a plan or a stance is about leaving (`خطة ماي للخروج من الاتحاد الأوروبي`، `تحول لتأييد الخروج من
// الاتحاد الأوروبي`، `رفضه لاستراتيجية ماي للانسحاب من الاتحاد`): an organisation after `من` and a noun of leaving
// (cue `body_leave_noun`) that is the aim of a plan (on ل of purpose) or the object of a noun of plan or stance (cue
// `plan_noun`) names what the plan is about, no side of the act told around it (the criticism of the plan, the
// meeting of its opponents). Only organisations: a state left (`خطة للانسحاب من سوريا`) is the place of a withdrawal
// the plan may itself tell. Branch precision65. Read by documentUnits (units.ts), which then makes no unit of it.
import type { EntitiesResult } from "../entities/index.ts";
import { keyOf } from "../arabic/normalize.ts";
import type { ArabicText, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

const FROM_KEY = keyOf("من");

/** The mention is an organisation left in a plan's aim or a stance's object. */
export function leftBodyInPlan(
  arabic: ArabicText,
  m: EntitiesResult["mentions"][number],
  cues: EventCues,
): boolean {
  if (m.type !== "ORG" || m.country !== "IGO" || m.prefix !== "") return false;
  const from = arabic.tokens[m.firstToken - 1];
  const leave = arabic.tokens[m.firstToken - 2];
  if (from?.key !== FROM_KEY || !leave || !tokenIn(cues.bodyLeaveNoun, leave)) return false;
  // للخروج، للانسحاب: the aim of a plan named before it.
  if (leave.bare.some((b) => b.prefix.replace(/^[وف]/u, "") === "ل" && cues.bodyLeaveNoun.has(b.key)))
    return true;
  const before = arabic.tokens[m.firstToken - 3] as Token | undefined;
  return before !== undefined && before.sentence === leave.sentence && tokenIn(cues.planNoun, before);
}

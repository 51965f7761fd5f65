// A measure one state keeps on another, told in passing as a definite noun with the imposer's nisba
// (`مواجهة العقوبات الأمريكية المفروضة على كوبا`، `اعتبر أن العقوبات الأمريكية على إيران غير قانونية`): a
// standing measure, undated unless the text dates its imposition (docs/gold-format.md, "Sanctions told in
// background"), not an act of the day the page is dated.
import type { ArabicText, Party, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** A perfect of the feminine (`عادت`) or a masculine imperfect (`يعود`; `ت` opens verbal nouns too, `تأثير`). */
const VERB_BEFORE = /^ي|ت$/u;

export function standingMeasure(
  arabic: ArabicText,
  hit: TriggerHit,
  type: string,
  actor: readonly Party[],
  cues: EventCues,
): boolean {
  if (type !== "SANCTION" || hit.trigger.pos !== "noun" || hit.prefix !== "") return false;
  const { tokens } = arabic;
  const noun = tokens[hit.first] as Token;
  if (!tokenIn(cues.standingMeasure, noun)) return false;
  // The imposer's nisba right after the noun (`العقوبات الأمريكية`), the actor read from it.
  const nisba = tokens[hit.end];
  if (!nisba || nisba.sentence !== noun.sentence || !actor.some((p) => p.text === nisba.text)) return false;
  // العقوبات الأمريكية الجديدة: a measure told as new is the news.
  if (tokenIn(cues.newMeasure, tokens[hit.end + 1])) return false;
  // وعادت العقوبات الأمريكية: the subject of a verb right before it is told as an act (sanction49).
  const before = tokens[hit.first - 1];
  return !before || before.sentence !== noun.sentence || !VERB_BEFORE.test(before.key.replace(/^[وف]/u, ""));
}

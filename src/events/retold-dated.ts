// An agreement told in a relative clause with a time of its own (`المنطقة العازلة التي اتفقت عليها
// العام الماضي مصر والسودان`، `الهدنة التي جرى التوصل إليها بين أرمينيا وأذربيجان في
// مارس 2016`): the text tells when it was made, so it is the agreement's own past act, coded AGREE (or
// SUPPORT for a signing) at that date, as the readable gold codes it (part 23's BB-middleEast-681, part
// 24's BB-middleEast-652). Read by agreementRetold (tie-vetoes.ts), which drops only the undated retelling.
import type { ArabicText, Token } from "../pipeline/types.ts";
import type { Clause } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import type { TriggerHit } from "./triggers.ts";

/** A date the text fixes (its value not null) starts in tokens from..to-1. */
export function fixedDateIn(arabic: ArabicText, from: number, to: number): boolean {
  const a = arabic.tokens[from] as Token | undefined;
  const b = arabic.tokens[to - 1] as Token | undefined;
  if (a === undefined || b === undefined || to <= from) return false;
  return arabic.dates.some((d) => d.value !== null && d.start >= a.start && d.start < b.end);
}

/**
 * The relative clause of the agreement's verb, from the verb to the first punctuation mark or the end of
 * the sentence, names a date the text fixes: `التي اتفقت عليها العام الماضي`، `الذي وقعه البلدان عام 1994`.
 * A date past a comma (`…، بينما اجتمعا في مايو`) is another clause's.
 */
export function retoldDated(c: Clause, hit: TriggerHit): boolean {
  if (c.datedAt === undefined) return false;
  let end = hit.end;
  while (end < c.sentenceEnd && !punctuated(c, end, end)) end++;
  return c.datedAt(hit.end, end);
}

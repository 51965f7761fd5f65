// The other side of a deal told by its trade: `وقعت الأردن اتفاقا لشراء الغاز الإسرائيلي`، `وقعت صفقة
// لتصدير الغاز إلى مصر`، `وقع الوزير صفقة لبيع قطر 24 طائرة`. A signing names its deal and the deal's ل of
// purpose names a sale, a purchase, an export or an import (cue trade_purpose): the state the goods go to
// or come from is the one the deal was made with. Read by findRecipient when no other recipient is found.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { stoppedBetween } from "./clause-units.ts";
import type { TriggerHit } from "./triggers.ts";
import { GOODS_UNIT } from "./units.ts";

/** How far after the trigger (or its subject) the ل of purpose may stand (`اتفاقا في سبتمبر 2016 لشراء`). */
const PURPOSE_REACH = 9;
/** How far after the trade noun its other state may stand (`لشراء 300 مليون قدم مكعب من الغاز الإسرائيلي`). */
const TRADE_REACH = 8;

/** How far after a firm's word its nisba may stand (`شركة جنرال دايناميكس كورب الأمريكية`). */
const FIRM_REACH = 5;

/** A nisba a few words after a firm's word (cue firm_head), no comma between: the deal is the firm's. */
function firmNisba(c: Clause, u: PartyUnit): boolean {
  if (u.type !== "NISBA") return false;
  for (let k = u.first - 1; k >= Math.max(c.sentenceStart, u.first - FIRM_REACH); k--) {
    if (stoppedBetween(c, k + 1, u.first)) return false;
    if (c.cues.firmHead.has((c.tokens[k] as Token).key)) return true;
  }
  return false;
}

const stopBefore = (c: Clause, k: number) => stoppedBetween(c, k, k);

/** The trade noun with the ل of purpose at token k (`لشراء`، `لتصدير`). */
function tradePurposeAt(c: Clause, k: number): boolean {
  const t = c.tokens[k];
  return t !== undefined && t.bare.some((b) => b.prefix.endsWith("ل") && c.cues.tradePurpose.has(b.key));
}

/**
 * The state a signed deal trades with, after `from` (the end of the trigger and its subject): a unit
 * after the trade noun right after من or إلى, the goods' nisba, a state carried by ل (`للسعودية`), or a
 * bare state right after the trade noun (`لبيع قطر`); not the actor's own state, not past punctuation.
 */
export function tradeParty(
  c: Clause,
  hit: TriggerHit,
  from: number,
  actor: readonly PartyUnit[],
): PartyUnit | undefined {
  if (hit.trigger.channel !== "agree" || hit.trigger.pos !== "verb") return undefined;
  if (actor.some((u) => firmNisba(c, u))) return undefined;
  const end = Math.min(c.sentenceEnd, from + PURPOSE_REACH);
  let trade = -1;
  for (let k = from; k < end; k++) {
    if (k > from && stopBefore(c, k)) return undefined;
    if (tradePurposeAt(c, k)) {
      trade = k;
      break;
    }
  }
  if (trade < 0) return undefined;
  const mine = new Set(actor.flatMap((u) => u.parties.map((p) => p.country)));
  for (const u of c.all) {
    if (u.first <= trade || u.first > trade + TRADE_REACH || u.end > c.sentenceEnd) continue;
    if (stoppedBetween(c, trade + 1, u.first)) return undefined;
    if (actor.includes(u) || u.parties.some((p) => p.country === null || mine.has(p.country))) continue;
    const before = c.tokens[u.first - 1] as Token;
    const prefix = u.prefix.replace(/^[وف]/u, "");
    if (
      c.cues.tradeDirection.has(before.key) ||
      prefix === "ل" ||
      u.type === "NISBA" ||
      u.type === GOODS_UNIT ||
      (u.first === trade + 1 && prefix === "")
    )
      return u;
  }
  return undefined;
}

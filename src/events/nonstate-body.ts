// A nisba that gives the nationality of a club, a party or a movement, or where a dish comes from: no party of an act.
import type { ArabicText, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** How many words of a body's name may stand between its head and its nisba (`حزب العمال البريطاني`). */
const BODY_NAME_REACH = 2;

/** A comma, stop, colon or bracket: the nisba belongs to another phrase. Quotation marks may wrap a name. */
const PHRASE_BREAK = /[،,.:؛()]/u;

/**
 * `رئيس نادي الزمالك المصري`، `زعيم حزب العمال البريطاني`، `جماعة "أنصار الله" اليمنية`: a head of a non-state
 * body (cue nonstate_body) right before the nisba at `k`, or with one or two words of its name between, in one
 * phrase, makes the nisba that body's nationality, not a state. So does the head of a dish or a cuisine (cue
 * dish_head: `طبق البطاطا المقلية السويسري`، `المطبخ السوري`): a thing's nisba is no party.
 */
export function nonStateBodyBefore(arabic: ArabicText, k: number, cues: EventCues): boolean {
  const at = arabic.tokens[k] as Token;
  for (let d = 1; d <= BODY_NAME_REACH + 1; d++) {
    const head = arabic.tokens[k - d];
    if (!head || head.sentence !== at.sentence) return false;
    if (PHRASE_BREAK.test(arabic.text.slice(head.end, at.start))) return false;
    if (tokenIn(cues.nonStateBody, head) || tokenIn(cues.dishHead, head)) return true;
  }
  return false;
}

// `كشفت صحيفة عن لقاء سري جمع دبلوماسيين من البلدين`: an act told by its noun as what a report
// reveals (a verb of revealing, cue `reveal_verb`, then `عن` right before the noun) happened before the report,
// at a time the revealing does not give: it takes no date from the report's day. The article often dates it
// further on (`وعقد اللقاء في الربيع الماضي`); the merge folds this telling into that one (merge.ts).
import type { ArabicText, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { keyOf } from "../arabic/normalize.ts";

const ABOUT_KEY = keyOf("عن");
/** How far before `عن` the verb of revealing may stand (`كشف مسؤولون في الوزارة لوكالة أنباء عن`). */
const REVEAL_REACH = 7;

/** The noun trigger is what a verb of revealing reveals. */
export function revealedNoun(arabic: ArabicText, hit: TriggerHit, cues: EventCues): boolean {
  if (hit.trigger.pos !== "noun" || hit.prefix !== "") return false;
  const about = arabic.tokens[hit.first - 1];
  if (!about || about.key !== ABOUT_KEY) return false;
  const sentence = (arabic.tokens[hit.first] as Token).sentence;
  for (let k = hit.first - 2; k >= Math.max(0, hit.first - 1 - REVEAL_REACH); k--) {
    const t = arabic.tokens[k] as Token;
    if (t.sentence !== sentence) return false;
    if (tokenIn(cues.revealVerb, t)) return true;
  }
  return false;
}

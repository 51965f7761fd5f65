// `أكدت دعمها لفرض عقوبات على روسيا`، `يدعم إجراء محادثات مع إيران`، `حشد التأييد لفرض عقوبات جديدة على`: a
// backing or a welcome whose object is the noun of another act (cue backed_act) backs that act. The state the act
// bears on, after it, is no recipient of the backing: no SUPPORT is read from the hit (a veto, tie-vetoes.ts),
// and the backed act's own event, if any, is read by its own trigger. An act whose agent stands right after its
// noun (`دعمها لفرض واشنطن عقوبات على`) names whose act is backed, and stays as it was read; so does a backing
// of a decision or a stance (`دعمه لقرار ألمانيا طرد`، `أيدت موقف فرنسا`), whose nouns are no act of the cue.
import { keyOf } from "../arabic/normalize.ts";
import { tokenIs } from "../arabic/tokens.ts";
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words (an adjective, the verb's subject) may stand between the backing and the act's noun. */
const BEFORE_ACT = 2;
/** How many words after the act's noun its target may stand (`لفرض عقوبات اقتصادية جديدة على`). */
const TARGET_REACH = 5;

const FROM_KEY = keyOf("من");

const unitAt = (c: Clause, k: number): PartyUnit | undefined => c.all.find((u) => u.first <= k && k < u.end);

/** True when a SUPPORT hit's object is the noun of another act, with no agent of that act right after it. */
export function actBacked(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.type !== "SUPPORT" || hit.trigger.pos === "participle") return false;
  let words = 0;
  for (let k = hit.end; k < c.end && words <= BEFORE_ACT; k++) {
    if (k > hit.end && punctuated(c, k, k)) return false;
    // The subject right after the verb (`تدعم فرنسا فرض عقوبات`) is passed over whole; a party anywhere else
    // before the act's noun is its agent (`أشاد بقرار تركيا تمديد الهدنة مع سوريا`), whose act is backed.
    const unit = unitAt(c, k);
    if (unit !== undefined) {
      if (k !== hit.end || hit.trigger.pos !== "verb") return false;
      k = unit.end - 1;
      continue;
    }
    const t = c.tokens[k] as Token;
    if (tokenIn(c.cues.backedAct, t)) return targetAfter(c, k);
    if (tokenIn(c.cues.preposition, t)) return false;
    words++;
  }
  return false;
}

/** The act's noun at `k` has a party after it that is no agent right after the noun: its target. */
function targetAfter(c: Clause, k: number): boolean {
  for (let j = k + 1; j < Math.min(c.end, k + 1 + TARGET_REACH); j++) {
    // رحب بإجراء محادثات بين الكوريتين: an act between two sides backs them both, and stays; so does one
    // whose agent من names (`امتدح سرعة إجراء التحقيقات من جانب السعودية`).
    const t = c.tokens[j] as Token;
    if (punctuated(c, j, j) || tokenIn(c.cues.between, t) || tokenIs(t, FROM_KEY)) return false;
    const unit = c.all.find((u) => u.first === j);
    if (unit === undefined) continue;
    // لفرض واشنطن عقوبات: the state right after the noun is the act's agent; a nisba there is its object's.
    return !(j === k + 1 && unit.type !== "NISBA");
  }
  return false;
}

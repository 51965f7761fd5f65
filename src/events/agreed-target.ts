// The other party of an agreement or pledge whose clause names none, read from what is agreed: the
// state it is done for or with. Nineteenth pass (docs/EVENTS.md, "Nineteenth pass: agreements, support
// and cooperation").
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { afterSubject, groupAt, punctuated, statesOfUnits, tokenProclitic } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { otherSide } from "./recipient.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far after the verbal noun of what is agreed its state may stand (`على تقديم موعد تسليم النظام … إلى تركيا`). */
const AGREED_REACH = 8;

/** A ب or ل on the word (`بإجراء`، `لتقديم`): it opens what is pledged or offered. */
const COMPLEMENT_PREPS = ["ب", "ل"];

/** How many words may stand between the verbal noun and its state's genitive: its object (`بدعم اقتصاد تركيا`). */
const GENITIVE_DEPTH = 2;

/**
 * The unit at `k` is the genitive of the verbal noun or of its object (`بإقراض الأرجنتين`، `بدعم اقتصاد
 * تركيا`): a state's name, no preposition before it as a word or a clitic. A nisba qualifies the thing
 * done (`الأسلحة الكيماوية السورية`، `كيان دفاعي صيني`), not the party it is done for.
 */
function genitive(c: Clause, noun: number, u: PartyUnit): boolean {
  if (u.type === "NISBA" || u.first - noun > GENITIVE_DEPTH) return false;
  for (let j = noun + 1; j < u.first; j++) {
    const t = c.tokens[j] as Token;
    if (tokenIn(c.cues.preposition, t) || t.bare.some((b) => /[بلك]/u.test(b.prefix))) return false;
  }
  return true;
}

/**
 * `وافقت روسيا على تقديم موعد تسليم`، `وافق صندوق النقد الدولي على إقراض
 * الأرجنتين`، `مستعدة لتقديم تسهيلات للشاحنات الأردنية`: what a party agrees, pledges or offers to do
 * (the verbal noun right after على, or carrying ب or ل, after the trigger and its subject) is done for or
 * with the state it governs: the genitive of the noun or of its object (`تعهدت قطر بدعم اقتصاد تركيا`), or
 * a state after إلى or مع (cue `agreed_for`) or with ل. The first state of another country reached otherwise (`في سوريا`، `توقيت سيول`) ends the
 * search: it is a place or an attribute, not the agreement's other party.
 */
export function complementTarget(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  if (actor.length === 0) return [];
  // اتفقت مصر وإثيوبيا والسودان على …: states agreeing together are both sides already.
  const mine = statesOfUnits(actor);
  if (mine.size !== 1 || mine.has(null)) return [];
  const from = afterSubject(hit, actor);
  const t = c.tokens[from];
  if (!t || from >= c.end) return [];
  const noun = t.key === "علي" ? from + 1 : tokenProclitic(t, COMPLEMENT_PREPS) ? from : -1;
  if (noun < 0 || noun >= c.end || (noun > from && punctuated(c, noun, noun))) return [];
  if (c.units.some((u) => u.first === noun)) return [];
  for (let k = noun + 1; k < c.end && k <= noun + AGREED_REACH; k++) {
    const tk = c.tokens[k];
    if (punctuated(c, k, k) || tokenIn(c.cues.clauseBreak, tk) || tokenIn(c.cues.speech, tk)) return [];
    const u = c.units.find((x) => x.first === k);
    if (!u || !otherSide(u, actor, mine)) continue;
    const p = u.prefix.replace(/^[وف]/u, "");
    const governed =
      p === "ل" || (p === "" && (tokenIn(c.cues.agreedFor, c.tokens[k - 1]) || genitive(c, noun, u)));
    return governed ? groupAt(c, u).filter((x) => !actor.includes(x)) : [];
  }
  return [];
}

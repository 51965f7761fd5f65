// An act told as what a party denies (`نفى السفير الروسي تورط موسكو في الهجوم`، `نفوا شن بلادهم ضربة`،
// `تنفي طرد السفير التركي`): the act is the denial's object, not a happening the text states. The denial
// itself is REJECT when a state charged it (docs/gold-format.md "Denials", act-sides.ts); the denied act
// is no event, negated or not: the gold codes none (BB-internationalNews-155). A veto (vetoes.ts).
import type { Token } from "../pipeline/types.ts";
import type { Clause } from "./arguments.ts";
import { suffixedIn, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far before the denied object the denial verb may stand, its subject and a time phrase between. */
const DENIAL_REACH = 8;
/** How far before في/عن the noun of a part may stand, its genitive between (`مسؤولية الولايات المتحدة عن`). */
const PART_REACH = 3;

/** Types whose act a denial presupposes rather than denies: the charge denied was made, the denial is the act. */
const KEPT: ReadonlySet<string> = new Set(["REJECT", "ACCUSE"]);

/** The token is a noun of a part in an act (cue `part_noun`), bare or with a pronoun (`تورطها`). */
function partNoun(c: Clause, t: Token | undefined): boolean {
  return suffixedIn(c.cues.partNoun, t);
}

/** The token is a verb of denying (cues `denial_verb`، `negation_verb`: نفى، تنفي، نفوا، أنكر). */
function denial(c: Clause, t: Token | undefined): boolean {
  return tokenIn(c.cues.denialVerb, t) || tokenIn(c.cues.negationVerb, t);
}

/**
 * A denial verb within `DENIAL_REACH` tokens before `k` in the trigger's sentence, with no other act's
 * trigger between (`نفت روسيا تورطها في الأمر، ووصف … اتهامات`: the second act is a clause of its own).
 */
function deniedFrom(c: Clause, k: number, hit: TriggerHit): boolean {
  const from = Math.max(c.sentenceStart, k - DENIAL_REACH);
  for (let j = k - 1; j >= from; j--) {
    const t = c.tokens[j] as Token;
    if (denial(c, t)) return true;
    if (j < hit.first && c.isAct?.(j)) return false;
    if (tokenIn(c.cues.complementizer, t) || tokenIn(c.cues.clauseBreak, t)) return false;
  }
  return false;
}

/**
 * `نفى … تورط موسكو في الهجوم`، `تنفي مسؤوليتها عن الهجوم`، `نفت تورطها في أي هجمات`: the act
 * stands right after في or عن (and أي), a noun of a part (cue `part_noun`) a few words before, and a
 * denial verb before that. `نفوا شن بلادهم ضربة`، `تنفي طرد السفير`، `تنفي إيران نشر قوات`: the act's
 * verbal noun (or a light verbal noun right before it) is the denial's object, its subject between.
 * Not an act after و (a second object or clause) nor one a preposition governs (`خلال لقائه`: the occasion).
 */
export function deniedAct(c: Clause, hit: TriggerHit): boolean {
  if (KEPT.has(hit.trigger.type) || hit.prefix.startsWith("و")) return false;
  // في شن أي هجمات: past أي and a light verbal noun to the preposition.
  let p = hit.first - 1;
  if ((c.tokens[p] as Token | undefined)?.key === "اي") p--;
  if (p > hit.first - 3 && tokenIn(c.cues.lightVerb, c.tokens[p])) p--;
  const prep = c.tokens[p];
  if (p >= c.sentenceStart && prep && (prep.key === "في" || prep.key === "عن")) {
    for (let k = p - 1; k >= Math.max(c.sentenceStart, p - PART_REACH); k--)
      if (partNoun(c, c.tokens[k])) return deniedFrom(c, k, hit);
    return false;
  }
  // تنفي طرد السفير: a verb form right after the denial verb is its verbal noun.
  if (denial(c, c.tokens[hit.first - 1]) && hit.first - 1 >= c.sentenceStart) return true;
  // تنفي الكويت طرد السفير: past the subject, a verb form is the verbal noun too (no verb follows a bare subject).
  // نفوا شن بلادهم ضربة: the light verbal noun before the act's own, its agent between.
  let head = hit.first;
  for (let k = hit.first - 1; k >= Math.max(c.sentenceStart, hit.first - 3); k--)
    if (tokenIn(c.cues.lightVerb, c.tokens[k])) {
      head = k;
      break;
    }
  const before = c.tokens[head - 1];
  if (!before || tokenIn(c.cues.preposition, before) || before.bare.some((b) => /[بلك]/u.test(b.prefix)))
    return false;
  if (denial(c, before)) return true;
  return deniedFrom(c, head, hit) && subjectOnly(c, head);
}

/** Between the denial verb and the object only its subject stands: no preposition opens a phrase that could hold the act's occasion. */
function subjectOnly(c: Clause, head: number): boolean {
  for (let j = head - 1; j >= Math.max(c.sentenceStart, head - DENIAL_REACH); j--) {
    const t = c.tokens[j] as Token;
    if (denial(c, t)) return true;
    if (tokenIn(c.cues.preposition, t) && !/^(في|من)$/u.test(t.key)) return false;
  }
  return true;
}

// `ستغلق الرباط سفارة إيران وتطرد سفيرها`، `سيزور الصين ويلتقي رئيسها`: an imperfect verb joined by و
// to a future verb of its clause is to come as that verb is; its own word carries no `س`.
import { keyOf } from "../arabic/normalize.ts";
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words back the future verb may stand: its subject and object come between (`ستغلق الرباط سفارة إيران`). */
const SHARED_REACH = 7;

/** An imperfect after و alone: `وتطرد`، `ويلتقي` (not `وقد`، `وسوف`, not a noun in و). */
const JOINED_IMPERFECT = /^و[يتن]/u;

/**
 * A word with the future `س` cut off (clitics.ts cuts `س` only before an imperfect's letter) and no noun's
 * ending: `سيادة`، `سيارات` get the same cut.
 */
export function futureVerb(t: Token): boolean {
  return t.bare.some((b) => b.prefix.endsWith("س")) && !NOUN_ENDING.test(t.text);
}

/** Endings of a noun, never of an imperfect verb: `ة` and the feminine plural `ات`. */
const NOUN_ENDING = /(?:ة|ات)$/u;

/**
 * Whether the verb trigger `hit`, written `و` + imperfect, is joined to a future verb before it in its
 * clause: no clause break or speech verb between (`سيزور الصين، وقال إنه يلتقي` is another clause), no
 * punctuation but a comma right before the و (`ستغلق السفارة، وتطرد سفيرها`), and no other verb in و between.
 */
export function sharedFuture(
  tokens: readonly Token[],
  hit: TriggerHit,
  clauseStart: number,
  cues: EventCues,
): boolean {
  const own = tokens[hit.first] as Token;
  if (hit.trigger.pos !== "verb" || hit.prefix !== "و" || !JOINED_IMPERFECT.test(own.text)) return false;
  for (let k = hit.first - 1; k >= Math.max(clauseStart, hit.first - SHARED_REACH); k--) {
    const t = tokens[k] as Token;
    if (
      (k + 1 < hit.first && !tokens[k + 1]?.linked) ||
      tokenIn(cues.clauseBreak, t) ||
      tokenIn(cues.speech, t)
    )
      return false;
    if (futureVerb(t)) return true;
    if (JOINED_IMPERFECT.test(t.text) && t.bare.some((b) => b.prefix === "و")) return false;
  }
  return false;
}

const THAT = keyOf("أن");

/** How many words back a future passive light verb may stand from a verbal noun it governs through و. */
const PASSIVE_REACH = 12;

/**
 * `سيتم قطع العلاقات وإلغاء دعوة الوزير`، `سوف يتم طرد السفير وإغلاق السفارة`، `من المقرر أن يتم تجميد
 * الأصول وحظر السفر`: a future passive light verb (cue passive_aux) governs the verbal noun right after it
 * and every verbal noun joined to that one by و, so each is to come. No clause break or speech verb
 * between, and no imperfect in و (`سيتم قطع العلاقات، ويتوقع` is another clause).
 */
export function futurePassive(
  tokens: readonly Token[],
  hit: TriggerHit,
  clauseStart: number,
  cues: EventCues,
): boolean {
  // سيتم قطع: a word right after the light verb is its verbal noun even when the lexicon reads it as a verb.
  return governedFuture(
    tokens,
    hit.first,
    hit.trigger.pos === "noun" && hit.prefix.startsWith("و"),
    clauseStart,
    cues,
  );
}

function governedFuture(
  tokens: readonly Token[],
  first: number,
  joined: boolean,
  clauseStart: number,
  cues: EventCues,
): boolean {
  for (let k = first - 1; k >= Math.max(clauseStart, first - PASSIVE_REACH); k--) {
    const t = tokens[k] as Token;
    if (tokenIn(cues.clauseBreak, t) || tokenIn(cues.speech, t)) return false;
    if (tokenIn(cues.passiveAux, t)) return (k === first - 1 || joined) && futureAux(tokens, k, cues);
    if (JOINED_IMPERFECT.test(t.text) && t.bare.some((b) => b.prefix === "و")) return false;
  }
  return false;
}

/** `سيتم`، `ستتم`، `سوف يتم`، `من المقرر أن يتم`: the passive light verb at `k` is to come. */
function futureAux(tokens: readonly Token[], k: number, cues: EventCues): boolean {
  const t = tokens[k] as Token;
  if (t.bare.some((b) => b.prefix.endsWith("س"))) return true;
  const before = tokens[k - 1];
  if (before?.key === "سوف") return true;
  return (
    before?.key === THAT && (tokenIn(cues.scheduled, tokens[k - 2]) || tokenIn(cues.future, tokens[k - 2]))
  );
}

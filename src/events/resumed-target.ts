// The party a pronoun on a preposition stands for after a relative verb that already carries the
// relative's pronoun: in `انتقدت فنزويلا العقوبات التي فرضتها عليها واشنطن` the `ها` of `فرضتها`
// takes up the head noun (`العقوبات`), so the `ها` of `عليها` cannot be that noun again; it stands for
// a party named before the head, as any pronoun does (branch sanction48).
import { unmarked } from "../arabic/regexes.ts";
import type { Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** A verb's object pronoun: the relative's resumptive pronoun (`فرضتها`، `فرضه`، `اتخذوها`). */
const OBJECT_PRONOUN = /(?:ها|ه|هم)$/u;

/** How many definite words the head noun phrase before the relative pronoun may hold (`العقوبات الاقتصادية الجديدة`). */
const HEAD_WORDS = 3;

/**
 * Where the relative's head noun phrase starts, when reference `ref` is on the preposition right after
 * verb trigger `hit` of one word, the verb ends in an object pronoun and stands right after a relative pronoun, and
 * the words before that pronoun are definite and in no party unit; else null.
 */
export function resumedHeadStart(
  hit: TriggerHit,
  ref: PartyUnit,
  tokens: readonly Token[],
  units: readonly PartyUnit[],
  cues: EventCues,
): number | null {
  if (hit.trigger.pos !== "verb" || ref.first !== hit.end || hit.end !== hit.first + 1) return null;
  if (!OBJECT_PRONOUN.test(unmarked((tokens[hit.first] as Token).text))) return null;
  const rel = hit.first - 1;
  if (!tokenIn(cues.relative, tokens[rel])) return null;
  const sentence = (tokens[hit.first] as Token).sentence;
  let k = rel;
  while (k > 0 && rel - k < HEAD_WORDS) {
    const t = tokens[k - 1] as Token;
    if (t.sentence !== sentence || units.some((u) => u.first <= k - 1 && k - 1 < u.end)) break;
    if (![{ key: t.key }, ...t.bare].some((b) => b.key.startsWith("ال"))) break;
    k--;
  }
  return k < rel ? k : null;
}

/** The reference moved to the head's start, so that its antecedent is looked for before the head. */
export function beforeHead(ref: PartyUnit, start: number): PartyUnit {
  return { ...ref, first: start, end: start + 1 };
}

/**
 * `العقوبات التي تفرضها عليها واشنطن`: an imperfect with the relative's pronoun, right after the relative
 * pronoun, whose recipient is the pronoun on the preposition right after it, resolved: the clause is a
 * relative one, and the act stands.
 */
export function resumedRecipient(
  args: { recipient: readonly PartyUnit[] },
  hit: TriggerHit,
  c: { tokens: readonly Token[]; cues: EventCues },
): boolean {
  if (!tokenIn(c.cues.relative, c.tokens[hit.first - 1])) return false;
  return args.recipient.some((u) => u.first === hit.end && u.parties.length > 0);
}

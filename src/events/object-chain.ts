// The object a verb takes right after it, read far enough to tell a nisba that qualifies it from the
// verb's subject (actor.ts ownerOfObject).
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many bare nouns may lead the object head they annex (`إسقاط مشروع قرار كويتي`). */
const CHAIN_REACH = 2;

/**
 * The words from the object's start to `at` are an object head (cue `object_head`), after a verb led by at
 * most two nouns with no article that annex it (`ينتقد إسقاط مشروع قرار كويتي`), with no punctuation between: a
 * nisba at `at` qualifies that object. The object starts right after the verb, or after a resumptive
 * pronoun of a relative clause (`في تعليق ينتقد فيه الموقف الأمريكي`: the subject is the writer).
 */
export function objectChain(c: Clause, hit: TriggerHit, at: number): boolean {
  const start = objectStart(c, hit);
  const head = at - 1;
  // ضربة تنفذها طائرة روسية: after a noun trigger the word may be a verb, whose subject the nisba names.
  const reach = hit.trigger.pos === "verb" ? CHAIN_REACH : 0;
  if (head < start || head - start > reach || !c.cues.objectHead.has((c.tokens[head] as Token).key))
    return false;
  for (let k = start; k < head; k++) if ((c.tokens[k] as Token).key.startsWith("ال")) return false;
  return !punctuated(c, start, at);
}

/** Where the verb's object starts: right after it, or after a relative clause's resumptive (`وصفت فيه`). */
function objectStart(c: Clause, hit: TriggerHit): number {
  return tokenIn(c.cues.resumptive, c.tokens[hit.end]) ? hit.end + 1 : hit.end;
}

/**
 * `يدين ممارسات إيران`، `وصفت فيه تصريحات باشليه بأنها`: a party right after a noun of a state's conduct or speech
 * (cue `conduct_head`) that opens the verb's object owns that object; it is not the verb's subject.
 */
export function conductOwner(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  const start = objectStart(c, hit);
  if (u.prefix !== "" || !c.cues.conductHead.has((c.tokens[u.first - 1] as Token | undefined)?.key ?? ""))
    return false;
  // وانتقدت الصحيفة مشاركة البحرين، كما انتقد رجب مشاركة البحرين: one word of no party between, the
  // verb's own subject (a name Rasd does not know), before the object; not a preposition (`يثني على قرار ترامب`).
  return (
    u.first === start + 1 ||
    (u.first === start + 2 &&
      hit.trigger.pos === "verb" &&
      !c.all.some((x) => x.first <= start && start < x.end) &&
      !tokenIn(c.cues.preposition, c.tokens[start]) &&
      !punctuated(c, start, u.first))
  );
}

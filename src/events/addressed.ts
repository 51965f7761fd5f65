// Parties and acts that a message addresses rather than performs.
// `وإعلام الحكومة الجزائرية برفض ما حدث`، `أبلغت الخارجية الفرنسية السفير الإيراني رفض باريس`: the party
// after a word of informing or handing over (cue inform_word) is the one told; a refusal or protest noun
// after it is the informer's, not that party's. `نصحه بعدم تهديد الولايات المتحدة`، `حث … ترامب على عدم
// الانسحاب`: an act after عدم that a verb of urging or advising (cue advise) asks not to be done is the
// request's content; the request is the event, the act none. `يطالب بتوفير حماية دولية للفلسطينيين`: the
// party a demand is for is not the one it asks.
import { keyOf } from "../arabic/normalize.ts";
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { anyIn, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words before the party told a word of informing may stand (past the informer: `أبلغت الخارجية الفرنسية السفير`). */
const INFORM_REACH = 4;

/** Acts a message carries: a refusal, a protest, a charge, a demand, a threat. */
const MESSAGE = new Set(["REJECT", "ACCUSE", "PROTEST", "REQUEST", "THREATEN"]);

/** A noun trigger's actor, read before it, stands a few words after a word of informing: it is the one told. */
export function informedParty(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): boolean {
  if (hit.trigger.pos !== "noun" || !MESSAGE.has(hit.trigger.type) || actor.length !== 1) return false;
  const u = actor[0] as PartyUnit;
  if (u.end > hit.first) return false;
  for (let k = u.first - 1; k >= Math.max(c.start, u.first - INFORM_REACH); k--) {
    if (punctuated(c, k + 1, k + 1)) return false;
    if (tokenIn(c.cues.informWord, c.tokens[k])) return true;
  }
  return false;
}

/** How far before عدم a verb of urging may stand (past its subject and object with their titles). */
const ADVISE_REACH = 12;

/** `بعدم تهديد`، `على عدم الانسحاب` after a verb of urging or advising in the same clause. */
export function askedNotDone(c: Clause, hit: TriggerHit): boolean {
  if (!tokenIn(NOT, c.tokens[hit.first - 1])) return false;
  const from = Math.max(c.sentenceStart, hit.first - 1 - ADVISE_REACH);
  return anyIn(c.tokens, from, hit.first - 1, c.cues.advise);
}

const NOT = new Set([keyOf("عدم")]);

/**
 * `يطالب بتوفير حماية دولية للفلسطينيين`: a demand's party after ل, right after a noun of protection, aid or
 * provision (cue benefit_noun) or one word after it, is whom the demand is for, not whom it asks.
 */
export function beneficiary(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  if (hit.trigger.type !== "REQUEST" || u.first < hit.end) return false;
  if (u.prefix.replace(/^[وف]/u, "") !== "ل" && !/^[وف]?لل/u.test((c.tokens[u.first] as Token).text))
    return false;
  return (
    tokenIn(c.cues.benefitNoun, c.tokens[u.first - 1]) ||
    (u.first - 2 >= hit.end && tokenIn(c.cues.benefitNoun, c.tokens[u.first - 2]))
  );
}

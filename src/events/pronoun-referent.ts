// Whose act a reported clause tells when its complementizer's pronoun cannot be the speaker's:
// `وذكر الوزير بأن ما فعلته قطر حتى الآن أنها وقعت مذكرة مع واشنطن`. A speaker told by a verb of the
// masculine form (`ذكر`، `قال`، `أضاف`) is not the `ها` of `أنها`: the pronoun goes back to the feminine
// state named between the speech verb and the complementizer, and that state acts.
import { carrierOf } from "./bridged-speaker.ts";
import { unmarked } from "../arabic/regexes.ts";
import type { Sentence, Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import type { ClauseSpan } from "./clauses.ts";
import { tokenIn } from "./cues.ts";
import { feminineState, masculineVerb } from "./gender-object.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words may stand between the complementizer and the verb of the act (`أنها قد وقعت`). */
const VERB_GAP = 1;
/** How many words may stand between the state and the complementizer (`ما فعلته قطر حتى الآن أنها`). */
const STATE_GAP = 2;

/**
 * The state the feminine pronoun of the clause's complementizer stands for, when the speaker's verb is of
 * the masculine form: the last state of the feminine form (a GPE mention, cue `masculine_state` left out)
 * between that verb and the complementizer, two words before it at most, of another state than the
 * speaker's. Null when the complementizer carries no feminine singular pronoun or carries و (`وأنها`), the
 * act is no verb right after it or has a speaker rule of its own, the speech verb is not masculine (`قالت`،
 * `لفت`: its form may be feminine) or no such state stands there; the speaker then acts as before.
 */
export function pronounReferent(
  c: Clause,
  sentence: Sentence,
  span: ClauseSpan,
  speaker: PartyUnit,
  hit: TriggerHit,
): PartyUnit | null {
  if (!span.speakerActs) return null;
  const at = carrierOf(span);
  const carrier = c.tokens[at];
  if (!carrier) return null;
  const pronoun = unmarked(carrier.text);
  if (!pronoun.endsWith("ها") || pronoun.endsWith("هما")) return null;
  // قال إن بلاده ستبدأ …، وأنها تبحث: a complementizer with و goes on with the clause before, its subject.
  if (/^[وف]/u.test(pronoun)) return null;
  // The act is a verb right after the complementizer (`أنها وقعت`، `أنها قد وقعت`), read by no speaker rule
  // of its own (a duty, a regret to come, a charge of responsibility).
  const { trigger } = hit;
  if (trigger.pos !== "verb" || hit.first - span.reported > VERB_GAP) return null;
  if (
    trigger.duty ||
    trigger.regret ||
    trigger.behind ||
    trigger.baseless ||
    trigger.necessity ||
    trigger.must
  )
    return null;
  let verb = -1;
  for (let k = at - 1; k >= sentence.firstToken; k--) {
    if (tokenIn(c.cues.speech, c.tokens[k])) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return null;
  const token = c.tokens[verb] as Token;
  const prefix = /^[وف]/u.test(token.text) && token.text.length > 3 ? token.text.charAt(0) : "";
  if (!masculineVerb(token, prefix)) return null;
  const own = new Set(speaker.parties.map((p) => p.country));
  let referent: PartyUnit | null = null;
  for (const u of c.units) {
    if (u.first <= verb || u.end > at || at - u.end > STATE_GAP) continue;
    if (!feminineState(c, u) || u.parties.every((p) => own.has(p.country))) continue;
    if (!referent || u.first > referent.first) referent = u;
  }
  return referent;
}

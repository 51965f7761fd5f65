// An act told as a noun whose doer the relative clause right after it names (`يدين الضربات التي شنتها
// الولايات المتحدة على سوريا`، `أيدت الرياض الغارات التي نفذتها إسرائيل ضد …`): taken as the object of the
// act before it (a condemnation, a backing), such a noun is still an act of its own, of the state its
// relative clause names, as `قبلت تركيا اقتراح السعودية` is (nested-acts.ts). Read here: the relative
// pronoun within a few words after the noun, with no mention between; the clause's verb a light verb
// (cue light_verb: شن، نفذ، وجه، قاد، اتخذ) carrying the noun as its object pronoun, not told as to come
// (`التي ستشنها`); a mention right after that verb, or after `كل من` (each of) there. A clause whose verb
// is no doing verb (`التي تحدث عنها`، `التي أعلنها`) or names no one (`التي وقعت السبت`) tells no doer.
import type { Token } from "../pipeline/types.ts";
import { tokenIn } from "./cues.ts";

/** An object pronoun on the clause's verb (`شنتها`، `وجهه`): the noun the clause is about. */
const OBJECT_PRONOUN = /(?:ها|هما|هم|ه)$/u;
/** How far after the noun its relative pronoun may stand (`الضربات الجوية الأخيرة التي`). */
const CARRIED_REACH = 3;

/** The cue sets read: relative pronouns and light verbs. */
export interface CarrierCues {
  relative: ReadonlySet<string>;
  lightVerb: ReadonlySet<string>;
}

/**
 * `شنتها`، `وجهه`، `أقامها`: a light verb (cue light_verb) told as done or going on, not to come (`ستشنها`),
 * with the object pronoun of the noun its relative clause is about.
 */
export function carryingVerb(verb: Token, cues: CarrierCues): boolean {
  if (!OBJECT_PRONOUN.test(verb.key) || verb.bare.some((b) => b.prefix.includes("س"))) return false;
  const stem = verb.key.replace(OBJECT_PRONOUN, "");
  return cues.lightVerb.has(stem) || cues.lightVerb.has(stem.replace(/^[وف]/u, ""));
}

/** The noun ending before token `end` is carried by its relative clause, whose agent is a mention. */
export function carriedByRelative(
  tokens: readonly Token[],
  end: number,
  cues: CarrierCues,
  mentionStarts: ReadonlySet<number>,
): boolean {
  const sentence = (tokens[end - 1] as Token).sentence;
  for (let k = end; k < end + CARRIED_REACH && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // العقوبات على إيران التي: a mention between the noun and the pronoun is what the clause is about.
    if (t.sentence !== sentence || mentionStarts.has(k)) return false;
    if (!tokenIn(cues.relative, t)) continue;
    const verb = tokens[k + 1];
    if (!verb || verb.sentence !== sentence || !carryingVerb(verb, cues)) return false;
    const each = tokens[k + 2]?.key === "كل" && tokens[k + 3]?.key === "من" ? 2 : 0;
    return mentionStarts.has(k + 2 + each);
  }
  return false;
}

/**
 * What findTriggers reads of a noun absorbed as the object of the trigger before it: the nested-act
 * nouns with an agent right after them (cue nested_act; nested_named_act only with a state named, not a
 * nisba), and the nouns carried by their relative clause.
 */
export function nestedReading(
  tokens: readonly Token[],
  cues: CarrierCues & { nestedAct: ReadonlySet<string>; nestedNamedAct?: ReadonlySet<string> },
  mentionStarts: ReadonlySet<number>,
  nisbaStarts: ReadonlySet<number> = new Set(),
) {
  return {
    keys: cues.nestedAct,
    namedKeys: cues.nestedNamedAct,
    mentionStarts,
    nisbaStarts,
    carried: (end: number) => carriedByRelative(tokens, end, cues, mentionStarts),
  };
}

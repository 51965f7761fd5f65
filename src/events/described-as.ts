// What a judging verb calls its object (docs/EVENTS.md, "Forty-fourth pass", branch accuse44). In `ووصف
// الوزير الروسي، الذي يزور أنقرة …، العقوبات الأمريكية بأنها سياسة غير شرعية` the words after بأن say
// what the actor calls its object, however long the subject and the object before them.
import { keyOf } from "../arabic/normalize.ts";
import type { Token } from "../pipeline/types.ts";
import type { RuleCues } from "./rule-cues.ts";
import { followedBy } from "./key-openings.ts";
import type { Trigger } from "./triggers.ts";

/** How far past a judging verb its description may open (a long subject with a title, a clause and a time). */
const DESCRIPTION_REACH = 30;

/** How many words of the description may come before the word the row needs (`بأنها سياسة غير شرعية`). */
const DESCRIPTION_WORDS = 6;

/** A judging verb: an ACCUSE row that reads its needed word as far as 16 words on (وصف، واصفا، اعتبر، معتبرا). */
function judging(trigger: Trigger): boolean {
  return trigger.type === "ACCUSE" && trigger.reach >= 16;
}

/**
 * Where the description opens after the trigger ending at `end`, or -1: at one of the words that open what
 * a judging verb calls its object (cue description_opener: وصف العقوبات … بأنها، وصفها بأن).
 */
function opener(tokens: readonly Token[], end: number, stop: number, openers: ReadonlySet<string>): number {
  const to = Math.min(stop, end + DESCRIPTION_REACH);
  for (let k = end; k < to; k++) if (openers.has((tokens[k] as Token).key)) return k;
  return -1;
}

/**
 * A judging verb whose subject and object are long has its needed word in the description after بأن: the
 * first بأن within reach opens it, and only its first words are read.
 */
export function describedAs(
  trigger: Trigger,
  tokens: readonly Token[],
  end: number,
  cues: Pick<RuleCues, "descriptionOpener">,
): boolean {
  if (!judging(trigger)) return false;
  const k = opener(tokens, end, tokens.length, cues.descriptionOpener);
  return k >= 0 && followedBy(tokens, k + 1, trigger.needs, DESCRIPTION_WORDS);
}

/** How far past a verb of blame (`حمّل`) the noun of responsibility may stand past a long subject. */
const BLAME_REACH = 16;

/**
 * `حمّل الرئيس الأمريكي دونالد ترامب كلا من بوتين وروسيا وإيران مسؤولية دعم الأسد`: a verb of blame (an
 * ACCUSE row that needs `مسؤولي`, of the default reach or more) whose long subject and object push its noun past the row's reach has it
 * as a whole word further on, in its sentence (the noun itself, cue blame_noun, not `المسؤولين`, which
 * the rows' prefix also admits).
 */
export function blamedFar(
  trigger: Trigger,
  tokens: readonly Token[],
  end: number,
  cues: Pick<RuleCues, "blameNoun">,
): boolean {
  // The imperfect rows (`يحمل`، `تحمل`: also "carries", "bears") keep the short reach their row sets.
  if (trigger.type !== "ACCUSE" || trigger.reach < 8 || !trigger.needs.includes(keyOf("مسؤولي")))
    return false;
  const sentence = tokens[end - 1]?.sentence;
  for (let k = end; k < Math.min(tokens.length, end + BLAME_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return false;
    if (cues.blameNoun.has(t.key) || t.bare.some((b) => cues.blameNoun.has(b.key))) return true;
  }
  return false;
}

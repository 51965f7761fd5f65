// A meeting noun inside a reported clause that opens with a subject of its own (`ذكرت طوكيو أن جارتها
// الغربية تريد الدخول في مفاوضات مع واشنطن`، `قالت الحكومة إن المعارضة مستعدة للحوار مع`): the
// party named before the complementizer is the speaker, not the one who talks; the clause's own subject
// is, and here it names no state (a neighbour unnamed, a party of no state). Read where a meeting noun
// with no agent of its own would take the sentence's subject or speaker (settingHolder in
// noun-agents.ts, metOnlyWith in met-speaker.ts).
import type { Token } from "../pipeline/types.ts";
import type { Clause } from "./arguments.ts";
import { isComplementizer, suffixedIn, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { unmarked } from "../arabic/regexes.ts";

/** How many words from the clause's start a state's nisba still qualifies its subject (`اللجان الفنية الأردنية`). */
const HEAD_REACH = 3;

/**
 * The trigger's clause is reported (opened by `إن`، `أن` with no pronoun on it), and its first word, before
 * the trigger, is a definite noun or a noun of another party (`جارتها`) that is no unit, or a party of no
 * state. A state in its first words (`إن بلاده`، `إن الصين`، `إن الرئيس الأمريكي`) makes no such subject.
 */
export function ownReportedSubject(c: Clause, hit: TriggerHit): boolean {
  if (c.start <= c.sentenceStart || c.start >= hit.first) return false;
  const complementizer = c.tokens[c.start - 1];
  if (!isComplementizer(complementizer, c.cues) || tokenIn(c.cues.pronounComplementizer, complementizer))
    return false;
  // إن الرئيس الأمريكي، إن اللجان الفنية الأردنية: a head with a state's nisba in its first words is that state's.
  const near = c.all.filter((u) => u.end > c.start && u.first < Math.min(hit.first, c.start + HEAD_REACH));
  if (near.some((u) => u.parties.some((p) => p.country !== null))) return false;
  if (near.some((u) => u.first <= c.start)) return true;
  const subject = c.tokens[c.start] as Token;
  return unmarked(subject.text).startsWith("ال") || suffixedIn(c.cues.otherPartyNoun, subject);
}

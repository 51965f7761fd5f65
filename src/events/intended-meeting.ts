// A meeting or visit noun right after a word of intending (`يعتزم ماكرون زيارة الجزائر`، `تنوي
// ميركل لقاء الرئيس الصيني`، `أعلن عن نيته في لقاء بوتين`): its genitive is the side met or visited, not the
// one meeting, and the subject of the verb, named between or before, is the actor (meeting-object.ts reads
// the sides as it does after ل of purpose). The meeting is still to come (modality.ts reads the intent).
import type { Token } from "../pipeline/types.ts";
import type { Clause } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** The key of في, between a noun of intent and the meeting intended (`نيته في لقاء`). */
const IN = "في";
/** How many title words (`الرئيس`، `وزير الخارجية`) may stand between the word of intent and its subject. */
const SUBJECT_REACH = 3;

/**
 * The noun (cue intended_noun), with no proclitic, stands right after a word of intent (cue intent_word),
 * or after one and the verb's subject (a party unit that fills every token between), with or without `في`
 * right before it.
 */
export function intendedMeeting(clause: Clause, hit: TriggerHit): boolean {
  const { tokens, cues } = clause;
  if (hit.prefix !== "" || !tokenIn(cues.intendedNoun, tokens[hit.first])) return false;
  // نيته في لقاء، يعتزم الرئيس في زيارة: one في may stand right before the noun.
  let at = hit.first;
  if (at - 1 > clause.sentenceStart && (tokens[at - 1] as Token).key === IN) at--;
  const before = at - 1;
  if (before < clause.sentenceStart) return false;
  if (tokenIn(cues.intentWord, tokens[before])) return true;
  // يعتزم الرئيس الفرنسي إيمانويل ماكرون زيارة: the subject, a unit ending right before the noun (or its في),
  // with a title before it, between the word of intent and the noun.
  const subject = clause.units.find((u) => u.end === at);
  if (subject === undefined) return false;
  for (let k = subject.first - 1; k >= Math.max(clause.sentenceStart, subject.first - SUBJECT_REACH); k--) {
    const t = tokens[k] as Token;
    if (tokenIn(cues.intentWord, t)) return true;
    if (clause.units.some((u) => u.first <= k && k < u.end) || /[،,.:؛]/u.test(t.text)) return false;
  }
  return false;
}

// A verb whose own subject is a person the text ties to no state: `…، ودعا نائب عن المعارضة إلى تأجيل
// البطولة`، `…، وطالب مسؤولون في الحزب بـ`. The noun right after the verb has no article and a
// preposition follows it, so it is the subject (an indefinite noun is no object the verb's frame
// takes before its preposition). Such a verb neither continues the clause before (continued-clause.ts:
// it does not take that clause's subject) nor takes a party named before its comma as its subject
// (actor.ts). Reads the cues member_head, person_head, speaker_head, commentator_word and preposition.
import type { Clause } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { quantitySubjectAt } from "./quantity-subject.ts";

/** A noun of a person with no article right after the verb, a preposition right after it. */
export function ownIndefiniteSubject(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.pos !== "verb") return false;
  // …، وزار العديد من القادة الأوروبيين: a word of quantity and من open the verb's own subject.
  if (quantitySubjectAt(c, hit) >= 0) return true;
  const head = c.tokens[hit.end];
  if (!head || hit.end + 1 >= c.sentenceEnd || head.key.startsWith("ال")) return false;
  if (punctuated(c, hit.end, hit.end) || punctuated(c, hit.end + 1, hit.end + 1)) return false;
  const { cues } = c;
  const person =
    tokenIn(cues.memberHead, head) ||
    tokenIn(cues.personHead, head) ||
    tokenIn(cues.speakerHead, head) ||
    tokenIn(cues.commentatorWord, head);
  return person && tokenIn(cues.preposition, c.tokens[hit.end + 1]);
}

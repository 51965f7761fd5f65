// Checks a trigger hit passes before it is read as an act (index.ts): not a match's sentence, not a
// reference back to an event already told, and the reason the parties found make none.
import type { ArabicText, Party, Sentence, Token } from "../pipeline/types.ts";
import { anyIn, type EventCues, tokenIn } from "./cues.ts";
import { markBetween } from "../arabic/gaps.ts";

/** Whether a sentence is about a match (cue sport_word; for a meeting, also cup_word), remembered per
 * sentence for one document. */
export function sportReader(
  arabic: ArabicText,
  cues: EventCues,
): (index: number, meeting: boolean) => boolean {
  const sport = new Map<number, number>();
  return (index: number, meeting: boolean): boolean => {
    let known = sport.get(index);
    if (known === undefined) {
      const { firstToken, endToken } = arabic.sentences[index] as Sentence;
      known = anyIn(arabic.tokens, firstToken, endToken, cues.sportWord)
        ? 2
        : anyIn(arabic.tokens, firstToken, endToken, cues.cupWord)
          ? 1
          : 0;
      sport.set(index, known);
    }
    return known === 2 || (meeting && known === 1);
  };
}

/** A side told as someone's counterpart (`نظيره الروسي`) is a person, no team: a cup's sentence leaves it. */
export function cupMeeting(type: string, actor: readonly Party[], recipient: readonly Party[]): boolean {
  if (type !== "CONSULT") return false;
  for (const p of actor) if (COUNTERPART.test(p.text)) return false;
  for (const p of recipient) if (COUNTERPART.test(p.text)) return false;
  return true;
}
const COUNTERPART = /^[وبل]?نظير/u;

/** No party has a sector (a bare state may be a team). Declared here: tsx names every closure when it is made. */
export function noSector(parties: readonly Party[]): boolean {
  for (const p of parties) if (p.sector !== null) return false;
  return true;
}

/** Why the parties found make no interstate event (for `LossSink`). */
export function partiesLost(actor: readonly Party[], recipient: readonly Party[]): string {
  if (actor.length === 0) return recipient.length === 0 ? "no party" : "no actor";
  if (actor.every((p) => p.country === null)) return "actor not a state";
  if (recipient.length === 0) return "no recipient";
  return recipient.every((p) => p.country === null) ? "recipient not a state" : "same state";
}

/**
 * `ذلك الهجوم`، `على هامش الاجتماع`، `قنوات الاتصال`: the trigger refers back to an event already told, or names a venue
 * or a channel.
 */
export function isAnaphoric(
  arabic: ArabicText,
  first: number,
  cues: EventCues,
  end = first + 1,
  noun = true,
): boolean {
  const before = arabic.tokens[first - 1];
  // قنوات الاتصال بين الجانبين، خط الاتصال: the channel of an act is named, no act held (a noun only:
  // `وسيلة نلتقي خلالها` tells a meeting).
  if (noun && tokenIn(cues.channelHead, before) && before?.sentence === arabic.tokens[first]?.sentence)
    return true;
  if (!tokenIn(cues.backref, before)) return false;
  // لذلك، يريد الوزير …، ولهذا دعت فرنسا …: "for this reason" before a verb or an indefinite noun (no ال) opens
  // a clause told anew; `لذلك الهجوم` still refers back.
  if (tokenIn(cues.reasonBackref, before) && !/^ال/u.test((arabic.tokens[first] as Token).key)) return false;
  // وأعقب ذلك زيارة، وتلت ذلك محادثات: a demonstrative right after a verb of following is its object; the noun
  // after it is the verb's subject, told anew.
  const verb = arabic.tokens[first - 2];
  if (
    tokenIn(cues.demonstrative, before) &&
    tokenIn(cues.sequenceVerb, verb) &&
    verb?.sentence === (before as Token).sentence
  )
    return false;
  // تلك المقاطعة المستمرة من جانب السعودية: a noun that names its own agent right after it is told anew.
  if (ownAgent(arabic, end, cues)) return false;
  // في غضون ذلك، تتهم إسرائيل …: a connective (cue `connective_head` before ذلك: meanwhile, besides,
  // after that) closed by a comma refers to the text before; the trigger after it opens a new clause.
  const head = arabic.tokens[first - 2];
  if (!head || head.sentence !== (before as Token).sentence || !tokenIn(cues.connectiveHead, head))
    return true;
  return !markBetween(arabic.text, (before as Token).end, (arabic.tokens[first] as Token).start, "comma");
}

/** How far after a noun its own agent phrase may open (`المقاطعة المستمرة من جانب`). */
const OWN_AGENT_REACH = 2;

/** An agent phrase (`من قبل`، `من جانب`) opens within reach after token `end`, in the same sentence. */
function ownAgent(arabic: ArabicText, end: number, cues: EventCues): boolean {
  const sentence = (arabic.tokens[end - 1] as Token).sentence;
  for (let k = end; k <= end + OWN_AGENT_REACH; k++) {
    const t = arabic.tokens[k];
    const head = arabic.tokens[k + 1];
    if (!t || !head || t.sentence !== sentence || head.sentence !== sentence) return false;
    if (t.key === "من" && (tokenIn(cues.agentHead, head) || tokenIn(cues.agentSide, head))) return true;
  }
  return false;
}

/**
 * `أشاد بوتين بعلاقات الثقة بين موسكو وبكين`: a pair after بين that holds the actor's own state names the actor
 * again, not a second target; the recipient keeps the other states. A recipient of the actor's states only
 * stays as it is (the readings that need it, such as an act on the actor's own state, decide on it).
 */
export function othersOnly(recipient: Party[], actor: readonly Party[]): Party[] {
  const mine = new Set(actor.map((p) => p.country));
  if (mine.has(null)) return recipient;
  const others = recipient.filter((p) => p.country === null || !mine.has(p.country));
  return others.length > 0 && others.length < recipient.length ? others : recipient;
}

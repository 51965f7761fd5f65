// A sentence that opens with a noun in the construct state (`تغريدة الأمير …`، `تصريحات الوزير …`) and not with a
// verb: the party right after that noun is its genitive, the noun's owner, and no subject of any verb.
import type { Token } from "../pipeline/types.ts";
import { unmarked } from "../arabic/regexes.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt } from "./clause-units.ts";
import type { TriggerHit } from "./triggers.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** A noun's construct ending: ة (a verb never ends in it), or a sound feminine plural (ات) past three letters. */
const CONSTRUCT = /(?:ة|..ات)$/u;
/** How far after the opening noun its genitive may start (a title word between: `تغريدة الأمير خالد`). */
const GENITIVE_GAP = 2;

/**
 * The unit `u` is the genitive of the noun the sentence opens with: that noun is the sentence's first word (a
 * و or ف before it only), it carries no article and no other proclitic, it ends as a noun in the construct
 * state does, and `u` starts right after it or one title word on, with only spaces between.
 */
export function openingGenitive(tokens: readonly Token[], sentenceStart: number, u: PartyUnit): boolean {
  const head = tokens[sentenceStart];
  if (!head || u.first <= sentenceStart || u.first - sentenceStart > GENITIVE_GAP) return false;
  const word = unmarked(head.text).replace(/^[وف]/u, "");
  if (word.startsWith("ال") || /^[بلك]/u.test(word) || !CONSTRUCT.test(word)) return false;
  for (let k = sentenceStart + 1; k <= u.first; k++) if (!tokens[k]?.linked) return false;
  return true;
}

/**
 * `تغريدة السفير جاءت ردا على مؤتمر نفى فيه الوزير الروسي …، واصفا`: when the first of
 * `units` (the parties before a participle, in order) is the opening noun's genitive, the subject the
 * participle goes back to is the next party that no preposition governs (the subject of a clause nearer the
 * participle); with none, the genitive stays (`تصريحات ترامب جاءت بعد …، متهما`: the words are his).
 */
export function pastOpeningGenitive(
  tokens: readonly Token[],
  sentenceStart: number,
  units: readonly PartyUnit[],
  cues: EventCues,
): PartyUnit | undefined {
  const first = units[0];
  if (!first || !openingGenitive(tokens, sentenceStart, first)) return first;
  const next = units.find(
    (u) =>
      u.first >= first.end &&
      !/[بلك]/u.test(u.prefix.replace(/^[وف]/u, "")) &&
      !tokenIn(cues.preposition, tokens[u.first - 1]),
  );
  return next ?? first;
}

/**
 * A participle's actor (actor.ts): when the subject the sentence opens with, `subject`, is the opening noun's
 * genitive, the next party before the participle that no preposition governs (see pastOpeningGenitive).
 */
export function pastGenitive(c: Clause, hit: TriggerHit, subject: PartyUnit[]): PartyUnit[] {
  const head = subject[0];
  if (!head || !openingGenitive(c.tokens, c.sentenceStart, head)) return subject;
  const before = c.units.filter((u) => u.first >= head.first && u.end <= hit.first);
  const next = pastOpeningGenitive(c.tokens, c.sentenceStart, before, c.cues);
  return next && next !== head ? groupAt(c, next) : subject;
}

// The second act of a sentence that already gives one: `جمدت السعودية التعاملات التجارية مع كندا وطردت
// سفيرها`، `استدعت الخارجية النرويجية السفير المجري، وطلبت منه توضيحا`. A verb after و that continues
// the clause before it has that clause's subject (borrowed-sides.ts, `sharedActor`); when it names no
// state as its object, its object is the one of the act just told: the same two states, a second act.
import type { Party, Token } from "../pipeline/types.ts";
import type { Clause } from "./arguments.ts";
import { isComplementizer, tokenIn } from "./cues.ts";
import { lastInSentence, type Told } from "./told.ts";
import type { TriggerHit } from "./triggers.ts";

/** The states of a side, or null when one of its parties has none. */
function statesOf(side: readonly Party[]): Set<string> | null {
  const s = new Set<string>();
  for (const p of side) {
    if (p.country === null) return null;
    s.add(p.country);
  }
  return s;
}

/** A pronoun suffix of the third person on a noun (`سفيرها`، `تعازينا` is the first). */
const POSSESSED = /\p{L}{2,}(?:ها|هما|هم|ه|نا)$/u;

/**
 * What follows the verb leaves its object to the act before: a preposition or a word after ب or ل
 * (`وطلبت منه`، `وطالبت باعتذار`), a noun that carries a pronoun (`وطردت سفيرها`), an object pronoun on the
 * verb (`ودعاها`), a quotation (`وطلبت "التعاون الكامل"`). Not a bare noun, which may be an object of
 * its own (`ودعت جميع الأطراف`، `وندعو المجتمع الدولي`) or a subject (`وتعهد الأخير`).
 */
function leavesObject(c: Clause, hit: TriggerHit): boolean {
  if (/(?:ها|ه|هما|هم)$/u.test((c.tokens[hit.end - 1] as Token).text) && hit.end === hit.first + 1)
    return true;
  const next = c.tokens[hit.end];
  const last = c.tokens[hit.end - 1] as Token;
  if (next === undefined || next.sentence !== last.sentence) return false;
  if (/["«“]/u.test(c.text.slice(last.end, next.start))) return true;
  if (tokenIn(c.cues.preposition, next)) return true;
  if (next.bare.some((b) => /^[وف]?[بل]/u.test(b.prefix))) return true;
  return POSSESSED.test(next.text);
}

/**
 * A word read as a verb that is surely one: not a complementizer (`وأن`), and not a bare stem of three
 * letters, which is as often the verbal noun (`السيارات وقطع غيارها`، `وفرض العقوبات`): an inflected
 * perfect (`وطردت`، `وطالبوا`) or an imperfect (`ويدعو`) is a verb.
 */
function plainVerb(c: Clause, hit: TriggerHit): boolean {
  const t = c.tokens[hit.first] as Token;
  if (isComplementizer(t, c.cues)) return false;
  const stem = t.text.slice(hit.prefix.length).replace(/[\u064B-\u0652\u0640]/gu, "");
  return stem.length > 3;
}

/**
 * The recipient of a و-verb with none of its own, taken from the act told just before it in its
 * sentence, when the verb's actor is that act's subject (the same states: not `… وطالبت موسكو`, a
 * subject of its own), that act was told by a verb of the main clause (not `التي اتهم فيها`, not a noun:
 * `العقوبات التي فرضتها`), no complementizer or relative pronoun stands between the two verbs, and the
 * verb leaves its object to the act before (`leavesObject`).
 */
export function coordinatedRecipient(
  hit: TriggerHit,
  clause: Clause,
  actor: readonly Party[],
  told: Told,
  sentenceIndex: number,
): Party[] {
  if (hit.trigger.pos !== "verb" || !hit.prefix.startsWith("و")) return [];
  if (!plainVerb(clause, hit)) return [];
  const before = lastInSentence(told, sentenceIndex);
  if (!before) return [];
  let first: TriggerHit | undefined;
  for (const [h, e] of told.eventOf) if (e === before) first = h;
  if (!first || first.trigger.pos !== "verb" || first.end > hit.first) return [];
  // قال نتنياهو إن إيران انتهكت السيادة وتعهد بأن …: the state charged in a claim clause is no object of the speaker's next act.
  if (first.trigger.behind) return [];
  const { tokens, cues } = clause;
  for (let k = Math.max(clause.sentenceStart, first.first - 2); k < first.first; k++)
    if (tokenIn(cues.relative, tokens[k])) return [];
  for (let k = first.end; k < hit.first; k++)
    if (tokenIn(cues.relative, tokens[k]) || isComplementizer(tokens[k], cues)) return [];
  if (!leavesObject(clause, hit)) return [];
  const swapped = told.swapped.has(before);
  const subject = statesOf(swapped ? before.recipient : before.actor);
  const object = swapped ? before.actor : before.recipient;
  const mine = statesOf(actor);
  if (subject === null || mine === null || mine.size === 0 || mine.size !== subject.size) return [];
  if (![...mine].every((c) => subject.has(c))) return [];
  return object.filter((p) => p.country !== null && !mine.has(p.country));
}

// `اتهم السفير الروسي لدى الاتحاد الأوروبي، فلاديمير شيزوف، بريطانيا`، `انتقدت سفيرة الولايات المتحدة إلى
// الأمم المتحدة البيت الأبيض`، `السفيرة الأمريكية السابقة لدى الأمم المتحدة`: an envoy's title names the state
// that sent the envoy and the body or state the envoy is posted to. The seat after `لدى`، `في` or, after a post
// head, `إلى` is where the post is held, not the object of the envoy's act; a word of the post's standing
// (`السابقة`، `الدائم`: cue `post_qualifier`) may stand between the state and the seat's preposition.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupBefore, statesOfUnits, unitFrom } from "./clause-units.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

// Seat prepositions (cue seat_prep: في، لدى) are read after any actor (`اتهم السفير الإسرائيلي في الأمم المتحدة
// إيران`); `إلى` (cue to_word) only after a post head (`سفيرة الولايات المتحدة إلى الأمم المتحدة`).
/** How many words of the post's standing may stand before the seat's preposition (`الدائمة السابقة`). */
const QUALIFIER_REACH = 2;
/** How many words before the actor's unit the post head may stand (`نائبة المندوبة الأمريكية`). */
const HEAD_REACH = 2;

/** The actor's unit is an envoy's title: a post head on it or right before it. */
function isPost(c: Clause, u: PartyUnit): boolean {
  for (let k = u.first; k >= Math.max(c.sentenceStart, u.first - HEAD_REACH); k--)
    if (tokenIn(c.cues.postHead, c.tokens[k])) return true;
  return false;
}

/**
 * One past the seat of the actor's post when it starts at `from` (right after the actor, past words of the
 * post's standing), else `from`: the object of the act is read from there on.
 */
export function pastSeat(c: Clause, from: number, actor: readonly PartyUnit[]): number {
  let k = from;
  while (k < from + QUALIFIER_REACH && tokenIn(c.cues.postQualifier, c.tokens[k])) k++;
  const prep = (c.tokens[k] as Token | undefined)?.key ?? "";
  const post = actor.some((u) => u.end === from && isPost(c, u));
  if (!c.cues.seatPrep.has(prep) && !(post && c.cues.toWord.has(prep))) return from;
  if (k > from && !post) return from;
  const at = unitFrom(c, k + 1, 1, actor);
  if (!at) return from;
  // `، نيكي هيلي،`: the envoy's own name after the seat is the actor's appositive, no object.
  const mine = statesOfUnits(actor);
  const name = unitFrom(c, at.end, 1, actor);
  const own = name?.type === "PERSON" && name.parties.every((p) => p.country === null || mine.has(p.country));
  return own && name ? name.end : at.end;
}

/** How many words before the seat's preposition the post head may stand (`سفير الولايات المتحدة الدائم لدى`). */
const TITLE_REACH = 4;

/**
 * `قال سفير إيران لدى الأمم المتحدة إن …`: a mention right after a seat's preposition, with a post head
 * (cue `post_head`) a few words before that preposition, is where the speaker is posted, not the speaker.
 */
export function postSeatMention(tokens: readonly Token[], first: number, cues: EventCues): boolean {
  const prep = tokens[first - 1];
  // `لدى`، `في`، `إلى`: the prepositions of an envoy's seat in the title before a speech's complementizer.
  if (!prep || !(cues.seatPrep.has(prep.key) || cues.toWord.has(prep.key))) return false;
  for (let k = first - 2; k >= Math.max(0, first - 1 - TITLE_REACH); k--) {
    const t = tokens[k];
    if (!t || t.sentence !== prep.sentence) return false;
    if (tokenIn(cues.postHead, t)) return true;
  }
  return false;
}

/**
 * `وكانت سفيرة الولايات المتحدة لدى الأمم المتحدة حثت روسيا`: the group right before a trigger, unless it is
 * an envoy's seat (a mention after a seat's preposition with a post head before it); then the envoy's
 * own title before that preposition, who acts.
 */
export function groupBeforePast(c: Clause, hit: TriggerHit): PartyUnit[] {
  const group = groupBefore(c, hit.first);
  const head = group[0];
  // انتقاد السفير الإيراني لدى باريس رفض الحكومة الفرنسية: a noun's agent is read otherwise.
  if (!head || hit.trigger.pos !== "verb" || !postSeatMention(c.tokens, head.first, c.cues)) return group;
  const envoy = groupBefore(c, head.first - 1);
  return envoy.length > 0 && subjectPlace(c, envoy[0] as PartyUnit) ? envoy : group;
}

/**
 * The envoy's title opens its clause (after و or ف alone), or follows `كان` or a complementizer: a
 * subject's place, not a genitive's (`بعد انتقاد السفير الإيراني لدى باريس رفض`: `رفض` is a noun there).
 */
function subjectPlace(c: Clause, envoy: PartyUnit): boolean {
  let k = envoy.first;
  while (k > Math.max(c.start, envoy.first - HEAD_REACH) && !tokenIn(c.cues.postHead, c.tokens[k])) k--;
  const before = c.tokens[k - 1];
  return (
    k <= c.start ||
    !before ||
    /^[وف]$/u.test(before.text) ||
    tokenIn(c.cues.pluperfectAux, before) ||
    tokenIn(c.cues.complementizer, before)
  );
}

/**
 * Where the subject `last` ends for the verb `hit` after it: past the envoy's seat that follows its title
 * (`سفير الولايات المتحدة لدى الأمم المتحدة انتقد`), else at its own end.
 */
export function pastOwnSeat(c: Clause, last: PartyUnit, hit: TriggerHit): number {
  if (hit.trigger.pos !== "verb") return last.end;
  const seat = c.units.find(
    (u) =>
      u.first > last.end &&
      u.first <= last.end + QUALIFIER_REACH + 1 &&
      postSeatMention(c.tokens, u.first, c.cues),
  );
  if (seat) return seat.end;
  // `سفيرة الولايات المتحدة لدى المنظمة الدولية حثت`: a seat no mention names, a few words with no
  // punctuation between the envoy's title and the verb.
  let k = last.end;
  while (k < last.end + QUALIFIER_REACH && tokenIn(c.cues.postQualifier, c.tokens[k])) k++;
  const prep = c.tokens[k];
  if (!tokenIn(c.cues.seatPrep, prep) || !isPost(c, last) || hit.first - k > UNNAMED_SEAT + 1)
    return last.end;
  for (let j = k + 1; j <= hit.first; j++) if (!(c.tokens[j] as Token).linked) return last.end;
  return hit.first;
}

/** How many words a seat no mention names may run (`لدى المنظمة الدولية`). */
const UNNAMED_SEAT = 3;

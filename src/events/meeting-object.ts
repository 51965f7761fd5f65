// The sides of a meeting noun that serves another verb: after ل of purpose (`وصل بومبيو إلى الرياض
// للقاء الملك سلمان`) the verb's subject is its actor and the party after it its object; as a verb's
// complement (`وافق ترامب على لقاء كيم`) the party met is the target. Moved out of index.ts.
import type { Token } from "../pipeline/types.ts";
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import { intendedMeeting } from "./intended-meeting.ts";
import { helpNoun } from "./trigger-fit.ts";
import type { TriggerHit } from "./triggers.ts";
import { statesOfUnits } from "./clause-units.ts";
import { warnedAfterTo } from "./warned-after-to.ts";

/** How many tokens (a title: `الزعيم الكوري الشمالي`) may stand between a noun of purpose and its object. */
const OBJECT_REACH = 2;

/** How far after a trigger that takes a complement its meeting noun may stand (`وافق الرئيس … على لقاء`). */
const COMPLEMENT_MEETING_REACH = 8;

/**
 * The party right after the meeting noun that is the trigger's complement (`على لقاء زعيم كوريا
 * الشمالية`، `بلقاء نظيره`), when it is of another state than the actor; else none.
 */
export function meetingObject(clause: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  const { tokens, cues } = clause;
  const end = Math.min(clause.end, hit.end + COMPLEMENT_MEETING_REACH);
  for (let k = hit.end; k < end; k++) {
    const t = tokens[k] as Token;
    if (!tokenIn(cues.meetingPurpose, t)) continue;
    const opened =
      cues.complementPrep.has((tokens[k - 1] as Token).key) ||
      t.bare.some((b) => cues.meetingPurpose.has(b.key) && /^[وف]?[لب]$/u.test(b.prefix));
    if (!opened) return [];
    const mine = statesOfUnits(actor);
    const object = clause.units.find((u) => u.first > k && u.first <= k + 1 + OBJECT_REACH);
    if (!object || object.parties.every((p) => p.country === null || mine.has(p.country))) return [];
    for (let j = k + 1; j < object.first; j++) if (tokenIn(cues.between, tokens[j])) return [];
    return [object];
  }
  return [];
}

/** The key of إلى, before the place a traveller goes to. */
const DESTINATION = "الي";

/** The noun carries the preposition ل of purpose (`للقاء`، `ولمناقشة`). */
function purpose(prefix: string): boolean {
  return prefix === "ل" || prefix === "ول" || prefix === "فل";
}

/**
 * The sides of a noun of meeting after ل of purpose (`وصل بومبيو إلى الرياض للقاء الملك سلمان`): when every party found stands
 * right after it, they are its object, and the nearest party before it of another state, the
 * subject of the verb it serves, is the actor. Sides read otherwise are kept.
 */
export function purposeSides(args: Arguments, clause: Clause, hit: TriggerHit): Arguments {
  // سارعت فرنسا إلى تحذير إيران من عواقب …: the genitive of a warning that serves a verb is the one warned.
  const warned = warnedAfterTo(args, clause, hit);
  if (warned) return warned;
  // لمساعدة الجيش السوري: help told by its verbal noun is read only as a purpose (help row, verb-read).
  const help = hit.trigger.type === "AID" && helpNoun(clause.tokens[hit.first], clause.cues);
  // قبل لقاء ترامب، بعد لقاء ميركل: a meeting noun that takes its object (cue met_noun) after a word of time.
  // يعتزم ماكرون زيارة الجزائر، نيته في لقاء بوتين: a meeting or visit intended (intended-meeting.ts).
  const intended = !help && intendedMeeting(clause, hit);
  const timed = !help && (intended || metAfterTime(clause, hit));
  if (!timed && (!purpose(hit.prefix) || (help && chargedOrFeared(clause, hit))))
    return help ? { actor: [], recipient: [] } : args;
  // ليطلب من بريطانيا، لتحث طهران على: a request in the subjunctive after ل is the subject's purpose too.
  const asked = hit.trigger.type === "REQUEST" && hit.trigger.pos === "verb";
  if (!asked && !help && !intended && !tokenIn(clause.cues.meetingPurpose, clause.tokens[hit.first]))
    return args;
  // A request verb's actor is read before it (`إلى لندن ليطلب من بريطانيا`): only what it asks is kept.
  const after = asked ? args.recipient.filter((u) => u.first >= hit.end) : [...args.actor, ...args.recipient];
  // Its object right after it (`للقاء الملك سلمان`، `للقاء نظيره`), not a party further on.
  if (after.length === 0 || after.some((u) => u.first < hit.end)) return args;
  const object = Math.min(...after.map((u) => u.first));
  if (object > hit.end + OBJECT_REACH) return args;
  // للقاء محتمل بين الرئيسين: a meeting between two sides is theirs, not the subject's.
  for (let k = hit.end; k < object; k++) if (tokenIn(clause.cues.between, clause.tokens[k])) return args;
  // The nearest party before it of another state: `بالتوجه إلى السعودية للقاء الملك سلمان` is no subject.
  const theirs = statesOfUnits(after);
  // بعد لقاء ترامب وبوتين: after a word of time, a genitive of two states is the meeting's own two sides.
  if (timed && theirs.size !== 1) return args;
  for (let i = clause.units.length - 1; i >= 0; i--) {
    const u = clause.units[i] as PartyUnit;
    if (u.end > hit.first || u.first < clause.sentenceStart) continue;
    // `يستعد للسفر إلى سنغافورة للقاء كيم`: the place travelled to is no subject.
    if ((clause.tokens[u.first - 1] as Token | undefined)?.key === DESTINATION) continue;
    if (u.parties.some((p) => p.country !== null && !theirs.has(p.country)))
      return { actor: [u], recipient: after };
  }
  return args;
}

/**
 * A charge or a fear earlier in the sentence (`اتهمت موسكو باستغلال المحادثات لمساعدة الأسد`، `قلق من أن
 * روسيا ستستخدم سفنها لمساعدة الأسد`): the help is the aim of the act charged or feared, not told as done.
 */
function chargedOrFeared(clause: Clause, hit: TriggerHit): boolean {
  for (let k = clause.sentenceStart; k < hit.first; k++) {
    const t = clause.tokens[k];
    if (tokenIn(clause.cues.chargeVerb, t) || tokenIn(clause.cues.fearWord, t)) return true;
  }
  return false;
}

/**
 * `قال يونكر قبل لقاء ترامب`، `أدلى ترامب بتصريحات بعد لقاء ميركل`: a transitive meeting noun (cue `met_noun`)
 * with no proclitic right after a word of time (cue `time_phrase`): the party after it is the one met, and the
 * subject of the clause it dates is the actor, as after ل of purpose (branch consult54).
 */
function metAfterTime(clause: Clause, hit: TriggerHit): boolean {
  const { tokens, cues } = clause;
  const noun = tokens[hit.first] as Token;
  return (
    hit.prefix === "" &&
    tokenIn(cues.metNoun, noun) &&
    hit.first > clause.sentenceStart &&
    tokenIn(cues.timePhrase, tokens[hit.first - 1])
  );
}

// When a meeting noun tells of a meeting to come rather than one held: its schedule after it
// (`من المقرر أن ينعقد`), a sentence that opens with its schedule, a word of its eve before it (`قبيل`),
// or a future verb beside it. A date
// after publication right after it (`قمة الجمعة المقبلة`) is read by act-dates.ts (ownDateAfter).
import { keyOf } from "../arabic/normalize.ts";
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { eveMeeting } from "./eve-meeting.ts";
import type { TriggerHit } from "./triggers.ts";

const FROM = keyOf("من");
const THAT = keyOf("أن");
const ON = keyOf("على");
const TO = keyOf("إلى");

/** A meeting noun told before its schedule, or in a sentence that opens with it (`ومن المقرر أن`). */
export function scheduledMeeting(
  tokens: readonly Token[],
  hit: TriggerHit,
  sentenceStart: number,
  cues: EventCues,
): boolean {
  return (
    scheduledBehind(tokens, hit, cues) ||
    scheduledOpening(tokens, hit, sentenceStart, cues) ||
    // وتأتي الخطوة قبيل محادثات بين البلدين: a meeting the news comes just before (eve-meeting.ts).
    eveMeeting(tokens, hit, sentenceStart, cues)
  );
}

/** How many tokens after a meeting noun its schedule (`من المقرر أن ينعقد`) may start. */
const SCHEDULE_REACH = 10;

/**
 * `الجولة التي من المقرر أن تعقد في كيغالي`، `اجتماعا بين … من المقرر أن ينعقد`: a meeting noun followed,
 * in its clause, by `من` (with no و: `ومن المقرر أن` opens another clause) + a `scheduled` word + أن + a
 * verb of being held. A speech or clause break between ends the reach.
 */
function scheduledBehind(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): boolean {
  return heldVerbAfter(tokens, hit, cues) >= 0;
}

/** The index of the verb of being held in a meeting noun's schedule behind it (scheduledBehind), or -1. */
export function heldVerbAfter(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): number {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "noun") return -1;
  for (let k = hit.end; k < Math.min(tokens.length - 3, hit.end + SCHEDULE_REACH); k++) {
    const t = tokens[k] as Token;
    if (tokenIn(cues.clauseBreak, t) || tokenIn(cues.speech, t)) return -1;
    if (t.key !== FROM || !tokenIn(cues.scheduled, tokens[k + 1])) continue;
    return (tokens[k + 2] as Token).key === THAT && cues.heldVerb.has((tokens[k + 3] as Token).key)
      ? k + 3
      : -1;
  }
  return -1;
}

/** How many tokens may open a sentence before `من المقرر أن` (`وكذلك من المقرر أن`). */
const SCHEDULE_OPENING = 3;

/**
 * `ومن المقرر أن يلتقي …، في أول قمة بين …`: a sentence that opens with `من` + a `scheduled` word + أن, or
 * with a future verb (`وسيجتمع كيم …، في أول قمة بين …`), with no clause break or speech verb between it and
 * the meeting noun: the noun tells the meeting to come again.
 */
function scheduledOpening(
  tokens: readonly Token[],
  hit: TriggerHit,
  sentenceStart: number,
  cues: EventCues,
): boolean {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "noun") return false;
  const last = Math.min(hit.first - 2, sentenceStart + SCHEDULE_OPENING);
  for (let k = sentenceStart; k < last; k++) {
    const t = tokens[k] as Token;
    // وسيجتمع كيم مع ترامب في يونيو، في أول قمة بين …: a sentence that opens with a future verb.
    const opening = futureMeeting(t, cues)
      ? k + 1
      : (t.key === FROM || t.bare.some((b) => b.key === FROM)) &&
          tokenIn(cues.scheduled, tokens[k + 1]) &&
          (tokens[k + 2] as Token).key === THAT
        ? k + 3
        : -1;
    if (opening < 0) continue;
    for (let j = opening; j < hit.first; j++)
      if (tokenIn(cues.clauseBreak, tokens[j]) || tokenIn(cues.speech, tokens[j])) return false;
    return true;
  }
  return false;
}

/**
 * A future verb (`س` + an imperfect) right before a meeting noun, or right after it (past a relative
 * pronoun): the verb tells of the meeting (`وستتركز المحادثات على`، `القمة التي ستجمعه مع`، `اللقاء
 * سيتضمن`), so the meeting is to come.
 */
export function futureVerbAround(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): boolean {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "noun") return false;
  if (/[بلك]/u.test(hit.prefix.replace(/^[وف]/u, ""))) return false;
  if (futureVerb(tokens[hit.first - 1])) return true;
  // Right after, the noun is the verb's definite subject (`اللقاء سيتضمن`) or a relative opens the
  // verb's clause; an indefinite noun takes its genitive there (`قمة سنغافورة`، `قمة سنوية`).
  if (tokenIn(cues.relative, tokens[hit.end])) return futureVerb(tokens[hit.end + 1]);
  if (/^[وف]?ال/u.test((tokens[hit.end - 1] as Token).key)) {
    if (futureVerb(tokens[hit.end])) return true;
  }
  // اجتماعا سيتم بين …، لقاء سيجمع …، قمة ستعقد في …: an indefinite noun's own predicate, a verb of being
  // held in the future, names no genitive (a cue word, not any word in س).
  else if (futureHeld(tokens[hit.end], cues)) return true;
  // قمة الدول السبع الكبرى التي ستعقد في مدينة كيبيك: past the noun's genitive, a relative whose verb is one of
  // being held in the future (a cue word) tells of the meeting, with no break and in the same sentence.
  const sentence = (tokens[hit.first] as Token).sentence;
  for (let k = hit.end + 1; k <= hit.end + HELD_RELATIVE_REACH && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return false;
    if (tokenIn(cues.relative, t)) return futureHeld(tokens[k + 1], cues);
    if (tokenIn(cues.clauseBreak, t) || tokenIn(cues.speech, t)) return false;
  }
  return false;
}

/** How far past a meeting noun its genitive's relative clause may open (`قمة مجموعة الدول السبع التي`). */
const HELD_RELATIVE_REACH = 5;

/**
 * `ستأمر أيضا بإغلاق القنصلية`، `ستقوم بطرد`، `سنعمل على فرض`: a verb in `س` + the imperfect right before a
 * noun trigger, or before an adverb (cue carrier_filler) or `على` right before it, with only spaces between,
 * carries it: the act is to come. Not a word in س further back (`ضد سياسته أثناء زيارته`).
 */
export function futureVerbCarries(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): boolean {
  if (hit.trigger.pos !== "noun" || !(tokens[hit.first] as Token).linked) return false;
  let k = hit.first - 1;
  const between = tokens[k];
  if (between && (tokenIn(cues.carrierFiller, between) || between.key === ON)) {
    if (!between.linked) return false;
    k--;
  }
  return futureVerb(tokens[k]);
}

/** `سيتم`، `ستعقد`، `سيجمع`: `س` + a verb of a meeting being held (cue `held_verb`). */
function futureHeld(t: Token | undefined, cues: EventCues): boolean {
  return futureOf(t, cues.heldVerb);
}

/** `وسيجتمع`، `ستلتقي`: `س` + an imperfect of meeting (cue meet_verb). */
function futureMeeting(t: Token | undefined, cues: EventCues): boolean {
  return futureOf(t, cues.meetVerb);
}

/** `س` (after و or ف) + an imperfect in ي or ت whose key is one of `verbs`. */
function futureOf(t: Token | undefined, verbs: ReadonlySet<string>): boolean {
  const m = t ? /^[وف]?س([يت].+)$/u.exec(t.key) : null;
  return m !== null && verbs.has(m[1] as string);
}

/** `ستتركز`، `وسيشهد`: a word in `س` + `ي`/`ت`/`ن` + at least two letters that no lexicon knows whole. */
export function futureVerb(t: Token | undefined): boolean {
  if (!t || !/^[وف]?س[يتن][\u0621-\u064A]{2,}$/u.test(t.key)) return false;
  return !(t.segments?.known && t.segments.prefix === "");
}

/**
 * `جهود لعقد القمة`، `قدم الرئيس عرضا لعقد محادثات مع جيرانه`، `استقرتا على مكان لعقد القمة`: a meeting noun
 * right after a verbal noun of holding it (cue hold_noun) with the ل of purpose, that itself follows a noun of effort,
 * offer, place or date (cue sought_head, an adjective may stand between), is a meeting sought or planned, not held.
 * Not after a verb (`انتقلا لعقد اجتماع`: they went on to hold it) nor a noun of another act (`التوسط لعقد قمة`).
 * An imperfect of working, seeking or wanting (cue work_verb) before the holding noun, with على، إلى or ل
 * (`يعمل على عقد اجتماع`، `تسعى إلى عقد قمة`، `يريد عقد لقاء`), seeks the meeting too (sought).
 */
export function purposeHeld(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): boolean {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "noun") return false;
  const hold = tokens[hit.first - 1];
  if (!(tokens[hit.first] as Token).linked) return false;
  if (sought(tokens, hit.first - 1, cues)) return true;
  if (!hold?.bare.some((b) => cues.holdNoun.has(b.key) && b.prefix === "ل")) return false;
  for (let k = hit.first - 2; k >= Math.max(0, hit.first - 3); k--) {
    if (!(tokens[k + 1] as Token).linked) return false;
    if (tokenIn(cues.soughtHead, tokens[k])) return true;
  }
  return false;
}

/** How far before its holding noun (or the على/إلى before it) a work_verb may stand: its subject between. */
const WORK_REACH = 4;

/**
 * The holding noun at `hold` follows a work_verb up to WORK_REACH words before it, or (without ل) before the على/إلى
 * right before it, with only spaces between (`تسعى فرنسا إلى عقد قمة`، `يعمل على عقد اجتماع`).
 */
function sought(tokens: readonly Token[], hold: number, cues: EventCues): boolean {
  const noun = tokens[hold];
  if (!noun?.linked) return false;
  const plain = cues.holdNoun.has(noun.key);
  if (!plain && !noun.bare.some((b) => cues.holdNoun.has(b.key) && b.prefix === "ل")) return false;
  let k = hold - 1;
  const prep = tokens[k];
  if (plain && prep && (prep.key === ON || prep.key === TO)) {
    if (!prep.linked) return false;
    k--;
  }
  for (let j = k; j >= Math.max(0, k - WORK_REACH + 1); j--) {
    if (tokenIn(cues.workVerb, tokens[j])) return true;
    if (!(tokens[j] as Token).linked) return false;
  }
  return false;
}

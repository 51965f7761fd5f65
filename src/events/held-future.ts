// Talks a future cue governs through the verb that holds them (plan64). `ويفترض أن يجري المبعوث الأمريكي،
// وهو السفير السابق لدى سيول، محادثات مع نائب الوزير`: the future cue governs the imperfect of holding (cue
// hold_verb), and the meeting noun it carries may stand far after it, past the subject and an apposition, out of
// the modal window of the noun (modality.ts). `من المهم أن يذهب الرئيس لإجراء محادثاته مع`: a trip after أن, in
// the subjunctive, is to come, and so are the talks held on it, named after ل + a holding noun (cue hold_noun).
// A meeting to come is a promise to meet (AGREE future by the project's future_as), not a meeting held.
import { keyOf } from "../arabic/normalize.ts";
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words before the meeting noun the verb that holds it may stand (its subject and an apposition between). */
const HOLD_REACH = 14;

/** How many words before ل + the holding noun the verb of going may stand (its subject between). */
const GOING_REACH = 4;

const THAT = keyOf("أن");

/**
 * The verb at `v` is future: with س, right after a future cue, or after أن that follows one (`يفترض أن يجري`;
 * the cue before أن may stand before the clause's start, so `from` is the sentence's).
 */
function futureVerb(tokens: readonly Token[], v: number, from: number, cues: EventCues): boolean {
  const verb = tokens[v] as Token;
  if (verb.bare.some((b) => b.prefix.includes("س") && cues.holdVerb.has(b.key))) return true;
  if (v - 1 < from) return false;
  if (tokenIn(cues.future, tokens[v - 1])) return true;
  return v - 2 >= from && tokens[v - 1]?.key === THAT && tokenIn(cues.future, tokens[v - 2]);
}

/** The meeting noun is carried by an imperfect of holding that a future cue governs. */
function futureHolder(
  tokens: readonly Token[],
  hit: TriggerHit,
  span: { clauseStart: number; sentenceStart: number },
  cues: EventCues,
): boolean {
  const { clauseStart } = span;
  for (let k = hit.first - 1; k >= Math.max(clauseStart, hit.first - HOLD_REACH); k--) {
    const t = tokens[k] as Token;
    if (tokenIn(cues.clauseBreak, t) || tokenIn(cues.speech, t)) return false;
    if (tokenIn(cues.holdVerb, t)) return futureVerb(tokens, k, span.sentenceStart, cues);
  }
  return false;
}

/** `أن يذهب الرئيس لإجراء محادثاته`: the meeting noun after ل + a holding noun, on a trip still to come. */
function goneToHold(
  tokens: readonly Token[],
  hit: TriggerHit,
  clauseStart: number,
  cues: EventCues,
): boolean {
  const hold = tokens[hit.first - 1];
  if (hit.prefix !== "" || !hold?.bare.some((b) => /^[وف]?ل$/u.test(b.prefix) && cues.holdNoun.has(b.key)))
    return false;
  for (let k = hit.first - 2; k >= Math.max(clauseStart + 1, hit.first - 1 - GOING_REACH); k--) {
    const t = tokens[k] as Token;
    if (!cues.goingVerb.has(t.key)) continue;
    return tokens[k - 1]?.key === THAT;
  }
  return false;
}

/** A meeting noun whose holding is to come: held by a future verb far before it, or on a trip after أن. */
export function heldFuture(
  tokens: readonly Token[],
  hit: TriggerHit,
  span: { clauseStart: number; sentenceStart: number },
  cues: EventCues,
): boolean {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "noun") return false;
  return futureHolder(tokens, hit, span, cues) || goneToHold(tokens, hit, span.clauseStart, cues);
}

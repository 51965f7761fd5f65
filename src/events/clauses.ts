// Clause boundaries inside a sentence, the speaker of reported speech, and a sentence as evidence;
// the act's date is act-dates.ts.
import { postSeatMention } from "./envoy-seat.ts";
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Event, Sentence, Token } from "../pipeline/types.ts";
import { keyOf } from "../arabic/normalize.ts";
import { tokenIs } from "../arabic/tokens.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";
import { bridges } from "./bridged-speaker.ts";
import { frontedSpeaker } from "./fronted-speaker.ts";
import { participleSpeaker, vowSpeaker } from "./participle-speaker.ts";
import { innerReport } from "./nested-report.ts";
import { firstReportEnd } from "./continued-report.ts";
import { SCAN_CLAUSE, type ScanMasks } from "./scan.ts";
import { pastLeader } from "./led-coalition.ts";

export interface ClauseSpan {
  /** After `قال X إن`: the first token of the reported clause, else the sentence start. */
  reported: number;
  /** The complementizer carried the speaker as a pronoun (`أعلن ترمب أنه سيزور`). */
  speakerActs: boolean;
  /** The complementizer whose pronoun is the speaker, when a bridge stands before `reported` (bridged-speaker.ts). */
  carrier?: number | undefined;
  start: number;
  end: number;
}

export function clauseOf(
  tokens: readonly Token[],
  sentence: Sentence,
  first: number,
  end: number,
  cues: EventCues,
  /** The tokens' scan bits (`scanMasks`): a token without SCAN_CLAUSE bounds no clause. */
  masks?: ScanMasks,
  /** The trigger is a verb: the coalition its subject names may be told by its leader (`leaderRelative`). */
  verb = false,
): ClauseSpan {
  let reported = sentence.firstToken;
  let speakerActs = false;
  let carrier: number | undefined;
  for (let k = sentence.firstToken; k < first; k++) {
    if (clauseBits(tokens, k, cues, masks) & COMPLEMENTIZER) {
      // قال إنه من المحتمل أن يتحدث: the speaker's pronoun reaches the verb across the bridge.
      carrier = speakerActs && bridges(tokens, reported - 1, k, first, cues) ? reported - 1 : undefined;
      reported = k + 1;
      if (carrier !== undefined) continue;
      speakerActs = tokenIn(cues.pronounComplementizer, tokens[k]);
    }
  }
  let start = reported;
  for (let k = reported; k < first; k++) {
    if (clauseBits(tokens, k, cues, masks) & CLAUSE_BREAK) {
      start = k + 1;
      speakerActs = false;
    }
  }
  // لم تشهد مواجهات بين تركيا وسوريا منذ أسقطت الدفاعات السورية طائرة تركية: an act right after منذ (or
  // منذ أن) is a clause of its own, the time the main clause counts from; its subject follows it.
  const sinceAt = first - 1 >= start && tokens[first - 1]?.key === "ان" ? first - 2 : first - 1;
  if (sinceAt >= start && tokenIn(cues.since, tokens[sinceAt])) start = first;
  let stop = sentence.endToken;
  for (let k = end; k < sentence.endToken; k++) {
    // الهجوم الإسرائيلي، قال نصر الله إنه …: a speech verb after the trigger opens another clause;
    // قصفت … رغم قرار مجلس الأمن: so does a concessive phrase, whose states are no side of the act.
    if (clauseBits(tokens, k, cues, masks) & (CLAUSE_BREAK | COMPLEMENTIZER | SPEECH | CONCESSIVE)) {
      // رفض التحالف الذي تقوده السعودية تقريرا: the relative that names the leader of a verb's coalition closes
      // no clause (a noun's genitive, `هجوم التحالف الذي تقوده`, is read as before).
      if (verb && leaderRelative(tokens, k, cues)) continue;
      stop = k;
      break;
    }
  }
  return { reported, speakerActs, carrier, start, end: stop };
}

/** The cue sets clauseOf reads at every token of a trigger's sentence, as bits. */
const COMPLEMENTIZER = 1;
const CLAUSE_BREAK = 2;
const SPEECH = 4;
/** The token's bits are known. */
const READ = 8;
/** `رغم`، `الرغم` (`cues.concessive`): bounds the clause of an act before it. */
const CONCESSIVE = 16;

/**
 * The clause bits of the last token array, read once per token: a document's triggers and
 * evaluations each ask about their whole sentence, often the same one.
 */
let bitsOf: { tokens: readonly Token[]; cues: EventCues; bits: Uint8Array } | null = null;

function clauseBits(tokens: readonly Token[], k: number, cues: EventCues, masks?: ScanMasks): number {
  // No word of the three sets: none of the bits, with no look-up.
  if (masks !== undefined && ((masks[k] as number) & SCAN_CLAUSE) === 0) return READ;
  if (bitsOf === null || bitsOf.tokens !== tokens || bitsOf.cues !== cues)
    bitsOf = { tokens, cues, bits: new Uint8Array(tokens.length) };
  let b = bitsOf.bits[k] as number;
  if (b === 0) {
    const t = tokens[k];
    b =
      READ |
      (isComplementizer(t, cues) ? COMPLEMENTIZER : 0) |
      (tokenIn(cues.clauseBreak, t) ? CLAUSE_BREAK : 0) |
      (tokenIn(cues.speech, t) ? SPEECH : 0) |
      (tokenIn(cues.concessive, t) ? CONCESSIVE : 0);
    bitsOf.bits[k] = b;
  }
  return b;
}

/** How far after `بحسب`، `وفق`، `نقلا عن` the credited source may stand. */
const ATTRIBUTION_REACH = 4;

/** `… بحسب صحيفة وول ستريت جورنال`: the source a sentence credits after the fact it tells. */
function attributedSource(
  tokens: readonly Token[],
  sentence: Sentence,
  found: EntitiesResult,
  cues: EventCues,
): EntitiesResult["mentions"][number] | null {
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    if (!tokenIn(cues.attribution, tokens[k])) continue;
    const m = found.mentions.find(
      (x) => x.firstToken > k && x.firstToken <= k + ATTRIBUTION_REACH && x.endToken <= sentence.endToken,
    );
    if (m && m.type !== "GPE" && m.type !== "LOC") return m;
  }
  return null;
}

/**
 * The speaker of `قال X إن …`: the first named speaker between the speech verb and the
 * complementizer; else the source a `بحسب`-phrase credits.
 */
export function speakerOf(
  tokens: readonly Token[],
  sentence: Sentence,
  reported: number,
  found: EntitiesResult,
  cues: EventCues,
  /** The act's first token: a participle's clause is read only for the verb its pronoun is the subject of. */
  act?: number,
  /** The document's text (punctuation between words), with `act`. */
  text = "",
): EntitiesResult["mentions"][number] | null {
  if (reported === sentence.firstToken) return attributedSource(tokens, sentence, found, cues);
  // Loops, not a slice, a filtered array and closures for every trigger.
  let from = -1;
  for (let k = sentence.firstToken; k < reported; k++)
    if (tokenIn(cues.speech, tokens[k])) {
      from = k;
      break;
    }
  // أدانت قطر …، مؤكدة أنها ترفض: with no speech verb, a participle of speech may open the clause.
  if (from < 0)
    return (
      (act === undefined
        ? null
        : (participleSpeaker(tokens, sentence, reported, act, found, cues) ??
          vowSpeaker(tokens, text, sentence, reported, act, found, cues))) ??
      attributedSource(tokens, sentence, found, cues)
    );
  // قال ترامب إن الملك سلمان أكد له أنه يعمل: a report inside a report is its own speaker's (nested-report.ts).
  from = innerReport(tokens, found, from, reported, cues);
  // قال الوزير التركي إن فرنسا صديقة، وأضاف أنه: no state of the first report speaks the next (continued-report.ts).
  const goesOn = firstReportEnd(tokens, sentence, reported, cues, text);
  const bound = goesOn >= 0 ? goesOn : reported;
  // The first mention between the speech verb and the complementizer that is no state, else the first.
  let first: EntitiesResult["mentions"][number] | null = null;
  for (const m of found.mentions) {
    if (m.firstToken <= from || m.endToken > bound) continue;
    // قال سفير إيران لدى الأمم المتحدة: the body the envoy is posted to is no speaker (envoy-seat.ts).
    if (m.type !== "GPE" && first !== null && postSeatMention(tokens, m.firstToken, cues)) continue;
    // وأضاف خلال لقاء جمعه مع وزير الخارجية الياباني أن: the partner after مع is no speaker.
    if (withPartner(tokens, from, m.firstToken)) continue;
    if (m.type !== "GPE") return m;
    first ??= m;
  }
  return first ?? frontedSpeaker(tokens, sentence, from, reported, found, cues);
}

/** How far before a mention the مع of a partner may stand (`مع نظيره السعودي عادل الجبير`). */
const PARTNER_REACH = 4;

/**
 * The mention at `at` is the partner of the speech's occasion: `مع` stands up to 4 words before it, after the
 * speech verb at `from` (`قال في مؤتمر صحفي مشترك مع نظيره السعودي`، `قال خلال لقائه مع وزير الخارجية الفرنسي`).
 */
export function withPartner(tokens: readonly Token[], from: number, at: number): boolean {
  for (let k = at - 1; k > from && k >= at - PARTNER_REACH; k--)
    if (tokenIs(tokens[k] as Token, WITH_KEY)) return true;
  return false;
}

const WITH_KEY = keyOf("مع");

/** A sentence as an event's evidence: its text and offsets, which slice back to the article. */
export function sentenceEvidence(arabic: ArabicText, sentence: Sentence): Event["evidence"] {
  return { text: arabic.text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
}

/** The relative pronoun at `k` is the one of `التحالف [adjectives] الذي تقوده` (led-coalition.ts). */
function leaderRelative(tokens: readonly Token[], k: number, cues: EventCues): boolean {
  for (let h = k - 1; h >= Math.max(0, k - 3); h--) if (pastLeader(tokens, h, cues) === k + 2) return true;
  return false;
}

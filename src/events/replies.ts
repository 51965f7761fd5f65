// A reply in kind with no measure named (`فردت تركيا بالمثل`، `ما حمل الصين على المعاملة بالمثل`،
// `وردت هذه الدول بخطوات مماثلة`): the answering state did to the answered act's actor what that act did
// to it. The act is of the answered act's type and mode, its actor the state that answers, its recipient
// the answered act's actor.
import type { ArabicText, Event, Party, Sentence, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { anyIn, type EventCues, tokenIn } from "./cues.ts";
import { anyMarked, marked, SCAN_IN_KIND, type ScanMasks } from "./scan.ts";
import type { TriggerHit } from "./triggers.ts";

/** Words at most between the reply verb and its in-kind word (`ردت عليها موسكو بالمثل`). */
const REPLY_SPAN = 5;

/**
 * The acts answered in kind in their own sentence, as new events (ids after the last one). `eventOf`
 * places each event at its trigger; an act read with no trigger (an evaluation) is never answered.
 */
export function repliesInKind(
  arabic: ArabicText,
  events: readonly Event[],
  eventOf: ReadonlyMap<TriggerHit, Event>,
  units: readonly PartyUnit[],
  cues: EventCues,
  /** The tokens' scan bits (`scanMasks`): only a token with SCAN_IN_KIND is an in-kind word. */
  masks?: ScanMasks,
): Event[] {
  // Only an event read from a trigger is answered (`answeredAct` finds it by `at`): a document with
  // none, or with no in-kind word, has no reply to look for.
  if (eventOf.size === 0 || !anyMarked(masks, SCAN_IN_KIND)) return [];
  const { tokens } = arabic;
  const at = new Map<Event, number>();
  for (const [hit, event] of eventOf) at.set(event, hit.first);
  const made: Event[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!marked(masks, k, SCAN_IN_KIND) || !tokenIn(cues.inKind, tokens[k])) continue;
    const sentence = arabic.sentences[(tokens[k] as Token).sentence] as Sentence;
    const verb = replyVerbBefore(tokens, k, sentence, cues);
    if (verb < 0) continue;
    // هددت أنقرة بالرد بالمثل إذا فرضت واشنطن عقوبات: an answer on a condition is no act done.
    if (anyIn(tokens, sentence.firstToken, k, cues.conditionWord)) continue;
    const answered = answeredAct(events, at, sentence, verb);
    if (answered === null) continue;
    const replier = replyingSide(tokens, units, verb, k, answered, cues);
    if (replier.length === 0) continue;
    const countries = new Set(replier.map((p) => p.country));
    // تفرض الصين رسوما … ردا على: the answer already read with its own measure is not told twice.
    const told = [...events, ...made].some(
      (e) =>
        e.type === answered.type &&
        e.evidence.start === answered.evidence.start &&
        e.actor.some((p) => countries.has(p.country)) &&
        e.recipient.some((p) => answered.actor.some((a) => a.country === p.country)),
    );
    if (told) continue;
    made.push({
      ...answered,
      id: `v${events.length + made.length + 1}`,
      actor: replier,
      recipient: answered.actor,
      negated: false,
      modality: "asserted",
      source: answered.source,
    });
  }
  return made;
}

/** The reply verb a few words before the in-kind word at `k`, in its sentence and not negated; or -1. */
function replyVerbBefore(tokens: readonly Token[], k: number, sentence: Sentence, cues: EventCues): number {
  for (let v = k - 1; v >= Math.max(sentence.firstToken, k - REPLY_SPAN - 1); v--) {
    if (!tokenIn(cues.replyVerb, tokens[v])) continue;
    // لم ترد موسكو بالمثل: a reply denied is none.
    return tokenIn(cues.negation, tokens[v - 1]) && v - 1 >= sentence.firstToken ? -1 : v;
  }
  return -1;
}

/** The last act of the sentence told before the reply verb, asserted and aimed at a state. */
function answeredAct(
  events: readonly Event[],
  at: ReadonlyMap<Event, number>,
  sentence: Sentence,
  verb: number,
): Event | null {
  let best: Event | null = null;
  let bestAt = -1;
  for (const e of events) {
    const first = at.get(e);
    if (first === undefined || first < sentence.firstToken || first >= verb || first < bestAt) continue;
    if (e.negated || e.modality !== "asserted" || e.recipient.every((p) => p.country === null)) continue;
    best = e;
    bestAt = first;
  }
  return best;
}

/**
 * The states that answer: those named between the verb and the in-kind word when the answered act was aimed
 * at them (`فردت تركيا`), or, for a demonstrative and a plural of states (`وردت هذه الدول`), every state the
 * answered act was aimed at when it was aimed at two or more.
 */
function replyingSide(
  tokens: readonly Token[],
  units: readonly PartyUnit[],
  verb: number,
  k: number,
  answered: Event,
  cues: EventCues,
): Party[] {
  const aimed = answered.recipient.filter((p) => p.country !== null);
  const named: Party[] = [];
  for (const u of units)
    if (u.first > verb && u.end <= k) for (const p of u.parties) if (p.country !== null) named.push(p);
  if (named.length > 0)
    return named.every(
      (p) =>
        aimed.some((a) => a.country === p.country) && !answered.actor.some((a) => a.country === p.country),
    )
      ? named
      : [];
  for (let g = verb + 2; g < k; g++)
    if (tokenIn(cues.replyGroup, tokens[g]) && tokenIn(cues.backref, tokens[g - 1]))
      return new Set(aimed.map((p) => p.country)).size >= 2 ? aimed : [];
  return [];
}

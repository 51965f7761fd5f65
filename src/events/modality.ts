// Polarity and modality of an event from the cues before its trigger.
import type { Modality, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many tokens before a trigger a negation particle may stand (`لم يلتق`, `لم يعد يلتقي`). */
const NEGATION_REACH = 2;
/** How many tokens before a trigger a modal cue may stand (`من المقرر أن يعقد الجانبان محادثات`). */
const MODAL_REACH = 6;

export interface Polarity {
  negated: boolean;
  /** Negated by a particle that states a refusal (`لن`), not a denial of a fact. */
  refused: boolean;
  modality: Modality;
  /** A future told as scheduled (`من المقرر أن يلتقي`، `القمة المرتقبة`), not only meant. */
  scheduled?: boolean;
}

/**
 * Where the modal cues of a trigger may stand: back to the clause break or speech verb before it.
 * A modal governs across `أن` (`من المقرر أن يلتقي`), a speaker's verb does not (`قال إنه سيلتقي`
 * is future by its own `س`). The window's first token; it ends before the trigger.
 */
function modalWindow(
  tokens: readonly Token[],
  hit: TriggerHit,
  sentenceStart: number,
  cues: EventCues,
): number {
  const from = Math.max(sentenceStart, hit.first - MODAL_REACH);
  let k = hit.first;
  while (k > from && !tokenIn(cues.clauseBreak, tokens[k - 1]) && !tokenIn(cues.speech, tokens[k - 1])) k--;
  return k;
}

/** A token of `tokens[from..to)` is in the set (loops over indexes: no slice or closure per event). */
function anyIn(tokens: readonly Token[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (tokenIn(set, tokens[k])) return true;
  return false;
}

/** `سيعقدون جولة من المحادثات`: the future is carried by the verb that holds a noun trigger. */
function futureLightVerb(t: Token | undefined, cues: EventCues): boolean {
  if (!t) return false;
  for (const b of t.bare) if (b.prefix.includes("س") && cues.lightVerb.has(b.key)) return true;
  return false;
}

export function polarity(
  tokens: readonly Token[],
  hit: TriggerHit,
  span: { clauseStart: number; sentenceStart: number },
  cues: EventCues,
): Polarity {
  // Plain numbers, not a closure: tsx names every function when it is made (about 0.7 µs each).
  const negationFrom = Math.max(span.clauseStart, hit.first - NEGATION_REACH);
  const modalFrom = Math.max(span.clauseStart, hit.first - MODAL_REACH);
  const end = hit.first;
  const negated =
    anyIn(tokens, negationFrom, end, cues.negation) || anyIn(tokens, modalFrom, end, cues.negationVerb);
  const refused = anyIn(tokens, negationFrom, end, cues.refusal);
  const modal = modalWindow(tokens, hit, span.sentenceStart, cues);
  let modality: Modality = "asserted";
  const scheduled =
    anyIn(tokens, modal, end, cues.scheduled) ||
    (hit.trigger.pos === "noun" && tokenIn(cues.futureAdjective, tokens[hit.end]));
  if (anyIn(tokens, modal, end, cues.conditional)) modality = "conditional";
  // بناء على طلب من الخرطوم: the request an act answers was made; no other modal before it governs it.
  else if (tokenIn(cues.atRequest, tokens[hit.first - 1]) || tokenIn(cues.atRequest, tokens[hit.first - 2]))
    modality = "asserted";
  else if (hit.trigger.type !== "REQUEST" && anyIn(tokens, modal, end, cues.request)) modality = "requested";
  else if (hit.trigger.type !== "REQUEST" && anyIn(tokens, modal, end, cues.proposal)) modality = "proposed";
  else if (
    hit.prefix.includes("س") ||
    futureIn(tokens, modal, end, cues) ||
    // الاجتماع المرتقب، القمة المقبلة
    (hit.trigger.pos === "noun" && tokenIn(cues.futureAdjective, tokens[hit.end])) ||
    // تتواصل لاستئناف الاتصال: an indefinite verbal noun after ل of purpose is what a party means to
    // do (`مهد للزيارة`, definite, names a visit).
    (hit.trigger.pos === "noun" &&
      hit.prefix.replace(/^[وف]/u, "") === "ل" &&
      !/^[وف]?لل/u.test((tokens[hit.first] as Token).text))
  )
    modality = "future";
  return modality === "future" && scheduled
    ? { negated, refused, modality, scheduled }
    : { negated, refused, modality };
}

/** A future particle or a light verb with س in `tokens[from..to)`. */
function futureIn(tokens: readonly Token[], from: number, to: number, cues: EventCues): boolean {
  for (let k = from; k < to; k++)
    if (tokenIn(cues.future, tokens[k]) || futureLightVerb(tokens[k], cues)) return true;
  return false;
}

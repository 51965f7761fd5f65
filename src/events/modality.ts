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
 * is future by its own `س`).
 */
function modalWindow(
  tokens: readonly Token[],
  hit: TriggerHit,
  sentenceStart: number,
  cues: EventCues,
): Token[] {
  const from = Math.max(sentenceStart, hit.first - MODAL_REACH);
  let k = hit.first;
  while (k > from && !tokenIn(cues.clauseBreak, tokens[k - 1]) && !tokenIn(cues.speech, tokens[k - 1])) k--;
  return tokens.slice(k, hit.first);
}

/** `سيعقدون جولة من المحادثات`: the future is carried by the verb that holds a noun trigger. */
function futureLightVerb(t: Token, cues: EventCues): boolean {
  return t.bare.some(
    (b) => b.prefix.includes("س") && (cues.lightVerb.has(b.key) || cues.aspectual.has(b.key)),
  );
}

/** `لم تواصل فرنسا دعمها لمالي`: a negation before the aspectual verb that carries a noun trigger. */
function negatedCarrier(tokens: readonly Token[], hit: TriggerHit, from: number, cues: EventCues): boolean {
  if (hit.trigger.pos !== "noun") return false;
  for (let k = hit.first - 1; k >= from; k--)
    if (tokenIn(cues.aspectual, tokens[k]))
      return tokens.slice(Math.max(from, k - NEGATION_REACH), k).some((t) => tokenIn(cues.negation, t));
  return false;
}

export function polarity(
  tokens: readonly Token[],
  hit: TriggerHit,
  span: { clauseStart: number; sentenceStart: number },
  cues: EventCues,
): Polarity {
  const before = (reach: number) => tokens.slice(Math.max(span.clauseStart, hit.first - reach), hit.first);
  const negated =
    before(NEGATION_REACH).some((t) => tokenIn(cues.negation, t)) ||
    before(MODAL_REACH).some((t) => tokenIn(cues.negationVerb, t)) ||
    negatedCarrier(tokens, hit, Math.max(span.clauseStart, hit.first - MODAL_REACH), cues);
  const refused = before(NEGATION_REACH).some((t) => tokenIn(cues.refusal, t));
  const modal = modalWindow(tokens, hit, span.sentenceStart, cues);
  let modality: Modality = "asserted";
  const scheduled =
    modal.some((t) => tokenIn(cues.scheduled, t)) ||
    (hit.trigger.pos === "noun" && tokenIn(cues.futureAdjective, tokens[hit.end]));
  if (modal.some((t) => tokenIn(cues.conditional, t))) modality = "conditional";
  // بناء على طلب من الخرطوم: the request an act answers was made; no other modal before it governs it.
  else if (tokenIn(cues.atRequest, tokens[hit.first - 1]) || tokenIn(cues.atRequest, tokens[hit.first - 2]))
    modality = "asserted";
  else if (hit.trigger.type !== "REQUEST" && modal.some((t) => tokenIn(cues.request, t)))
    modality = "requested";
  else if (hit.trigger.type !== "REQUEST" && modal.some((t) => tokenIn(cues.proposal, t)))
    modality = "proposed";
  else if (
    hit.prefix.includes("س") ||
    modal.some((t) => tokenIn(cues.future, t) || futureLightVerb(t, cues)) ||
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

// The ل of purpose on the word that carries an act noun, after a verb of seeking (branch assault52): `تسعى
// تركيا لشن هجوم على …`، `تحاول واشنطن فرض عقوبات`، `تعمل موسكو على توجيه ضربة`. modality.ts reads an
// indefinite verbal noun after ل as what a party means to do (`تسعى لضرب`); when the act noun is carried by a
// verbal noun of launching or carrying out (cue purpose_carrier: شن، تنفيذ، فرض) that an imperfect of working,
// seeking or wanting governs (cue work_verb, its subject between, with ل، إلى or على on the carrier, or none),
// the act is sought, not told as done, as schedule.ts reads `تسعى فرنسا إلى عقد قمة`. Only then: after a
// perfect verb the ل often names the purpose of an act that was done (`استخدمت حملة لشن هجمات`، `الأسباب التي
// دفعت الولايات المتحدة لشن ضربات`).
import { keyOf } from "../arabic/normalize.ts";
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { envoySent } from "./envoy-sent.ts";

/** The prepositions a verb of seeking takes before the carrier with no ل (`تسعى إلى شن`، `تعمل على توجيه`). */
const SEEK_PREP = new Set([keyOf("إلى"), keyOf("على")]);

/** How far before the carrier (or the إلى/على before it) the verb of seeking may stand: its subject between. */
const SEEK_REACH = 4;

/** The noun trigger at `hit` is carried by a purpose carrier (`لشن هجوم`) that a verb of seeking governs. */
export function purposeCarried(
  tokens: readonly Token[],
  hit: TriggerHit,
  clauseStart: number,
  cues: EventCues,
): boolean {
  // سيرسل وزير الخارجية للقاء الملك: a meeting an envoy is sent to hold is to come (envoy-sent.ts).
  if (envoySent(tokens, hit, clauseStart, cues)) return true;
  const own = tokens[hit.first] as Token;
  const c = hit.first - 1;
  if (hit.trigger.pos !== "noun" || hit.prefix !== "" || !own.linked || c - 1 < clauseStart) return false;
  const carrier = tokens[c] as Token;
  if (!carrier.linked) return false;
  const withLam = carrier.bare.some((b) => cues.purposeCarrier.has(b.key) && /^[وف]?ل$/u.test(b.prefix));
  if (!withLam && !cues.purposeCarrier.has(carrier.key)) return false;
  let k = c - 1;
  const prep = tokens[k] as Token;
  if (!withLam && SEEK_PREP.has(prep.key)) {
    if (!prep.linked) return false;
    k--;
  }
  for (let j = k; j >= Math.max(clauseStart, k - SEEK_REACH + 1); j--) {
    if (tokenIn(cues.workVerb, tokens[j])) return true;
    if (!(tokens[j] as Token).linked) return false;
  }
  return false;
}

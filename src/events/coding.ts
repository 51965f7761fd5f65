// Coding of an act's type and modality: its future, its refusal, and acts the sides did to each other.
import type { Event, EventType, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { Polarity } from "./modality.ts";
import { rulesOf, type TypeTable } from "./types.ts";

/**
 * Cooperation promised or intended is AGREE in PLOVER (`مستعدة للتعاون`، `سيلتقي`); a threat's
 * future is the threat itself (`سترد`), made now. event-types.tsv says which is which.
 */
export function coded(
  type: EventType,
  pol: Polarity,
  types: TypeTable,
): { type: EventType; modality: Event["modality"]; negated: boolean } {
  const rules = rulesOf(types, type);
  // لن توقع الصين أي اتفاق: the refusal is the event.
  if (pol.refused && rules.refusedAs) return { type: rules.refusedAs, modality: "asserted", negated: false };
  const { modality, negated } = pol;
  if (modality !== "future" || rules.futureAs === null) return { type, modality, negated };
  return rules.futureAs === "asserted"
    ? { type, modality: "asserted", negated }
    : { type: rules.futureAs, modality, negated };
}

/** How far from a trigger a word of reciprocity may stand (`اتهامات متبادلة`، `تبادل جيشا البلدين القصف`). */
const RECIPROCAL_REACH = 3;

export function reciprocal(tokens: readonly Token[], first: number, end: number, cues: EventCues): boolean {
  const sentence = (tokens[first] as Token).sentence;
  for (
    let k = Math.max(0, first - RECIPROCAL_REACH);
    k < Math.min(tokens.length, end + RECIPROCAL_REACH);
    k++
  ) {
    const t = tokens[k] as Token;
    if (t.sentence === sentence && tokenIn(cues.reciprocal, t)) return true;
  }
  return false;
}

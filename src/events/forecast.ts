// An act to come told in the reported speech of a commentator: `قال فلان، رئيس قسم الشرق الأوسط في كلية
// لندن للاقتصاد، إن إيران ستنسحب من الاتفاق`، `قال المنسق السابق … إن الرئيس سينسحب على الأرجح`. The
// speaker (an analyst, an expert, a scholar, a former official: cue commentator_word) speaks for no state;
// what he says a state will do is his forecast, not the state's announcement, and no event. An act he
// tells as done is a report and is kept. Read by findEvents (index.ts) once the act's modality is known.
import type { Token } from "../pipeline/types.ts";
import { keyOf } from "../arabic/normalize.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { ClauseSpan } from "./clauses.ts";

/** The act is not asserted and the words before its reported clause name a commentator. */
export function commentatorForecast(
  tokens: readonly Token[],
  sentenceStart: number,
  span: ClauseSpan,
  modality: string,
  cues: EventCues,
): boolean {
  if (modality === "asserted" || span.reported <= sentenceStart) return false;
  for (let k = sentenceStart; k < span.reported - 1; k++)
    if (tokenIn(cues.commentatorWord, tokens[k]) && !previously(tokens, k)) return true;
  return false;
}

/** `في السابق`: a time of the speech (previously), not a speaker's former office. */
function previously(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]?.key === IN && /^ال/u.test(tokens[k]?.key ?? "");
}

const IN = keyOf("في");

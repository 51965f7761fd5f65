// `قال وزير الخارجية الأمريكي إنه انتقد روسيا`: a speaker named only by a title and a nisba is no entity
// mention, so speakerOf (clauses.ts) finds none; the nisba's unit is the speaker whose pronoun the
// complementizer carries, and the act told after it is the speaker's (speaker-actor.ts).
import { carrierOf } from "./bridged-speaker.ts";
import type { ArabicText, Sentence } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { pronounAgrees } from "./carried-speaker.ts";
import type { ClauseSpan } from "./clauses.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { firstReportEnd } from "./continued-report.ts";

export { outsideFirstReport } from "./continued-report.ts";

/** How many words may stand between the complementizer and the verb (`إنه لن يلتقي`، `إنها قد رفضت`). */
const PARTICLE_WORDS = 1;

/** How far after the speech verb the nisba may start: past a title (`قال وزير الخارجية الأمريكي`). */
const TITLE_WORDS = 3;

/**
 * The unit of a titled speaker: the sentence's first speech verb, a party within a title's reach after it
 * (no ل or ب before it: `قال لوزير`), nothing after the party but the complementizer that carries the
 * speaker's pronoun (`إنه`، `إنها`), and that pronoun agrees with the verb (`قالت … إنها`). The act is a
 * verb right after the complementizer, a particle between at most: further on, the pronoun may be another's
 * (`تقول السلطات التركية إنه ربما قتل هناك، وهو ما تنفيه السعودية`).
 */
export function titledSpeaker(
  arabic: ArabicText,
  units: readonly PartyUnit[],
  cues: EventCues,
  sentence: Sentence,
  span: ClauseSpan,
  hit: TriggerHit,
): PartyUnit | null {
  if (!span.speakerActs || hit.trigger.pos !== "verb" || hit.first - span.reported > PARTICLE_WORDS)
    return null;
  const { tokens } = arabic;
  const complementizer = carrierOf(span);
  for (let k = sentence.firstToken; k < complementizer; k++) {
    if (!tokenIn(cues.speech, tokens[k])) continue;
    if (!pronounAgrees(tokens[k], tokens[complementizer])) return null;
    // قال وزير الخارجية التركي إن …، وأضاف أنه: the title before the first report (continued-report.ts).
    const goesOn = pronounAgrees(tokens[complementizer - 1], tokens[complementizer])
      ? firstReportEnd(tokens, sentence, complementizer + 1, cues, arabic.text)
      : -1;
    return (
      units.find(
        (u) =>
          !u.place &&
          u.first > k &&
          u.first <= k + TITLE_WORDS &&
          (u.end === complementizer || u.end === goesOn) &&
          !/[لب]/u.test(u.prefix),
      ) ?? null
    );
  }
  return null;
}

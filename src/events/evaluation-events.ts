// The events evaluative accusations make (`اعتبرت الخارجية المصرية أن إعلان إثيوبيا … يمثل انتهاكا`
// → EGY ACCUSE ETH): each judgement evaluations.ts reads becomes an event, dated by the speech or the
// judging clause, unless a trigger already coded it in its sentence. Split from evaluations.ts.
import type { EntitiesResult } from "../entities/index.ts";
import type { EntityLexicon } from "../entities/lexicon.ts";
import type { ArabicText, Event, Party, Sentence, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { dateFields, governingDate } from "./act-dates.ts";
import { type ClauseSpan, clauseOf, sentenceEvidence, speakerOf } from "./clauses.ts";
import { coded } from "./coding.ts";
import type { EventCues } from "./cues.ts";
import type { Evaluations } from "./evaluation-lexicon.ts";
import { judgements } from "./evaluations.ts";
import { polarity } from "./modality.ts";
import { type PloverTable, score } from "./plover.ts";
import type { TypeTable } from "./types.ts";
import { SCAN_EVALUATION, type ScanMasks } from "./scan.ts";

export interface EvaluationContext {
  found: EntitiesResult;
  units: readonly PartyUnit[];
  /** The events the trigger rules found: an evaluation they already coded is not told twice. */
  events: readonly Event[];
  cues: EventCues;
  plover: PloverTable;
  types: TypeTable;
  evaluations: Evaluations;
  /** The entity lexicon: a state's nisba that names no party unit (`الانتخابات الأمريكية`, inquiry-charge.ts). */
  entityLexicon: EntityLexicon;
  published: string | null;
  /** The tokens' scan bits (`scanMasks`): a token without SCAN_EVALUATION holds no evaluation. */
  masks?: ScanMasks;
}

/** The parties' states, each once, sorted. Declared here: tsx names every closure when it is made. */
function countriesOf(ps: readonly Party[]): string {
  return [...new Set(ps.flatMap((p) => (p.country === null ? [] : [p.country])))].sort().join(",");
}

/** By sentence, 1 when one of its tokens has SCAN_EVALUATION. */
function sentencesMarked(tokens: readonly Token[], sentences: number, masks: ScanMasks): Uint8Array {
  const marked = new Uint8Array(sentences);
  for (let k = 0; k < masks.length; k++)
    if (((masks[k] as number) & SCAN_EVALUATION) !== 0) marked[(tokens[k] as Token).sentence] = 1;
  return marked;
}

/** The accusations a document's evaluations make, as events not already coded by a trigger. */
export function evaluativeEvents(arabic: ArabicText, ctx: EvaluationContext): Event[] {
  const out: Event[] = [];
  const { cues } = ctx;
  // Most sentences hold no token with SCAN_EVALUATION, and judgements finds none in them.
  const marked = ctx.masks ? sentencesMarked(arabic.tokens, arabic.sentences.length, ctx.masks) : null;
  for (let s = 0; s < arabic.sentences.length; s++) {
    if (marked !== null && marked[s] === 0) continue;
    const sentence = arabic.sentences[s] as Sentence;
    for (const j of judgements(
      arabic,
      sentence,
      ctx.units,
      cues,
      ctx.evaluations,
      ctx.found.mentions,
      ctx.entityLexicon,
      ctx.masks,
    )) {
      const actor = j.actor.parties.filter((p) => p.country !== null);
      const recipient = j.recipient.flatMap((u) => u.parties).filter((p) => p.country !== null);
      const states = countriesOf([...actor, ...recipient]);
      const told = [...ctx.events, ...out].some(
        (e) =>
          e.evidence.start === sentence.start &&
          e.type === j.evaluation.type &&
          countriesOf([...e.actor, ...e.recipient]) === states,
      );
      if (told) continue;
      const span = clauseOf(arabic.tokens, sentence, j.frame, j.frame + 1, cues, ctx.masks);
      const hit = {
        trigger: {
          type: j.evaluation.type,
          mode: j.evaluation.mode,
          context: ["diplomatic"],
          pos: "verb" as const,
          frame: [],
          channel: "" as const,
          needs: [],
          reach: 0,
          unless: [],
        },
        first: j.frame,
        end: j.frame + 1,
        prefix: (arabic.tokens[j.frame] as Token).bare[0]?.prefix ?? "",
      };
      const pol = polarity(
        arabic.tokens,
        hit,
        { clauseStart: Math.max(sentence.firstToken, span.start - 1), sentenceStart: sentence.firstToken },
        cues,
      );
      // قال يوم الأحد إن …: the saying is the act, so a date of the speech clause dates it.
      const said: ClauseSpan | null =
        j.speech === null
          ? null
          : {
              reported: sentence.firstToken,
              speakerActs: false,
              start: sentence.firstToken,
              end: j.reported,
            };
      // The speech's clause first, then the judgement's; a date either fixes before one neither does.
      const inSaid = said ? governingDate(arabic, said, j.speech as number, cues) : null;
      const inSpan = governingDate(arabic, span, j.at, cues);
      const date = [inSaid, inSpan].find((d) => d?.value) ?? inSaid ?? inSpan;
      const speaker = speakerOf(arabic.tokens, sentence, span.reported, ctx.found, cues);
      // An accusation's future is the accusation, made now (event-types.tsv, as for any trigger).
      const { type, modality, negated } = coded(j.evaluation.type, pol, ctx.types);
      const { cameo, quad, intensity } = score(ctx.plover, type, j.evaluation.mode);
      out.push({
        id: `e${out.length + 1}`,
        type,
        mode: j.evaluation.mode,
        context: ["diplomatic"],
        actor,
        recipient,
        ...dateFields(date, ctx.published),
        location: null,
        negated,
        modality,
        mechanism: null,
        source: speaker?.entity ?? null,
        evidence: sentenceEvidence(arabic, sentence),
        cameo,
        quad,
        intensity,
      });
    }
  }
  return out;
}

// The options of the event stage (index.ts), with the sink that is told what became of every trigger
// form. Split from index.ts so that the modules the stage wires (document-passes.ts) read them too.
import type { PhraseIndex } from "../arabic/phrases.ts";
import type { EntityLexicon } from "../entities/lexicon.ts";
import type { Event, Party } from "../pipeline/types.ts";
import type { BackReferences } from "./back-references.ts";
import type { EventCues } from "./cues.ts";
import type { Evaluations } from "./evaluation-lexicon.ts";
import type { PloverTable } from "./plover.ts";
import type { Trigger, TriggerHit } from "./triggers.ts";
import type { TypeTable } from "./types.ts";

export interface EventsOptions {
  triggers: PhraseIndex<Trigger>;
  cues: EventCues;
  plover: PloverTable;
  types: TypeTable;
  entityLexicon: EntityLexicon;
  /** Evaluative accusations (`اعتبر … انتهاكا`); none are read without it. */
  evaluations?: Evaluations;
  /** lexicons/back-references.tsv compiled: `الدول الأربع`، `ولي العهد` resolved within the document. */
  backReferences?: BackReferences;
  published: string | null;
  /** The hour (UTC) the page was put out, when its header gives one (`newsDayBefore`). */
  publishedHour?: number | null;
  /** Told what became of every trigger form (scripts/trigger-losses.ts); the pipeline passes none. */
  explain?: LossSink;
}

/** Where each trigger form found in a document ends: an event, or the reason it gives none. */
export interface LossSink {
  /** A form that yields no hit: its row's constraint failed, it lies in a name, it is another's object. */
  skipped(first: number, end: number, reason: string): void;
  /** A hit read through: `event` (`made`), or the reason it was dropped, with the parties found then. */
  hit(
    hit: TriggerHit,
    reason: string,
    actor: readonly Party[],
    recipient: readonly Party[],
    made?: Event,
  ): void;
}

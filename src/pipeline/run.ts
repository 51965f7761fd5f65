// The only place that knows the order of the stages: acquire → clean → arabic → entities → events.
import * as crypto from "node:crypto";
import { compileCalendar } from "../arabic/dates.ts";
import { WordReader } from "../arabic/clitics.ts";
import { analyzeArabic } from "../arabic/index.ts";
import { keyOf } from "../arabic/normalize.ts";
import { cleanDocument, compileCleanOptions } from "../clean/index.ts";
import { publishedUtc } from "../clean/metadata.ts";
import { findEntities } from "../entities/index.ts";
import { compileEntityLexicon } from "../entities/lexicon.ts";
import { compileCues } from "../events/cues.ts";
import { compileBackReferences } from "../events/back-references.ts";
import { compileEvaluations } from "../events/evaluations.ts";
import { findEvents } from "../events/index.ts";
import { compilePlover } from "../events/plover.ts";
import { attributeQuotes } from "../events/quotes.ts";
import { compileTriggers } from "../events/triggers.ts";
import { compileTypeRules } from "../events/types.ts";
import { cue, type Lexicons, loadLexicons } from "./lexicons.ts";
import type { Analysis, Entity, RawDocument } from "./types.ts";

export interface PipelineOptions {
  /** Folder of the TSV lexicons; the repository's `lexicons/` by default. */
  lexiconDir?: string;
  /** Longest first line, in words, still taken for a headline. */
  maxTitleWords?: number;
}

/** The per-document stages after acquire, as `rasd bench` reports their share of time. */
export const STAGES = ["clean", "arabic", "entities", "events"] as const;
export type Stage = (typeof STAGES)[number];
/** Milliseconds spent in each stage, added to by every analysed document. */
export type StageTimes = Record<Stage, number>;

export function noStageTimes(): StageTimes {
  return { clean: 0, arabic: 0, entities: 0, events: 0 };
}

export interface Analysed {
  analysis: Analysis;
  /** ISO 639-1 code of the body's language, as `clean` found it (`ar`, `en`, `und`). */
  language: string;
}

export interface Pipeline {
  analyze(raw: RawDocument): Analysis;
  /** `analyze`, plus the body's language; adds each stage's time to `times` when given. */
  analyzeDocument(raw: RawDocument, times?: StageTimes): Analysed;
}

/** Adds the time since `since` to `stage` and returns now (a no-op without `times`). */
function lap(times: StageTimes | undefined, stage: Stage, since: number): number {
  if (!times) return 0;
  const now = performance.now();
  times[stage] += now - since;
  return now;
}

/** Every lexicon loaded and compiled into the options of the per-document stages. */
export interface CompiledStages {
  lex: Lexicons;
  clean: ReturnType<typeof compileCleanOptions>;
  arabic: { proclitics: string[]; calendar: ReturnType<typeof compileCalendar>; reader: WordReader };
  entityLexicon: ReturnType<typeof compileEntityLexicon>;
  /** The options of `findEvents` but the publication date, which is the document's. */
  events: {
    triggers: ReturnType<typeof compileTriggers>;
    cues: ReturnType<typeof compileCues>;
    plover: ReturnType<typeof compilePlover>;
    types: ReturnType<typeof compileTypeRules>;
    entityLexicon: ReturnType<typeof compileEntityLexicon>;
    evaluations: ReturnType<typeof compileEvaluations>;
    backReferences: ReturnType<typeof compileBackReferences>;
  };
}

/** Loads and compiles every lexicon once, for the pipeline and for scripts that run the stages one by one. */
export function compileStages(options: PipelineOptions = {}): CompiledStages {
  const lex: Lexicons = loadLexicons(options.lexiconDir);
  const proclitics = cue(lex, "proclitic").map(keyOf);
  const entityLexicon = compileEntityLexicon(lex);
  return {
    lex,
    clean: compileCleanOptions(lex, options),
    // One reader for every document: news repeats its words, each is segmented and stemmed once.
    arabic: { proclitics, calendar: compileCalendar(lex.calendar), reader: new WordReader({ proclitics }) },
    entityLexicon,
    events: {
      triggers: compileTriggers(lex.triggers),
      cues: compileCues(lex),
      plover: compilePlover(lex.plover),
      types: compileTypeRules(lex.eventTypes),
      entityLexicon,
      evaluations: compileEvaluations(lex.evaluations),
      backReferences: compileBackReferences(lex.backReferences),
    },
  };
}

/** Loads and compiles every lexicon once; the returned pipeline analyses one document per call. */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const { clean, arabic, entityLexicon, events: eventOptions } = compileStages(options);
  const { cues } = eventOptions;
  // One options object for every document, its publication date set per document: made by spread
  // for each (`{ ...eventOptions, published }`) it cost µs in analyzeDocument, which runs once per
  // document and is optimised late. findEvents reads it during its call only.
  const eventsOptions: CompiledStages["events"] & { published: string | null; publishedHour: number | null } =
    {
      ...eventOptions,
      published: null,
      publishedHour: null,
    };

  const pipeline: Pipeline = {
    analyze: (raw) => pipeline.analyzeDocument(raw).analysis,
    analyzeDocument(raw: RawDocument, times?: StageTimes): Analysed {
      let t = times ? performance.now() : 0;
      const doc = cleanDocument(raw, clean);
      t = lap(times, "clean", t);
      const text = analyzeArabic(doc.text, doc.published, arabic);
      t = lap(times, "arabic", t);
      const found = findEntities(text, { lexicon: entityLexicon, published: doc.published });
      t = lap(times, "entities", t);
      eventsOptions.published = doc.published;
      // The page's hour (UTC), when the header's time is of the day the document is dated by.
      const utc = publishedUtc(raw.meta.published);
      eventsOptions.publishedHour = utc !== null && utc.day === doc.published ? utc.hour : null;
      const events = findEvents(text, found, eventsOptions);
      const cited = citedOutlets(doc.cited, found.entities, doc.outlet);
      const analysis: Analysis = {
        schema: "rasd.analysis/1",
        document: {
          id: documentId(doc.text),
          uri: doc.uri,
          title: doc.title,
          published: doc.published,
          outlet: doc.outlet,
          cited,
          keywords: doc.keywords,
          text: doc.text,
          appended: doc.appended,
        },
        entities: found.entities,
        events,
        quotes: attributeQuotes(text, found, cues),
      };
      lap(times, "events", t);
      return { analysis, language: doc.language };
    },
  };
  return pipeline;
}

/**
 * The outlets the text cites (`findCited`), then the media it names but its own outlet, each once.
 * A loop, not spreads of a Set, a filter and a map: this runs once per document, too rarely for V8
 * to optimise it early.
 */
function citedOutlets(
  cited: readonly string[],
  entities: readonly Entity[],
  outlet: string | null,
): string[] {
  const outletKey = outlet ? keyOf(outlet) : "";
  const names = new Set(cited);
  for (const e of entities) if (e.type === "MEDIA" && keyOf(e.name) !== outletKey) names.add(e.name);
  return [...names];
}

/** Stable id: a hash of the cleaned main text, so the same article always gets the same id. */
export function documentId(text: string): string {
  const nfc = text.normalize("NFC");
  // One-shot hashing (Node ≥ 20.12) makes no Hash object per document.
  return (
    oneShotHash ? oneShotHash("sha256", nfc, "hex") : crypto.createHash("sha256").update(nfc).digest("hex")
  ).slice(0, 16);
}

/** `crypto.hash`, where this Node has it. */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;

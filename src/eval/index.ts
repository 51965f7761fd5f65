// `rasd eval`: runs the pipeline on every gold article and scores it.
import { readDocuments } from "../acquire/file.ts";
import type { Pipeline } from "../pipeline/run.ts";
import { addBreakdown, type Breakdown, emptyBreakdown, type Rate } from "./breakdown.ts";
import { type GoldLocations, listGoldFiles, loadGold } from "./gold.ts";
import {
  addTally,
  type Detail,
  emptyTally,
  MEASURES,
  type Measure,
  prf,
  scoreOne,
  type Tally,
} from "./score.ts";

export interface EvalReport {
  files: number;
  skipped: string[];
  measures: Record<
    Measure,
    { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
  >;
  /** Matched events whose gold gives a modality or negation: both right (the original measure). */
  modality: { right: number; total: number; accuracy: number };
  /** Mentions by entity type; events by event type (with and without date). */
  byType: {
    mentions: Record<string, Scored>;
    events: Record<string, Scored>;
    events_undated: Record<string, Scored>;
  };
  /** Accuracy of country, sector and role on matched mentions whose gold gives them. */
  attributes: Record<string, Rate & { accuracy: number }>;
  /** Accuracy of modality and of negation on every event matched on type + parties. */
  polarity: Record<string, Rate & { accuracy: number }>;
  perFile: Array<{ file: string; details: Detail[] }>;
}

export type Scored = { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };

const scored = (r: Record<string, Tally[Measure]>): Record<string, Scored> =>
  Object.fromEntries(
    Object.keys(r)
      .sort()
      .map((k) => [k, { ...(r[k] as Tally[Measure]), ...prf(r[k] as Tally[Measure]) }]),
  );

const rated = (r: Record<string, Rate>): Record<string, Rate & { accuracy: number }> =>
  Object.fromEntries(
    Object.entries(r).map(([k, v]) => [k, { ...v, accuracy: v.total ? v.right / v.total : 1 }]),
  );

export function runEval(pipeline: Pipeline, goldDir: string, where: GoldLocations): EvalReport {
  const total: Tally = emptyTally();
  const skipped: string[] = [];
  const perFile: EvalReport["perFile"] = [];
  const modality = { right: 0, total: 0 };
  const breakdown: Breakdown = emptyBreakdown();
  let files = 0;
  for (const path of listGoldFiles(goldDir)) {
    const g = loadGold(path, where);
    if (g.inputPath === null) {
      skipped.push(`${path}: ${g.gold.input} is not here (../shared absent)`);
      continue;
    }
    const docs = readDocuments(g.inputPath);
    const analysis = pipeline.analyze(docs[0] as (typeof docs)[number]);
    const r = scoreOne(analysis, g.gold);
    addTally(total, r.tally);
    modality.right += r.modality.right;
    modality.total += r.modality.total;
    addBreakdown(breakdown, r.breakdown);
    perFile.push({ file: path, details: r.details });
    files++;
  }
  const measures = Object.fromEntries(
    MEASURES.map((m) => [m, { ...total[m], ...prf(total[m]) }]),
  ) as EvalReport["measures"];
  return {
    files,
    skipped,
    measures,
    modality: { ...modality, accuracy: modality.total ? modality.right / modality.total : 1 },
    byType: {
      mentions: scored(breakdown.mentions),
      events: scored(breakdown.events),
      events_undated: scored(breakdown.eventsUndated),
    },
    attributes: rated(breakdown.attributes),
    polarity: rated(breakdown.polarity),
    perFile,
  };
}

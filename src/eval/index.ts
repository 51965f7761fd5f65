// `rasd eval`: runs the pipeline on every gold article and scores it.
import { readDocuments } from "../acquire/file.ts";
import type { Pipeline } from "../pipeline/run.ts";
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
  modality: { right: number; total: number; accuracy: number };
  perFile: Array<{ file: string; details: Detail[] }>;
}

export function runEval(pipeline: Pipeline, goldDir: string, where: GoldLocations): EvalReport {
  const total: Tally = emptyTally();
  const skipped: string[] = [];
  const perFile: EvalReport["perFile"] = [];
  const modality = { right: 0, total: 0 };
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
    perFile,
  };
}

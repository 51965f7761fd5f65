// `rasd eval --gold DIR`: precision, recall and F1 against hand annotations.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { type EvalReport, runEval, type Scored } from "../../eval/index.ts";
import { MEASURES } from "../../eval/score.ts";
import { createPipeline } from "../../pipeline/run.ts";
import { table } from "../format.ts";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

export function registerEval(program: Command): void {
  program
    .command("eval")
    .description("score the pipeline against gold annotations (docs/gold-format.md)")
    .option("--gold <dir>", "folder of gold JSON files", resolve(REPO_ROOT, "test/gold"))
    .option("--shared <dir>", "where `shared:` inputs live", resolve(REPO_ROOT, "..", "shared"))
    .option("--json", "print the report as JSON")
    .option("--details", "list every false positive and false negative")
    .option("--by-type", "scores by entity type and event type, attribute and polarity accuracy")
    .action((opts: { gold: string; shared: string; json?: boolean; details?: boolean; byType?: boolean }) => {
      const report = runEval(createPipeline(), opts.gold, { root: REPO_ROOT, shared: opts.shared });
      if (opts.json) {
        process.stdout.write(
          `${JSON.stringify(opts.details ? report : { ...report, perFile: undefined }, null, 2)}\n`,
        );
        return;
      }
      for (const s of report.skipped) process.stderr.write(`skipped ${s}\n`);
      const rows = MEASURES.map((m) => {
        const r = report.measures[m];
        return {
          measure: m,
          tp: r.tp,
          fp: r.fp,
          fn: r.fn,
          precision: r.precision.toFixed(3),
          recall: r.recall.toFixed(3),
          f1: r.f1.toFixed(3),
        };
      });
      process.stdout.write(`${report.files} gold articles\n\n`);
      process.stdout.write(table(rows, ["measure", "tp", "fp", "fn", "precision", "recall", "f1"]));
      const { modality } = report;
      process.stdout.write(
        modality.total === 0
          ? "\nmodality accuracy: none to score (no matched gold event is marked not asserted or negated)\n"
          : `\nmodality accuracy: ${modality.accuracy.toFixed(3)} (${modality.right}/${modality.total})\n`,
      );
      if (opts.byType) process.stdout.write(byTypeTables(report));
      if (opts.details) {
        for (const f of report.perFile) {
          if (f.details.length === 0) continue;
          process.stdout.write(`\n${f.file}\n`);
          for (const d of f.details)
            process.stdout.write(`  ${d.kind.toUpperCase()} ${d.measure}: ${d.what}\n`);
        }
      }
    });
}

const fixed = (x: number) => x.toFixed(3);

/** Per-type tables: mentions by entity type, events by event type with and without date, accuracies. */
export function byTypeTables(report: EvalReport): string {
  const prfRows = (r: Record<string, Scored>, label: string) =>
    Object.entries(r).map(([k, v]) => ({
      [label]: k,
      tp: v.tp,
      fp: v.fp,
      fn: v.fn,
      precision: fixed(v.precision),
      recall: fixed(v.recall),
      f1: fixed(v.f1),
    }));
  const cols = (label: string) => [label, "tp", "fp", "fn", "precision", "recall", "f1"];
  const rates = (r: EvalReport["attributes"], label: string) =>
    Object.entries(r).map(([k, v]) => ({
      [label]: k,
      right: v.right,
      total: v.total,
      accuracy: fixed(v.accuracy),
    }));
  return [
    "\nMentions by entity type\n",
    table(prfRows(report.byType.mentions, "type"), cols("type")),
    "\nAttributes of matched mentions\n",
    table(rates(report.attributes, "attribute"), ["attribute", "right", "total", "accuracy"]),
    "\nEvents by type (type + parties + date)\n",
    table(prfRows(report.byType.events, "type"), cols("type")),
    "\nEvents by type (type + parties)\n",
    table(prfRows(report.byType.events_undated, "type"), cols("type")),
    "\nPolarity of events matched on type + parties\n",
    table(rates(report.polarity, "field"), ["field", "right", "total", "accuracy"]),
  ].join("");
}

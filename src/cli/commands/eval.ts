// `rasd eval --gold DIR`: precision, recall and F1 against hand annotations.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { runEval } from "../../eval/index.ts";
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
    .action((opts: { gold: string; shared: string; json?: boolean; details?: boolean }) => {
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
      process.stdout.write(
        `\nmodality accuracy: ${report.modality.accuracy.toFixed(3)} (${report.modality.right}/${report.modality.total})\n`,
      );
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

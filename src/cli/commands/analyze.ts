// `rasd analyze FILE`: one article in, one rasd.analysis/1 object out.
import type { Command } from "commander";
import { documentsFromBytes, readDocuments } from "../../acquire/file.ts";
import { InputError } from "../../pipeline/errors.ts";
import { createPipeline } from "../../pipeline/run.ts";
import { analysisSchema } from "../../pipeline/schema.ts";
import { formatAnalysis } from "../format.ts";
import { readStdin } from "../io.ts";

export function registerAnalyze(program: Command): void {
  program
    .command("analyze")
    .description("analyse one article and print its entities and events")
    .argument("<file>", "an article file (text or TREC XML), or - for standard input")
    .option("--json", "print the rasd.analysis/1 JSON object")
    .action(async (file: string, opts: { json?: boolean }) => {
      const raws = file === "-" ? documentsFromBytes(await readStdin(), "-") : readDocuments(file);
      if (raws.length !== 1)
        throw new InputError(
          file,
          `holds ${raws.length} documents; analyze takes one (use \`rasd ingest\` for many)`,
        );
      const analysis = createPipeline().analyze(raws[0] as (typeof raws)[number]);
      const checked = analysisSchema.safeParse(analysis);
      if (!checked.success)
        throw new Error(`internal error: output fails rasd.analysis/1: ${checked.error.message}`);
      process.stdout.write(opts.json ? `${JSON.stringify(analysis, null, 2)}\n` : formatAnalysis(analysis));
    });
}

// `rasd ingest PATH…`: analyse articles and store them; bad inputs are skipped and reported.
import type { Command } from "commander";
import { listInputs, readDocuments } from "../../acquire/file.ts";
import { InputError } from "../../pipeline/errors.ts";
import { createPipeline, type Pipeline } from "../../pipeline/run.ts";
import { type Db, openDb, resolveDbSpec } from "../../store/db.ts";
import { storeAnalysis } from "../../store/queries.ts";

export interface IngestSummary {
  files: number;
  added: number;
  unchanged: number;
  skipped: Array<{ input: string; problem: string }>;
}

export async function ingestPaths(
  db: Db,
  pipeline: Pipeline,
  paths: readonly string[],
): Promise<IngestSummary> {
  const summary: IngestSummary = { files: 0, added: 0, unchanged: 0, skipped: [] };
  const skip = (e: unknown, input: string) => {
    if (!(e instanceof InputError)) throw e;
    summary.skipped.push({ input: e.input ?? input, problem: e.problem });
  };
  for (const path of paths) {
    let files: string[];
    try {
      files = listInputs(path);
    } catch (e) {
      skip(e, path);
      continue;
    }
    for (const file of files) {
      summary.files++;
      try {
        for (const raw of readDocuments(file)) {
          if (await storeAnalysis(db, pipeline.analyze(raw))) summary.added++;
          else summary.unchanged++;
        }
      } catch (e) {
        skip(e, file);
      }
    }
  }
  return summary;
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("analyse articles (files or folders) and store them in the database")
    .argument("<paths...>", "article files or folders (read recursively)")
    .option(
      "--db <dir|url>",
      "PGlite data directory or postgres:// URL (default: $DATABASE_URL or ./rasd-data)",
    )
    .action(async (paths: string[], opts: { db?: string }) => {
      const db = await openDb(resolveDbSpec(opts.db));
      try {
        const s = await ingestPaths(db, createPipeline(), paths);
        for (const k of s.skipped) process.stderr.write(`rasd: skipped ${k.input}: ${k.problem}\n`);
        process.stdout.write(
          `ingested ${s.files} file(s) into ${db.location}: ${s.added} added, ${s.unchanged} already stored, ${s.skipped.length} skipped\n`,
        );
        if (s.skipped.length > 0) process.exitCode = 1;
      } finally {
        await db.close();
      }
    });
}

// `rasd ingest INPUT…`: analyse articles (files, folders, `-`, URLs, feeds) and store them.
// Inputs stream in: the per-document stages run in worker threads (`--jobs`), and one writer
// stores documents in small batches. Bad inputs are skipped with one line each; near-duplicates
// and non-Arabic documents are stored flagged.
import { type Command, Option } from "commander";
import { DEFAULT_DUPLICATES } from "../../link/duplicates.ts";
import { UsageError } from "../../pipeline/errors.ts";
import { createPool, defaultJobs } from "../../pipeline/pool.ts";
import { closeOpened, openDb, resolveDbSpec } from "../../store/db.ts";
import { cloneableAcquire, DEFAULT_BATCH_SIZE, ingest } from "../../store/ingest.ts";
import { type AcquireFlags, acquireOptionsFrom, addAcquireOptions } from "../acquire-options.ts";
import { Progress } from "../progress.ts";
import { DB_OPTION } from "../db-option.ts";

function thresholdOf(s: string): number {
  const n = Number(s);
  if (!(n > 0 && n <= 1))
    throw new UsageError(`--near-duplicate must be a Jaccard similarity in (0, 1], got ${s}`);
  return n;
}

export function jobsOf(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0 || n > 256)
    throw new UsageError(`--jobs must be a whole number of worker threads from 0 to 256, got ${s}`);
  return n;
}

function batchSizeOf(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1 || n > 10_000)
    throw new UsageError(`--batch-size must be a whole number of documents from 1 to 10000, got ${s}`);
  return n;
}

export function registerIngest(program: Command): void {
  const cmd = program
    .command("ingest")
    .description("analyse articles (files, folders, -, URLs, RSS/Atom feeds) and store them in the database")
    .argument(
      "<inputs...>",
      "article files or folders (read recursively), - for standard input, http(s) URLs",
    )
    .option(...DB_OPTION)
    .addOption(
      new Option(
        "--near-duplicate <jaccard>",
        "estimated Jaccard similarity from which a document is a near-duplicate",
      ).default("0.8"),
    )
    .addOption(
      new Option("--jobs <n>", "analysis worker threads (0: analyse in the main thread)").default(
        String(defaultJobs()),
        "the cores but one",
      ),
    )
    .addOption(
      new Option(
        "--batch-size <n>",
        "documents per transaction (each document is stored whole or not at all)",
      ).default(String(DEFAULT_BATCH_SIZE)),
    )
    .option("--no-progress", "no progress bar (it is shown only on a terminal anyway)");
  addAcquireOptions(cmd).action(
    async (
      inputs: string[],
      opts: AcquireFlags & {
        db?: string;
        nearDuplicate: string;
        jobs: string;
        batchSize: string;
        progress: boolean;
      },
    ) => {
      const duplicates = { ...DEFAULT_DUPLICATES, threshold: thresholdOf(opts.nearDuplicate) };
      const jobs = jobsOf(opts.jobs);
      const batchSize = batchSizeOf(opts.batchSize);
      const acquire = acquireOptionsFrom(opts);
      // Workers load their lexicons, then analyse, while the database opens; `ingest` waits for
      // it before its first batch and throws its error if it cannot be opened.
      const starting = createPool({ jobs, acquire: cloneableAcquire(acquire) });
      const opening = openDb(resolveDbSpec(opts.db));
      opening.catch(() => undefined); // handled by `ingest`, or below if the workers fail to start
      const pool = await starting.catch(async (e: unknown) => {
        await closeOpened(opening);
        throw e;
      });
      const progress = opts.progress && process.stderr.isTTY ? new Progress() : undefined;
      try {
        const s = await ingest(opening, inputs, { acquire, duplicates, pool, progress, batchSize });
        const db = await opening;
        progress?.stop();
        for (const k of s.skipped) process.stderr.write(`rasd: skipped ${k.input}: ${k.problem}\n`);
        const flagged = [
          s.nearDuplicates > 0 ? `${s.nearDuplicates} near-duplicate(s)` : "",
          s.notArabic > 0 ? `${s.notArabic} not in Arabic` : "",
        ].filter(Boolean);
        process.stdout.write(
          `ingested ${s.files} file(s) into ${db.location}: ${s.added} added, ${s.unchanged} already stored, ${s.skipped.length} skipped${flagged.length ? `; of those added, ${flagged.join(" and ")}` : ""}\n`,
        );
        if (s.skipped.length > 0) process.exitCode = 1;
      } finally {
        progress?.stop();
        await pool.close();
        await closeOpened(opening);
      }
    },
  );
}

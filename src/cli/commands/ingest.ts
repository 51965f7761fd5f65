// `rasd ingest INPUT…`: analyse articles (files, folders, `-`, URLs, feeds) and store them.
// Inputs stream in: a 10,000-item feed is analysed and stored item by item. Bad inputs are
// skipped with one line each; near-duplicates and non-Arabic documents are stored flagged.
import { type Command, Option } from "commander";
import { type AcquireOptions, acquire } from "../../acquire/index.ts";
import { detectLanguage, type LanguageProfile, loadLanguages } from "../../clean/language.ts";
import { DEFAULT_DUPLICATES, type DuplicateOptions, recordDuplicates } from "../../link/duplicates.ts";
import { createLinker, type Linker } from "../../link/index.ts";
import { InputError, UsageError } from "../../pipeline/errors.ts";
import { createPipeline, type Pipeline } from "../../pipeline/run.ts";
import type { Analysis, RawDocument } from "../../pipeline/types.ts";
import { type Db, openDb, resolveDbSpec } from "../../store/db.ts";
import { storeAnalysis } from "../../store/queries.ts";
import { type AcquireFlags, acquireOptionsFrom, addAcquireOptions } from "../acquire-options.ts";
import { Progress } from "../progress.ts";

export interface IngestSummary {
  /** Inputs read: files, URLs, stdin. */
  files: number;
  added: number;
  unchanged: number;
  /** Added documents whose text is a near-duplicate of a stored one. */
  nearDuplicates: number;
  /** Added documents not in Arabic, stored flagged and not analysed. */
  notArabic: number;
  skipped: Array<{ input: string; problem: string }>;
}

export interface IngestOptions {
  acquire?: Partial<AcquireOptions>;
  duplicates?: DuplicateOptions;
  languages?: readonly LanguageProfile[];
  link?: Linker;
  progress?: Progress;
}

/** What is stored for a document that is not Arabic: its text and metadata, no entities or events. */
function unanalysed(a: Analysis): Analysis {
  return { ...a, entities: [], events: [], quotes: [] };
}

export async function ingestPaths(
  db: Db,
  pipeline: Pipeline,
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = {
    files: 0,
    added: 0,
    unchanged: 0,
    nearDuplicates: 0,
    notArabic: 0,
    skipped: [],
  };
  const languages = options.languages ?? loadLanguages();
  const duplicates = options.duplicates ?? DEFAULT_DUPLICATES;
  const link = options.link ?? createLinker();
  const progress = options.progress;
  for await (const item of acquire(paths, options.acquire)) {
    if (item.kind === "input") {
      summary.files++;
      progress?.input(item.input);
      continue;
    }
    if (item.kind === "error") {
      summary.skipped.push({ input: item.input, problem: item.problem });
      progress?.tick(summary);
      continue;
    }
    try {
      await store(db, pipeline, item.doc, { languages, duplicates, link }, summary);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      const problem = e instanceof InputError ? e.problem : `could not be analysed (${(e as Error).message})`;
      summary.skipped.push({ input: item.doc.uri ?? item.input, problem });
    }
    progress?.tick(summary);
  }
  return summary;
}

async function store(
  db: Db,
  pipeline: Pipeline,
  raw: RawDocument,
  options: { languages: readonly LanguageProfile[]; duplicates: DuplicateOptions; link: Linker },
  summary: IngestSummary,
): Promise<void> {
  const analysis = pipeline.analyze(raw);
  const d = analysis.document;
  const language = detectLanguage(d.text, options.languages, raw.meta.lang);
  let near = false;
  const added = await storeAnalysis(db, language === "ar" ? analysis : unanalysed(analysis), {
    language,
    link: options.link,
    afterInsert: async (tx) => {
      const parts = [d.text, ...d.appended.map((x) => x.text)];
      near = (await recordDuplicates(tx, d.id, parts, options.duplicates)).some((m) => m.part === 0);
    },
  });
  if (!added) {
    summary.unchanged++;
    return;
  }
  summary.added++;
  if (near) summary.nearDuplicates++;
  if (language !== "ar") summary.notArabic++;
}

function thresholdOf(s: string): number {
  const n = Number(s);
  if (!(n > 0 && n <= 1))
    throw new UsageError(`--near-duplicate must be a Jaccard similarity in (0, 1], got ${s}`);
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
    .option(
      "--db <dir|url>",
      "PGlite data directory or postgres:// URL (default: $DATABASE_URL or ./rasd-data)",
    )
    .addOption(
      new Option(
        "--near-duplicate <jaccard>",
        "estimated Jaccard similarity from which a document is a near-duplicate",
      ).default("0.8"),
    )
    .option("--no-progress", "no progress bar (it is shown only on a terminal anyway)");
  addAcquireOptions(cmd).action(
    async (
      inputs: string[],
      opts: AcquireFlags & { db?: string; nearDuplicate: string; progress: boolean },
    ) => {
      const acquireOptions = acquireOptionsFrom(opts);
      const duplicates = { ...DEFAULT_DUPLICATES, threshold: thresholdOf(opts.nearDuplicate) };
      const db = await openDb(resolveDbSpec(opts.db));
      const progress = opts.progress && process.stderr.isTTY ? new Progress() : undefined;
      try {
        const s = await ingestPaths(db, createPipeline(), inputs, {
          acquire: acquireOptions,
          duplicates,
          progress,
        });
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
        await db.close();
      }
    },
  );
}

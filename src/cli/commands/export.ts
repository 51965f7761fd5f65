// `rasd export`: every stored event (filtered like the events page) as PLOVER JSON Lines, CSV or JSON.
import { createWriteStream } from "node:fs";
import { type Command, Option } from "commander";
import { UsageError } from "../../pipeline/errors.ts";
import { eventFilterOf, exportPages } from "../../serve/api.ts";
import { type ExportFormat, writeExport } from "../../serve/export.ts";
import { describeIssues, QUERIES } from "../../serve/params.ts";
import { openDb, resolveDbSpec } from "../../store/db.ts";
import { DB_OPTION } from "../db-option.ts";

interface ExportOptions {
  db?: string;
  format: ExportFormat;
  out?: string;
  actor?: string;
  recipient?: string;
  country?: string;
  type?: string;
  from?: string;
  to?: string;
  text?: string;
  mechanism?: string;
}

function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> | void {
  if (stream.write(chunk)) return;
  return new Promise((resolve) => stream.once("drain", () => resolve()));
}

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("export stored events as PLOVER JSON Lines, CSV (for R and pandas) or JSON")
    .option(...DB_OPTION)
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["plover-jsonl", "csv", "json"])
        .default("plover-jsonl"),
    )
    .option("--out <file>", "write to this file instead of standard output")
    .option("--actor <iso3>", "only events with this country among the actors")
    .option("--recipient <iso3>", "only events with this country among the recipients")
    .option("--country <iso3>", "only events with this country on either side")
    .option("--type <type>", "only this PLOVER event type (CONSULT, AGREE …)")
    .option("--from <date>", "only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <date>", "only events on or before this date")
    .option("--text <words>", "only events whose evidence sentence holds these words")
    .option("--mechanism <channel>", "only events about this channel (its id or name)")
    .action(async (opts: ExportOptions) => {
      const { db: dbSpec, out, ...rest } = opts;
      const given = Object.fromEntries(
        Object.entries({ ...rest, type: rest.type?.toUpperCase() }).filter(([, v]) => v !== undefined),
      );
      const parsed = QUERIES.export.safeParse(given);
      if (!parsed.success)
        throw new UsageError(describeIssues(parsed.error).replace(/(^|; )(\w+):/gu, "$1--$2:"));
      const db = await openDb(resolveDbSpec(dbSpec));
      const stream: NodeJS.WritableStream = out ? createWriteStream(out) : process.stdout;
      try {
        const n = await writeExport(opts.format, exportPages(db, eventFilterOf(parsed.data)), (s) =>
          write(stream, s),
        );
        if (out) {
          await new Promise<void>((resolve) => stream.end(() => resolve()));
          process.stderr.write(`rasd: wrote ${n} event(s) to ${out}\n`);
        }
      } finally {
        await db.close();
      }
    });
}

// `rasd search "…"`: Arabic full-text search over stored articles, with outlet, date and entity
// filters; one line per article with the words around the match.
import { type Command, Option } from "commander";
import { UsageError } from "../../pipeline/errors.ts";
import { openDb, resolveDbSpec } from "../../store/db.ts";
import { searchDocuments } from "../../store/queries.ts";
import { FORMATS, type Format, render } from "../format.ts";
import { DB_OPTION } from "../db-option.ts";

interface SearchOptions {
  db?: string;
  format: Format;
  outlet?: string;
  from?: string;
  to?: string;
  entity?: string;
  limit: string;
}

/** A calendar date as the filters take it. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

function dateOf(flag: string, s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  if (!ISO_DATE.test(s) || Number.isNaN(Date.parse(s)))
    throw new UsageError(`${flag} must be a date written YYYY-MM-DD, got ${s}`);
  return s;
}

function limitOf(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--limit must be a positive whole number, got ${s}`);
  return n;
}

export function registerSearch(program: Command): void {
  program
    .command("search")
    .description(
      'full-text search over stored articles (Arabic spellings folded; "…" for a phrase, -word to exclude, or)',
    )
    .argument("<query>", "words to find")
    .option(...DB_OPTION)
    .option("--outlet <name>", "only articles of this outlet")
    .option("--from <date>", "only articles published on or after this date (YYYY-MM-DD)")
    .option("--to <date>", "only articles published on or before this date (YYYY-MM-DD)")
    .option("--entity <name>", "only articles that name this entity (Arabic in any spelling, or English)")
    .option("--limit <n>", "at most this many articles", "20")
    .addOption(new Option("--format <format>", "output format").choices(FORMATS as string[]).default("table"))
    .action(async (query: string, opts: SearchOptions) => {
      if (query.trim() === "") throw new UsageError('give search words, e.g. rasd search "وزير الدفاع"');
      const filter = {
        query,
        outlet: opts.outlet,
        from: dateOf("--from", opts.from),
        to: dateOf("--to", opts.to),
        entity: opts.entity,
        limit: limitOf(opts.limit),
      };
      const db = await openDb(resolveDbSpec(opts.db));
      try {
        const hits = await searchDocuments(db, filter);
        if (hits.length === 0 && opts.format === "table") {
          process.stderr.write(
            `rasd: no stored article matches ${JSON.stringify(query)}${opts.outlet || opts.from || opts.to || opts.entity ? " with these filters" : ""}\n`,
          );
          return;
        }
        const columns = ["published", "outlet", "title", "snippet", "id"];
        process.stdout.write(
          render(hits, opts.format === "table" ? columns : [...columns, "uri", "rank"], opts.format),
        );
      } finally {
        await db.close();
      }
    });
}

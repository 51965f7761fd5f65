// `rasd timeline A B`, `rasd channels`, `rasd stories`: what the link stage knows across documents.
import { type Command, Option } from "commander";
import { timeline } from "../../link/events.ts";
import { UsageError } from "../../pipeline/errors.ts";
import { openDb, resolveDbSpec } from "../../store/db.ts";
import { FORMATS, type Format } from "../format.ts";
import { renderEvents } from "./list.ts";

interface LinkFlags {
  db?: string;
  format: Format;
  type?: string;
  limit: string;
}

function common(cmd: Command): Command {
  return cmd
    .option(
      "--db <dir|url>",
      "PGlite data directory or postgres:// URL (default: $DATABASE_URL or ./rasd-data)",
    )
    .addOption(new Option("--format <format>", "output format").choices(FORMATS as string[]).default("table"))
    .option("--limit <n>", "at most this many rows", "200");
}

function limitOf(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--limit must be a positive whole number, got ${s}`);
  return n;
}

/** An ISO 3166-1 alpha-3 code or IGO (`USA`, `chn` → `CHN`). */
function countryOf(s: string): string {
  const c = s.toUpperCase();
  if (!/^[A-Z]{3}$/u.test(c))
    throw new UsageError(
      `"${s}" is not a country code: give ISO 3166-1 alpha-3 codes such as USA CHN (or IGO)`,
    );
  return c;
}

export function registerLink(program: Command): void {
  common(
    program
      .command("timeline")
      .description("the events between two countries in date order, with how many outlets reported each")
      .argument("<a>", "a country (ISO3, e.g. USA)")
      .argument("<b>", "the other country (ISO3, e.g. CHN)")
      .option("--type <type>", "only this event type (CONSULT, SANCTION …)"),
  ).action(async (a: string, b: string, opts: LinkFlags) => {
    const [ca, cb] = [countryOf(a), countryOf(b)];
    const db = await openDb(resolveDbSpec(opts.db));
    try {
      const rows = await timeline(db, {
        a: ca,
        b: cb,
        type: opts.type?.toUpperCase(),
        limit: limitOf(opts.limit),
      });
      process.stdout.write(renderEvents(rows, opts.format));
    } finally {
      await db.close();
    }
  });
}

// `rasd entities` and `rasd events`: read the store back as a table, JSON Lines or CSV.
import { type Command, Option } from "commander";
import { listCorpusEntities } from "../../link/entities.ts";
import { UsageError } from "../../pipeline/errors.ts";
import { openDb, resolveDbSpec } from "../../store/db.ts";
import { ALL_HAPPENINGS, type HappeningItem, listHappenings } from "../../store/browse-happenings.ts";
import { FORMATS, type Format, partiesText, render } from "../format.ts";
import { DB_OPTION } from "../db-option.ts";

interface ListOptions {
  db?: string;
  format: Format;
  type?: string;
  country?: string;
  limit: string;
}

/** The options every command that lists the store shares: where, in what format, how many. */
export function listingOptions(cmd: Command): Command {
  return cmd
    .option(...DB_OPTION)
    .addOption(new Option("--format <format>", "output format").choices(FORMATS as string[]).default("table"))
    .option("--limit <n>", "at most this many rows", "200");
}

function common(cmd: Command): Command {
  return listingOptions(cmd)
    .option("--type <type>", "only this entity or event type (PERSON, CONSULT …)")
    .option("--country <iso3>", "only entities of, or events involving, this country (ISO3)");
}

export function limitOf(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--limit must be a positive whole number, got ${s}`);
  return n;
}

export function registerList(program: Command): void {
  common(program.command("entities").description("list stored entities with their spelling variants")).action(
    async (opts: ListOptions) => {
      const db = await openDb(resolveDbSpec(opts.db));
      try {
        const rows = await listCorpusEntities(db, {
          type: opts.type?.toUpperCase(),
          country: opts.country?.toUpperCase(),
          limit: limitOf(opts.limit),
        });
        const out =
          opts.format === "table" ? rows.map((r) => ({ ...r, variants: r.variants.join("، ") })) : rows;
        process.stdout.write(
          render(
            out,
            ["type", "name", "name_en", "country", "sector", "variants", "documents", "mentions"],
            opts.format,
          ),
        );
      } finally {
        await db.close();
      }
    },
  );
  common(
    program
      .command("events")
      .description("list corpus events (one per happening, however many articles report it) in date order"),
  ).action(async (opts: ListOptions) => {
    const db = await openDb(resolveDbSpec(opts.db));
    try {
      const rows = await listHappenings(
        db,
        {
          ...ALL_HAPPENINGS,
          type: opts.type?.toUpperCase() ?? null,
          country: opts.country?.toUpperCase() ?? null,
        },
        { limit: limitOf(opts.limit), offset: 0 },
      );
      process.stdout.write(renderEvents(rows.items, opts.format));
    } finally {
      await db.close();
    }
  });
}

/**
 * Happenings as records for JSON (the API's items: the event, its sources and every report), or one
 * flat row each for a table or CSV.
 */
export function renderEvents(rows: readonly HappeningItem[], format: Format): string {
  if (format === "jsonl" || format === "json")
    return render(rows as unknown as Record<string, unknown>[], [], format);
  const flat = rows.map(({ event: e, ...h }) => ({
    // A blank cell in a table reads as a rendering fault; CSV keeps it empty for machines.
    date: e.date ?? (format === "table" ? "undated" : null),
    type: e.type,
    mode: e.mode,
    actor: partiesText(e.actor),
    recipient: partiesText(e.recipient),
    modality: e.negated ? `negated ${e.modality}` : e.modality,
    sources: h.sources,
    documents: h.documents,
    evidence: e.evidence.text,
    id: h.happening,
  }));
  return render(
    flat,
    ["date", "type", "mode", "actor", "recipient", "modality", "sources", "documents", "evidence", "id"],
    format,
  );
}

// `rasd timeline A B`, `rasd channels`, `rasd stories`: what the link stage knows across documents.
import { type Command, Option } from "commander";
import { type ChannelOut, listChannels } from "../../link/channels.ts";
import { createLinker, relink } from "../../link/index.ts";
import { listStories, type StoryOut } from "../../link/stories.ts";
import { UsageError } from "../../pipeline/errors.ts";
import { ALL_HAPPENINGS, listHappenings } from "../../store/browse-happenings.ts";
import { openDb, resolveDbSpec } from "../../store/db.ts";
import { type Format, render } from "../format.ts";
import { limitOf, listingOptions, renderEvents } from "./list.ts";
import { DB_OPTION } from "../db-option.ts";

interface LinkFlags {
  db?: string;
  format: Format;
  type?: string;
  limit: string;
}

const common = listingOptions;

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
      const rows = await listHappenings(
        db,
        { ...ALL_HAPPENINGS, among: [ca, cb], type: opts.type?.toUpperCase() ?? null },
        { limit: limitOf(opts.limit), offset: 0 },
      );
      process.stdout.write(renderEvents(rows.items, opts.format));
    } finally {
      await db.close();
    }
  });

  common(
    program
      .command("channels")
      .description(
        "named channels (talks, hotlines, agreements) with parties, status, since when, and dated history",
      )
      .addOption(
        new Option("--status <status>", "only channels in this status").choices([
          "active",
          "suspended",
          "agreed",
          "proposed",
          "unknown",
        ]),
      ),
  ).action(async (opts: LinkFlags & { status?: string }) => {
    const db = await openDb(resolveDbSpec(opts.db));
    try {
      const rows = await listChannels(db, { status: opts.status, limit: limitOf(opts.limit) });
      process.stdout.write(renderChannels(rows, opts.format));
    } finally {
      await db.close();
    }
  });

  common(
    program
      .command("stories")
      .description("articles grouped by the happening they report, largest and latest first")
      .option("--min-documents <n>", "only stories told by at least this many articles", "2"),
  ).action(async (opts: LinkFlags & { minDocuments: string }) => {
    const minDocuments = limitOf(opts.minDocuments);
    const db = await openDb(resolveDbSpec(opts.db));
    try {
      const rows = await listStories(db, { minDocuments, limit: limitOf(opts.limit) });
      process.stdout.write(renderStories(rows, opts.format));
    } finally {
      await db.close();
    }
  });

  program
    .command("relink")
    .description(
      "link every stored document again, in ingest order: for a database made before the link stage or after its lexicons changed",
    )
    .option(...DB_OPTION)
    .action(async (opts: { db?: string }) => {
      const db = await openDb(resolveDbSpec(opts.db));
      try {
        const n = await relink(db, createLinker());
        process.stdout.write(`relinked ${n} document(s) in ${db.location}\n`);
      } finally {
        await db.close();
      }
    });
}

/**
 * Channels as an analyst reads them: a table row per dated line of each channel's history (what
 * moved it, to which status, how many documents told it, with the first one's sentence), the channel's name, parties, status and since on
 * its first row; CSV repeats them on every row; JSON keeps each channel whole.
 */
export function renderChannels(rows: readonly ChannelOut[], format: Format): string {
  if (format === "jsonl" || format === "json")
    return render(rows as unknown as Record<string, unknown>[], [], format);
  const flat = rows.flatMap((c) => {
    const head = {
      name: c.name,
      parties: c.parties.join(" ") || "—",
      status: c.status,
      since: c.since ?? "—",
    };
    const blank = { name: "", parties: "", status: "", since: "" };
    const lines = c.history.length ? c.history : [null];
    return lines.map((h, i) => ({
      ...(i === 0 || format === "csv" ? head : blank),
      date: h ? (h.date ?? "undated") : "",
      event: h ? `${h.type} → ${h.status}` : "no dated event yet",
      documents: h ? String(h.documents) : "",
      evidence: h?.evidence ?? "",
      document: h?.document ?? "",
    }));
  });
  return render(
    flat,
    ["name", "parties", "status", "since", "date", "event", "documents", "evidence", "document"],
    format,
  );
}

/**
 * Stories with their articles: a table row per article (published, outlet, title), the story's days
 * and size on its first row; CSV repeats them on every row; JSON keeps each story whole.
 */
export function renderStories(rows: readonly StoryOut[], format: Format): string {
  if (format === "jsonl" || format === "json")
    return render(rows as unknown as Record<string, unknown>[], [], format);
  const flat = rows.flatMap((s) => {
    const head = {
      story: s.id,
      days: s.first_day === s.last_day ? (s.first_day ?? "") : `${s.first_day} – ${s.last_day}`,
      articles: s.documents,
    };
    const blank = { story: "", days: "", articles: "" };
    return s.articles.map((a, i) => ({
      ...(i === 0 || format === "csv" ? head : blank),
      published: a.published ?? "—",
      outlet: a.outlet ?? "—",
      title: a.title ?? "(no title)",
      document: a.document,
    }));
  });
  return render(flat, ["story", "days", "articles", "published", "outlet", "title", "document"], format);
}

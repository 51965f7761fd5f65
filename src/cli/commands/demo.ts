// `rasd demo` (npm start): ingest the bundled examples and print what Rasd found in them.
import { resolve } from "node:path";
import type { Command } from "commander";
import { openDb, resolveDbSpec } from "../../store/db.ts";
import { ingest } from "../../store/ingest.ts";
import { counts, listEntities, listEvents } from "../../store/queries.ts";
import { partiesText, render } from "../format.ts";
import { REPO_ROOT } from "./eval.ts";

export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description("ingest examples/ into the database and print a summary of entities and events")
    .option(
      "--db <dir|url>",
      "PGlite data directory or postgres:// URL (default: $DATABASE_URL or ./rasd-data)",
    )
    .action(async (opts: { db?: string }) => {
      const db = await openDb(resolveDbSpec(opts.db));
      try {
        const s = await ingest(db, [resolve(REPO_ROOT, "examples")], { jobs: 0 });
        const c = await counts(db);
        process.stdout.write(`examples/: ${s.added} article(s) added, ${s.unchanged} already stored\n`);
        process.stdout.write(
          `${db.location}: ${c.documents} documents, ${c.entities} entities, ${c.events} events\n\n`,
        );
        const entities = await listEntities(db, { limit: 15 });
        process.stdout.write("Most mentioned entities\n");
        process.stdout.write(
          render(
            entities.map((e) => ({ ...e, variants: e.variants.join("، ") })),
            ["type", "name", "country", "variants", "documents", "mentions"],
            "table",
          ),
        );
        const events = await listEvents(db, { limit: 500 });
        process.stdout.write("\nEvents by date\n");
        const rows = events.map((r) => {
          const e = r.record as {
            date: string | null;
            type: string;
            actor: { text: string; country: string | null }[];
            recipient: { text: string; country: string | null }[];
            modality: string;
            negated: boolean;
            evidence: { text: string };
          };
          return {
            date: e.date,
            type: e.type,
            actor: partiesText(e.actor),
            recipient: partiesText(e.recipient),
            modality: e.negated ? `negated ${e.modality}` : e.modality,
            evidence: e.evidence.text,
          };
        });
        process.stdout.write(
          render(rows, ["date", "type", "actor", "recipient", "modality", "evidence"], "table"),
        );
        process.stdout.write(
          "\nNext: npx rasd serve   (the web UI and API at http://127.0.0.1:8080/)\n      npx rasd export --format csv > events.csv   ·   npx rasd entities --type PERSON\n",
        );
      } finally {
        await db.close();
      }
    });
}

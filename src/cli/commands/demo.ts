// `rasd demo` (npm start): ingest the bundled examples and print what Rasd found in them.
import { resolve } from "node:path";
import type { Command } from "commander";
import { openDb, resolveDbSpec } from "../../store/db.ts";
import { ingest } from "../../store/ingest.ts";
import { listCorpusEntities } from "../../link/entities.ts";
import { ALL_HAPPENINGS, listHappenings } from "../../store/browse-happenings.ts";
import { corpusCounts } from "../../link/index.ts";
import { counts } from "../../store/queries.ts";
import { partiesText, render } from "../format.ts";
import { REPO_ROOT } from "./eval.ts";
import { DB_OPTION } from "../db-option.ts";

export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description("ingest examples/ into the database and print a summary of entities and events")
    .option(...DB_OPTION)
    .action(async (opts: { db?: string }) => {
      const db = await openDb(resolveDbSpec(opts.db));
      try {
        const s = await ingest(db, [resolve(REPO_ROOT, "examples")], { jobs: 0 });
        const c = await counts(db);
        const k = await corpusCounts(db);
        process.stdout.write(`examples/: ${s.added} article(s) added, ${s.unchanged} already stored\n`);
        process.stdout.write(
          `${db.location}: ${c.documents} documents, ${k.entities} entities, ${k.events} events (from ${k.reports} reports), ${k.stories} stories\n\n`,
        );
        const entities = await listCorpusEntities(db, { limit: 15 });
        process.stdout.write("Most mentioned entities\n");
        process.stdout.write(
          render(
            entities.map((e) => ({ ...e, variants: e.variants.join("، ") })),
            ["type", "name", "country", "variants", "documents", "mentions"],
            "table",
          ),
        );
        const events = (await listHappenings(db, ALL_HAPPENINGS, { limit: 500, offset: 0 })).items;
        process.stdout.write("\nEvents by date (one per happening; sources: how many outlets reported it)\n");
        const rows = events.map(({ event: e, sources }) => ({
          date: e.date ?? "undated",
          type: e.type,
          actor: partiesText(e.actor),
          recipient: partiesText(e.recipient),
          modality: e.negated ? `negated ${e.modality}` : e.modality,
          sources,
          evidence: e.evidence.text,
        }));
        process.stdout.write(
          render(rows, ["date", "type", "actor", "recipient", "modality", "sources", "evidence"], "table"),
        );
        process.stdout.write(
          "\nNext: npx rasd serve   (the web UI and API at http://127.0.0.1:8080/)\n      npx rasd export --format csv > events.csv   ·   npx rasd entities --type PERSON\n",
        );
      } finally {
        await db.close();
      }
    });
}

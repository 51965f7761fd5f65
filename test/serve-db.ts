// A PGlite database in a temp folder filled with own-written fixture articles, for the serve tests.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { type Db, openDb } from "../src/store/db.ts";
import { ingest } from "../src/store/ingest.ts";
import { ROOT } from "./helpers.ts";
import { scratchDir } from "./scratch.ts";

export const SERVE_FIXTURES = [
  "test/fixtures/01_hotline_pentagon.txt",
  "test/fixtures/09_hegseth_dong_kl.txt",
  "test/fixtures/12_iran_israel_sanctions.txt",
  "test/fixtures/10_india_pakistan_strikes.txt",
  "test/fixtures/serve/01_markup_in_text.txt",
].map((f) => join(ROOT, f));

export interface TestDb {
  db: Db;
  dir: string;
  cleanup(): Promise<void>;
}

/** A database holding `files` (the serve fixtures unless given), in a temp folder. */
export async function fixtureDb(files: readonly string[] = SERVE_FIXTURES): Promise<TestDb> {
  const dir = scratchDir("rasd-serve-");
  const db = await openDb(join(dir, "data"));
  const summary = await ingest(db, [...files], { jobs: 0 });
  if (summary.added !== files.length) throw new Error(`fixture ingest: ${JSON.stringify(summary.skipped)}`);
  return {
    db,
    dir,
    cleanup: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Proves the documents' binary tsvectors (`searchIndexBytes`, what the writer sends) are the values
// their literals (`searchIndex`) cast to, byte for byte as stored: every document of a corpus,
// both stored side by side in a scratch PGlite directory and compared as raw bytes and as text.
//   npx tsx scripts/search-bytes-check.ts [corpus folder] [--limit N]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { listInputs } from "../src/acquire/index.ts";
import type { Analysis } from "../src/pipeline/types.ts";
import { createPool } from "../src/pipeline/pool.ts";
import { bytesArray } from "../src/store/binary-params.ts";
import { openDb } from "../src/store/db.ts";
import { searchIndex, searchIndexBytes } from "../src/store/prepare.ts";
import { DEFAULT_CORPUS } from "./corpus.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: "string", default: "100000" } },
});
const files = listInputs(positionals[0] ?? DEFAULT_CORPUS).slice(0, Number(values.limit));
const pool = await createPool({});
const docs: Analysis[] = [];
for (const r of await Promise.all(files.map((path) => pool.analyze({ kind: "file", path }))))
  for (const item of r.items) if (item.kind === "document") docs.push(item.doc.analysis);
await pool.close();

const scratch = mkdtempSync(join(tmpdir(), "rasd-search-bytes-"));
const db = await openDb(join(scratch, "db"));
// A stored value's bytes as they are, not only what `tsvectorsend` reads of it.
await db.query("CREATE CAST (tsvector AS bytea) WITHOUT FUNCTION");
await db.query("CREATE TEMPORARY TABLE v (a tsvector, b tsvector)");
let differ = 0;
for (let i = 0; i < docs.length; i += 200) {
  const part = docs.slice(i, i + 200);
  const [row] = await db.query<{ differ: string }>(
    `WITH stored AS (INSERT INTO v SELECT a::tsvector, b FROM unnest($1::text[], $2::tsvector[]) AS u(a, b)
                     RETURNING a, b)
     SELECT count(*) FILTER (WHERE a::bytea <> b::bytea OR a::text <> b::text) AS differ FROM stored`,
    [
      part.map((d) => searchIndex(d)),
      bytesArray(
        part.map((d) => searchIndexBytes(d)),
        "tsvector",
      ),
    ],
  );
  differ += Number(row?.differ ?? 0);
}
await db.close();
rmSync(scratch, { recursive: true, force: true });
process.stdout.write(`${docs.length} documents: ${differ} binary tsvectors differ from their literals\n`);
if (differ > 0) process.exitCode = 1;

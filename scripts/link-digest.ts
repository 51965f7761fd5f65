// A digest of the link stage's tables after ingesting a corpus into a new PGlite directory: every
// row of the eleven link tables in a canonical order, one sha256 per table and one over all. Run it
// before and after a change to the link stage: the same digests prove it links the same way. The
// documents' own rows (documents, entities, mentions, events, quotes) get the same treatment, so a
// change to the writer can prove it stores the same rows.
//   npx tsx scripts/link-digest.ts [corpus folder] [--limit N] [--copies K] [--out FILE] [--db DIR] [--relink]
// --copies K ingests every file K times as `rasd bench` does at K× (copies 2… altered, near-duplicates
// of the first).
// --out writes the rows themselves (one JSON line each, table by table), to diff two runs.
// --relink empties the link tables and links the stored documents again (`rasd relink`) before
// the digest, and prints the CPU seconds that took; after an ingest it digests the tables before
// the relink too and says whether the relink gave them back row for row. --existing reads the
// database in --db as it is (no ingest): with --relink, two versions of the code relink copies of
// one database.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { listInputs } from "../src/acquire/index.ts";
import { createLinker, relink } from "../src/link/index.ts";
import { openDb } from "../src/store/db.ts";
import { ingest } from "../src/store/ingest.ts";
import { DEFAULT_CORPUS } from "./corpus.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    limit: { type: "string" },
    copies: { type: "string" },
    out: { type: "string" },
    db: { type: "string" },
    relink: { type: "boolean", default: false },
    existing: { type: "boolean", default: false },
  },
});
const corpus = positionals[0] ?? DEFAULT_CORPUS;
const limit = values.limit === undefined ? Infinity : Number(values.limit);
if (!(limit > 0)) {
  process.stderr.write("usage: link-digest.ts [corpus] [--limit N > 0] [--out FILE] [--db DIR]\n");
  process.exit(2);
}

/** Each link table with the columns that order its rows completely (its primary key, or all). */
const TABLES: Array<[string, string]> = [
  ["link_entities", "id"],
  ["link_entity_keys", "key, entity_id"],
  ["link_variants", "entity_id, text"],
  ["link_entity_documents", "document_id, local_id"],
  ["link_events", "id"],
  ["link_event_mentions", "document_id, local_id"],
  ["link_channels", "entity_id"],
  ["link_channel_history", "entity_id, document_id, local_id"],
  ["link_stories", "id"],
  ["link_story_keys", "key, day, story_id"],
  ["link_story_documents", "document_id"],
];

/** The documents' own tables: the order of their rows, and what is digested (not `ingested_at`, `seq`). */
const DOCUMENT_TABLES: Array<[string, string, string]> = [
  [
    "documents",
    "id",
    "id, uri, title, published, outlet, cited, keywords, text, appended, analysis::text AS analysis, language, search::text AS search",
  ],
  ["entities", "document_id, local_id", "*"],
  ["mentions", "document_id, start_at", "*"],
  ["events", "document_id, local_id", "*"],
  ["quotes", "document_id, n", "*"],
];

const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const temporary = values.db === undefined;
const dir = values.db ?? join(mkdtempSync(join(tmpdir(), "rasd-link-digest-")), "db");
if (!values.existing) rmSync(dir, { recursive: true, force: true });
const db = await openDb(dir);
const out: string[] = [];

// COLLATE "C": the same order whatever the database's collation.
const orderBy = (order: string) =>
  order
    .split(", ")
    .map((c) => `${c}::text COLLATE "C"`)
    .join(", ");

/** Digests the documents' own tables (and prints them). */
async function digestDocuments(): Promise<void> {
  const documents = createHash("sha256");
  for (const [table, order, columns] of DOCUMENT_TABLES) {
    const rows = await db.query<{ row: string }>(
      `SELECT row_to_json(t)::text AS row FROM (SELECT ${columns} FROM ${table}) t ORDER BY ${orderBy(order)}`,
    );
    const digest = sha(rows.map((r) => r.row).join("\n"));
    documents.update(`${table}\t${digest}\n`);
    process.stdout.write(
      `${table.padEnd(22)} ${String(rows.length).padStart(7)} rows  ${digest.slice(0, 16)}\n`,
    );
  }
  process.stdout.write(`all document tables: ${documents.digest("hex")}\n`);
}

/** Digests the link tables (and prints them); `keep` adds their rows to --out. Returns the digest. */
async function digestTables(keep: boolean): Promise<string> {
  const total = createHash("sha256");
  for (const [table, order] of TABLES) {
    const rows = await db.query<{ row: string }>(
      `SELECT row_to_json(t)::text AS row FROM ${table} t ORDER BY ${orderBy(order)}`,
    );
    const lines = rows.map((r) => `${table}\t${r.row}`);
    if (keep) out.push(...lines);
    const digest = sha(lines.join("\n"));
    total.update(`${table}\t${digest}\n`);
    process.stdout.write(
      `${table.padEnd(22)} ${String(rows.length).padStart(7)} rows  ${digest.slice(0, 16)}\n`,
    );
  }
  const all = total.digest("hex");
  process.stdout.write(`all link tables: ${all}\n`);
  return all;
}

try {
  if (!values.existing) {
    const copies = Number(values.copies ?? 1);
    const summary = await ingest(db, listInputs(corpus).slice(0, limit), { jobs: 1, copies });
    process.stdout.write(`${summary.files} files, ${summary.added} documents added\n`);
  }
  await digestDocuments();
  const ingested = values.relink && !values.existing ? await digestTables(false) : null;
  if (values.relink) {
    const before = process.cpuUsage();
    const count = await relink(db, createLinker());
    const cpu = process.cpuUsage(before);
    process.stdout.write(
      `relinked ${count} documents: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} CPU s\n`,
    );
  }
  const linked = await digestTables(true);
  if (ingested !== null)
    process.stdout.write(
      `relink gives the ingest's link tables: ${ingested === linked ? "yes, row for row" : "NO"}\n`,
    );
  // The near-duplicate step's output, written in the same transactions.
  const near = await db.query<{ row: string }>(
    `SELECT row_to_json(t)::text AS row FROM (
       SELECT 'match' AS kind, document_id, part, duplicate_of, duplicate_part::text, similarity::text
         FROM near_duplicates
       UNION ALL
       SELECT 'document', id, 0, duplicate_of, duplicate_part::text, duplicate_similarity::text
         FROM documents WHERE duplicate_of IS NOT NULL
       UNION ALL
       SELECT 'signature', document_id, part, md5(signature::text), NULL, NULL FROM minhash_signatures
       UNION ALL
       SELECT 'bands', NULL, NULL, md5(string_agg(b.band || ':' || u.hash || ':' || s.document_id || ':' || s.part, ','
                                                  ORDER BY b.band, u.hash, s.document_id COLLATE "C", s.part)), NULL, NULL
         FROM minhash_signatures s, unnest(s.bands) WITH ORDINALITY AS u(hash, n),
              LATERAL (SELECT (u.n - 1)::smallint AS band) b) t
      ORDER BY row_to_json(t)::text COLLATE "C"`,
  );
  out.push(...near.map((r) => `near-duplicates\t${r.row}`));
  process.stdout.write(
    `near-duplicates, signatures, bands: ${near.length} rows  ${sha(near.map((r) => r.row).join("\n"))}\n`,
  );
  if (values.out) writeFileSync(values.out, `${out.join("\n")}\n`);
} finally {
  await db.close();
  if (temporary) rmSync(dirname(dir), { recursive: true, force: true });
}

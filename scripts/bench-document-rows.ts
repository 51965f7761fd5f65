// The documents' statement alone, written several ways into new PGlite directories, one after the
// other in one process (so the machine's drift touches every way alike): CPU seconds of the thread
// (PGlite runs in it) and the documents table's size. The rows are made once by the analysis pool.
//   npx tsx scripts/bench-document-rows.ts [corpus folder] [--limit N] [--ways a,b,…] [--rounds R]
// Every way runs R times (default 2), in turn; the first round pays for compiling and warming up.
// Ways: `text` (every parameter in the text format: the rows as one JSON string, the texts,
// analyses and lexemes as array literals), `bytes` (as UTF-8 bytes, binary parameters: what the
// writer sends now, `documentParams`), `copy-staged` (COPY FROM '/dev/blob' into temporary
// tables, then INSERT … SELECT … ON CONFLICT DO NOTHING), `copy-direct` (COPY straight into the
// tables: cannot skip a stored document, a lower bound for COPY). `+compressed` after a way stores
// text, analysis and lexemes compressed, as before migration 012.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { listInputs } from "../src/acquire/index.ts";
import { createPool } from "../src/pipeline/pool.ts";
import { openDb } from "../src/store/db.ts";
import { documentParams, type StorePrep } from "../src/store/prepare.ts";
import { INSERT_DOCUMENTS } from "../src/store/queries.ts";
import { DEFAULT_CORPUS } from "./corpus.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    limit: { type: "string", default: "1500" },
    rounds: { type: "string", default: "2" },
    ways: { type: "string", default: "text,bytes,text+compressed,bytes+compressed,copy-staged,copy-direct" },
  },
});
const corpus = positionals[0] ?? DEFAULT_CORPUS;
const BATCH = 64;

const pool = await createPool({});
const rows: StorePrep[] = [];
const seen = new Set<string>();
const files = listInputs(corpus).slice(0, Number(values.limit));
for (const r of await Promise.all(files.map((path) => pool.analyze({ kind: "file", path }))))
  for (const item of r.items)
    if (item.kind === "document" && item.doc.store && !seen.has(item.doc.analysis.document.id)) {
      seen.add(item.doc.analysis.document.id);
      rows.push(item.doc.store);
    }
await pool.close();
const batches: StorePrep[][] = [];
for (let i = 0; i < rows.length; i += BATCH) batches.push(rows.slice(i, i + BATCH));
const text = new TextDecoder();
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

// COPY's text format: tab-separated, \N for null, backslash escapes.
const field = (v: unknown): string => {
  if (v === null || v === undefined) return "\\N";
  const s =
    typeof v === "string"
      ? v
      : typeof v === "boolean"
        ? v
          ? "t"
          : "f"
        : typeof v === "number"
          ? String(v)
          : JSON.stringify(v);
  return s.replace(
    /[\\\n\r\t]/gu,
    (c) => ({ "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" })[c] as string,
  );
};
const array = (xs: string[]) => `{${xs.map((x) => `"${x.replace(/["\\]/gu, (c) => `\\${c}`)}"`).join(",")}}`;
const line = (vs: unknown[]) => `${vs.map(field).join("\t")}\n`;
const TABLES = ["documents", "entities", "mentions", "events", "quotes"] as const;
type Row = Record<string, unknown> &
  Record<"entities" | "mentions" | "events" | "quotes", Record<string, unknown>[]>;
/** One batch as COPY text, table by table (made before the clock starts). */
function copyText(batch: StorePrep[]): Record<(typeof TABLES)[number], string> {
  const t = { documents: "", entities: "", mentions: "", events: "", quotes: "" };
  for (const prep of batch) {
    const o = JSON.parse(text.decode(prep.row)) as Row;
    o.text = text.decode(prep.text);
    o.analysis = JSON.parse(text.decode(prep.analysis));
    o.search = text.decode(prep.search);
    const doc = [
      "id",
      "uri",
      "title",
      "published",
      "outlet",
      "cited",
      "keywords",
      "text",
      "appended",
      "analysis",
      "language",
      "search",
    ];
    t.documents += line(doc.map((k) => o[k]));
    for (const e of o.entities)
      t.entities += line([
        o.id,
        e.local_id,
        e.type,
        e.name,
        e.name_key,
        e.name_en,
        e.country,
        e.sector,
        e.role,
      ]);
    for (const m of o.mentions) t.mentions += line([o.id, m.entity_id, m.start_at, m.end_at, m.text]);
    for (const e of o.events)
      t.events += line([
        o.id,
        e.local_id,
        e.type,
        e.mode,
        array(e.actor_countries as string[]),
        array(e.recipient_countries as string[]),
        e.date,
        e.negated,
        e.modality,
        e.evidence,
        e.record,
      ]);
    for (const q of o.quotes) t.quotes += line([o.id, q.n, q.speaker, q.text, q.start_at, q.end_at]);
  }
  return t;
}
const DOCUMENT_COLUMNS =
  "id, uri, title, published, outlet, cited, keywords, text, appended, analysis, language, search";
const STAGE = TABLES.map(
  (t) =>
    `CREATE TEMP TABLE IF NOT EXISTS stage_${t} AS SELECT ${t === "documents" ? DOCUMENT_COLUMNS : "*"} FROM ${t} WITH NO DATA`,
).join(";\n");
const FROM_STAGE = `
WITH doc AS (
  INSERT INTO documents (${DOCUMENT_COLUMNS}) SELECT * FROM stage_documents ON CONFLICT (id) DO NOTHING RETURNING id
), ent AS (INSERT INTO entities SELECT s.* FROM stage_entities s JOIN doc ON doc.id = s.document_id
), men AS (INSERT INTO mentions SELECT s.* FROM stage_mentions s JOIN doc ON doc.id = s.document_id
), ev AS (INSERT INTO events SELECT s.* FROM stage_events s JOIN doc ON doc.id = s.document_id
), quo AS (INSERT INTO quotes SELECT s.* FROM stage_quotes s JOIN doc ON doc.id = s.document_id)
SELECT id FROM doc`;
const BYTES = {
  serializers: { 114: (v: unknown) => v, 1009: (v: unknown) => v, 199: (v: unknown) => v },
} as never;
/** The statement's parameters as strings and arrays of strings (PGlite's text serializers). */
const asText = (batch: StorePrep[]) => [
  `[${batch.map((b) => text.decode(b.row)).join(",")}]`,
  ...(["text", "analysis", "search"] as const).map((k) => batch.map((b) => text.decode(b[k]))),
];

process.stdout.write(
  `${rows.length} documents in ${batches.length} batches; CPU s of the documents' statements\n`,
);
const ways = values.ways.split(",");
for (let round = 1; round <= Number(values.rounds); round++) for (const spec of ways) await run(spec, round);

async function run(spec: string, round: number): Promise<void> {
  const [way, ...options] = spec.split("+");
  const dir = join(mkdtempSync(join(tmpdir(), "rasd-bench-rows-")), "db");
  await (await openDb(dir)).close();
  const pg = await PGlite.create(dir);
  try {
    if (options.includes("compressed"))
      await pg.exec(
        "ALTER TABLE documents ALTER COLUMN text SET STORAGE EXTENDED, ALTER COLUMN analysis SET STORAGE EXTENDED, ALTER COLUMN search SET STORAGE EXTENDED",
      );
    const copies = way?.startsWith("copy") ? batches.map(copyText) : [];
    const copy = async (tx: Transaction, i: number, schema: string) => {
      for (const t of TABLES) {
        const data = copies[i]?.[t];
        const columns = t === "documents" ? ` (${DOCUMENT_COLUMNS})` : "";
        if (data)
          await tx.query(`COPY ${schema}${t}${columns} FROM '/dev/blob'`, [], { blob: new Blob([data]) });
      }
    };
    if (way === "copy-staged") await pg.exec(STAGE);
    const start = cpu();
    for (const [i, batch] of batches.entries())
      await pg.transaction(async (tx) => {
        if (way === "text") await tx.query(INSERT_DOCUMENTS, asText(batch));
        else if (way === "bytes") await tx.query(INSERT_DOCUMENTS, documentParams(batch), BYTES);
        else if (way === "copy-direct") await copy(tx, i, "public.");
        else if (way === "copy-staged") {
          await copy(tx, i, "pg_temp.stage_");
          await tx.query(FROM_STAGE);
          for (const t of TABLES) await tx.query(`TRUNCATE stage_${t}`);
        } else throw new Error(`unknown way ${way}`);
      });
    const used = cpu() - start;
    const [r] = (
      await pg.query<{ n: number; size: number }>(
        "SELECT count(*)::int AS n, pg_total_relation_size('documents')::int AS size FROM documents",
      )
    ).rows;
    process.stdout.write(
      `round ${round}  ${spec.padEnd(20)} ${used.toFixed(2).padStart(6)} CPU s  ${r?.n} documents, documents table ${((r?.size ?? 0) / 1e6).toFixed(1)} MB\n`,
    );
  } finally {
    await pg.close();
    rmSync(join(dir, ".."), { recursive: true, force: true });
  }
}

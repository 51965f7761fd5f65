// Measures the writer alone: analyses a corpus once (worker threads) into memory, then replays the
// results into `ingest` through a pool that only hands them back, so the one thread that works is
// the writer (and PGlite in it). Prints its CPU seconds and, per statement, the CPU time spent in it.
//   npx tsx scripts/bench-writer.ts [corpus folder] [--limit N] [--copies K] [--db DIR] [--sql "…"] [--batch-size N] [--top N]
// With --copies K every file is ingested K times as `rasd bench` does at K× (copies 2… altered).
// --sql "…; …" runs statements on the new database before the replay (an index dropped, a setting).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listInputs } from "../src/acquire/index.ts";
import { createPool } from "../src/pipeline/pool.ts";
import type { Source, SourceResult } from "../src/pipeline/sources.ts";
import { type Db, openDb, type Queryable } from "../src/store/db.ts";
import { ingest } from "../src/store/ingest.ts";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const limit = Number(option("--limit") ?? Infinity);
const copies = Number(option("--copies") ?? 1);
const batchSize = option("--batch-size");
const setup = option("--sql");
const top = Number(option("--top") ?? 15);
const scratch = option("--db") ? null : mkdtempSync(join(tmpdir(), "rasd-bench-writer-"));
const dir = option("--db") ?? join(scratch as string, "db");
const corpus = args[0] ?? "../shared/corpora/ant-bbc-cnn";

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const files = listInputs(corpus).slice(0, limit);
const analysed = new Map<string, SourceResult>();
const keyOf = (path: string, copy = 0) => `${copy}:${path}`;
const pool = await createPool({});
await Promise.all(
  files.flatMap((path) =>
    Array.from({ length: copies }, async (_, copy) =>
      analysed.set(keyOf(path, copy), await pool.analyze({ kind: "file", path, copy })),
    ),
  ),
);
await pool.close();

rmSync(dir, { recursive: true, force: true });
const opening = cpuMs();
const db = await openDb(dir);
const opened = (cpuMs() - opening) / 1000;
for (const sql of (setup ?? "").split(";").filter((s) => s.trim())) await db.query(sql);
const perStatement = new Map<string, { runs: number; ms: number }>();
const timed =
  (q: Queryable["query"]): Queryable["query"] =>
  async (sql, params) => {
    const before = cpuMs();
    try {
      return await q(sql, params);
    } finally {
      const label = sql.replace(/\s+/gu, " ").trim().slice(0, 60);
      const s = perStatement.get(label) ?? { runs: 0, ms: 0 };
      s.runs++;
      s.ms += cpuMs() - before;
      perStatement.set(label, s);
    }
  };
const measured: Db = {
  ...db,
  query: timed(db.query.bind(db)),
  transaction: (fn, options) => db.transaction((tx) => fn({ query: timed(tx.query.bind(tx)) }), options),
};
const replay = {
  jobs: 1,
  analyze: async (s: Source) => {
    const f = s as { path: string; copy?: number };
    return analysed.get(keyOf(f.path, f.copy)) as SourceResult;
  },
  close: async () => undefined,
};
const start = cpuMs();
const wall = performance.now();
const summary = await ingest(measured, files, {
  pool: replay,
  copies,
  batchSize: batchSize ? Number(batchSize) : undefined,
});
const writer = (cpuMs() - start) / 1000;
const [wal] = await db.query<{ mb: string; checkpoints: string; temp: string }>(
  `SELECT round(pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0') / 1e6) AS mb,
          (SELECT num_timed + num_requested FROM pg_stat_checkpointer) AS checkpoints,
          (SELECT round(temp_bytes / 1e6) FROM pg_stat_database WHERE datname = current_database()) AS temp`,
);
const closing = cpuMs();
await db.close();
const closed = (cpuMs() - closing) / 1000;
rmSync(scratch ?? dir, { recursive: true, force: true });

process.stdout.write(
  `${files.length} files, ${summary.added} added: writer ${writer.toFixed(1)} CPU s, ${((performance.now() - wall) / 1000).toFixed(1)} s wall\n`,
);
process.stdout.write(
  `opening the new database ${opened.toFixed(2)} CPU s, closing it ${closed.toFixed(2)} CPU s (not in the writer's)\n`,
);
process.stdout.write(
  `WAL position ${wal?.mb} MB, ${wal?.checkpoints} checkpoints, ${wal?.temp} MB of temporary files\n`,
);
for (const [label, s] of [...perStatement].sort((a, b) => b[1].ms - a[1].ms).slice(0, top))
  process.stdout.write(
    `${(s.ms / 1000).toFixed(2).padStart(7)} CPU s ${String(s.runs).padStart(6)}×  ${label}\n`,
  );

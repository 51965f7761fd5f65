// Where a full ingest's CPU goes, thread by thread: the corpus into a new PGlite directory as
// `rasd bench` does it (a pool of `--jobs` workers made first, not timed; the database opened while
// they analyse), then each thread's CPU seconds (from /proc, Linux only) for the ingest and for the
// closing of the database. The writer is this thread.
//   node --no-turbo-inlining --interrupt-budget=270336 --import tsx scripts/ingest-threads.ts [corpus] [--jobs N] [--copies K]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createPool } from "../src/pipeline/pool.ts";
import { openDb } from "../src/store/db.ts";
import { ingest, noIngestTimes } from "../src/store/ingest.ts";
import { requireThreadTimes, thisThreadId, threadSeconds } from "./timing.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { jobs: { type: "string", default: "1" }, copies: { type: "string", default: "1" } },
});
const corpus = positionals[0] ?? "../shared/corpora/ant-bbc-cnn";
requireThreadTimes("ingest-threads.ts");

const self = thisThreadId();
const pool = await createPool({ jobs: Number(values.jobs) });
const workers = new Set([...threadSeconds().keys()]);
const dir = mkdtempSync(join(tmpdir(), "rasd-ingest-threads-"));
const marks: Array<{ label: string; at: number; threads: Map<string, number> }> = [];
const mark = (label: string) => marks.push({ label, at: performance.now(), threads: threadSeconds() });
try {
  mark("start");
  // As `rasd ingest` and `rasd bench` do: the workers analyse while the database opens.
  const opening = openDb(join(dir, "db"));
  const times = noIngestTimes();
  const s = await ingest(opening, [corpus], { pool, copies: Number(values.copies), times });
  mark("opened and ingested");
  await (await opening).close();
  mark("closed");
  process.stdout.write(`${s.added} added, ${s.unchanged} unchanged, ${pool.jobs} worker(s)\n`);
} finally {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
}

const name = (tid: string) =>
  tid === self ? "this thread (writer)" : workers.has(tid) ? `thread ${tid}` : `thread ${tid} (new)`;
for (let i = 1; i < marks.length; i++) {
  const a = marks[i - 1] as (typeof marks)[number];
  const b = marks[i] as (typeof marks)[number];
  const rows = [...b.threads]
    .map(([tid, s]) => ({ tid, s: s - (a.threads.get(tid) ?? 0) }))
    .filter((r) => r.s >= 0.05)
    .sort((x, y) => y.s - x.s);
  const total = rows.reduce((n, r) => n + r.s, 0);
  process.stdout.write(
    `${b.label}: ${((b.at - a.at) / 1000).toFixed(2)} s wall, ${total.toFixed(2)} CPU s\n` +
      rows.map((r) => `  ${name(r.tid).padEnd(28)} ${r.s.toFixed(2).padStart(7)}\n`).join(""),
  );
}

// Ingest as a user runs it, with the faults a user meets: `kill -9` in the middle, a second
// process on the same PGlite directory, a damaged or foreign directory, two processes writing one
// PostgreSQL server, and a server that drops the connection mid-ingest.
import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { copyText } from "../../src/bench/copies.ts";
import { type Db, openDb } from "../../src/store/db.ts";
import { needsPostgres, PG_URL, postgresScratch } from "../databases.ts";
import { BIN, ROOT, runRasd } from "../helpers.ts";
import { scratchDir } from "../scratch.ts";

const FIXTURES = join(ROOT, "test", "fixtures");
/** Copies of each fixture: enough documents that an ingest takes a few seconds. */
const COPIES = 8;
const TABLES = ["documents", "entities", "mentions", "events", "quotes", "minhash_signatures"];

function scratch(): string {
  return scratchDir("rasd-e2e-store-");
}

const rasd = (args: string[], cwd = ROOT) => runRasd(args, { cwd });

function start(args: string[]): {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>;
} {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => (stdout += d));
  child.stderr?.on("data", (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
    (resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/** The fixtures, each `COPIES` times with a numbered closing sentence, so every file is its own document. */
function corpus(): { dir: string; files: number } {
  const dir = join(scratch(), "corpus");
  mkdirSync(dir);
  const texts = readdirSync(FIXTURES).filter((f) => f.endsWith(".txt"));
  for (let k = 0; k < COPIES; k++)
    for (const f of texts)
      writeFileSync(join(dir, `${k}_${f}`), copyText(readFileSync(join(FIXTURES, f), "utf8"), k + 1));
  return { dir, files: texts.length * COPIES };
}

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES)
    out[t] = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${t}`))[0]?.n);
  return out;
}

/** Documents whose stored entities or events differ in number from their stored analysis. */
async function partialDocuments(db: Db): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT d.id FROM documents d
      WHERE json_array_length(d.analysis -> 'entities') <> (SELECT count(*) FROM entities e WHERE e.document_id = d.id)
         OR json_array_length(d.analysis -> 'events') <> (SELECT count(*) FROM events e WHERE e.document_id = d.id)
         OR json_array_length(d.analysis -> 'quotes') <> (SELECT count(*) FROM quotes q WHERE q.document_id = d.id)`,
  );
  return rows.map((r) => r.id);
}

async function countsOf(spec: string): Promise<Record<string, number>> {
  const db = await openDb(spec);
  try {
    assert.deepEqual(await partialDocuments(db), [], "no document is stored in part");
    return await rowCounts(db);
  } finally {
    await db.close();
  }
}

function summaryOf(stdout: string): { added: number; unchanged: number } {
  const m = /(\d+) added, (\d+) already stored/u.exec(stdout);
  assert.ok(m, `an ingest summary line: ${stdout}`);
  return { added: Number(m[1]), unchanged: Number(m[2]) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("ingest under faults", () => {
  let input: { dir: string; files: number };
  let reference: Record<string, number>;
  let referenceSeconds: number;

  before(() => {
    input = corpus();
    const db = join(scratch(), "reference");
    const t = Date.now();
    // Worker threads, started by bin/rasd.js from another working directory.
    const r = spawnSync(
      process.execPath,
      [BIN, "ingest", input.dir, "--db", db, "--jobs", "2", "--batch-size", "2"],
      {
        cwd: tmpdir(),
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: "" },
      },
    );
    referenceSeconds = (Date.now() - t) / 1000;
    assert.equal(r.status, 0, r.stderr);
    assert.equal(summaryOf(r.stdout).added, input.files);
    return countsOf(db).then((c) => {
      reference = c;
    });
  });

  test("one thread and worker threads store the same rows", async () => {
    const db = join(scratch(), "db");
    const r = rasd(["ingest", input.dir, "--db", db, "--jobs", "0"]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(await countsOf(db), reference);
  });

  test("kill -9 in the middle, then the same command: nothing lost, nothing twice", async () => {
    const db = join(scratch(), "db");
    const args = ["ingest", input.dir, "--db", db, "--jobs", "2", "--batch-size", "2"];
    const first = start(args);
    await sleep(referenceSeconds * 500);
    first.child.kill("SIGKILL");
    const killed = await first.done;
    assert.equal(
      killed.signal,
      "SIGKILL",
      `killed mid-ingest (it took ${referenceSeconds} s whole): ${killed.stdout}`,
    );
    const again = rasd(args);
    assert.equal(again.code, 0, again.stderr);
    const s = summaryOf(again.stdout);
    assert.equal(s.added + s.unchanged, input.files);
    assert.deepEqual(await countsOf(db), reference);
  });

  test("a second process on the same PGlite directory is refused, and the directory stays sound", async () => {
    const dir = join(scratch(), "db");
    const holder = await openDb(dir);
    try {
      const r = rasd(["ingest", FIXTURES, "--db", dir]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, new RegExp(`in use by another rasd process \\(pid ${process.pid}\\)`, "u"));
      assert.doesNotMatch(r.stderr, /\bat .*\.ts:\d+/u, "no stack trace");
    } finally {
      await holder.close();
    }
    const after = rasd(["ingest", FIXTURES, "--db", dir, "--jobs", "0"]);
    assert.equal(after.code, 0, after.stderr);
  });

  test("a damaged data directory and a folder that is not one are refused with what to do", async () => {
    const damaged = join(scratch(), "db");
    await (await openDb(damaged)).close();
    truncateSync(join(damaged, "global", "pg_control"), 10);
    const r = rasd(["entities", "--db", damaged]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /damaged .*move the directory aside/u);
    assert.doesNotMatch(r.stderr, /\bat .*\.ts:\d+/u, "no stack trace");

    const foreign = scratch();
    writeFileSync(join(foreign, "notes.txt"), "my notes");
    const f = rasd(["ingest", FIXTURES, "--db", foreign]);
    assert.equal(f.code, 2);
    assert.match(f.stderr, /is not empty and is not a Rasd data directory/u);
    assert.deepEqual(readdirSync(foreign), ["notes.txt"], "nothing written into it");
  });

  test(
    "two ingests into one PostgreSQL server at once store every document once",
    needsPostgres,
    async () => {
      const db = await postgresScratch();
      try {
        const args = ["ingest", input.dir, "--db", db.spec, "--jobs", "0", "--batch-size", "4"];
        const [a, b] = await Promise.all([start(args).done, start(args).done]);
        assert.equal(a.code, 0, a.stderr);
        assert.equal(b.code, 0, b.stderr);
        const [sa, sb] = [summaryOf(a.stdout), summaryOf(b.stdout)];
        assert.equal(sa.added + sb.added, input.files, "each document added by exactly one process");
        assert.deepEqual(await countsOf(db.spec), reference, "the same rows as on PGlite");
      } finally {
        await db.dispose();
      }
    },
  );

  test(
    "a PostgreSQL server that drops the connection mid-ingest: a clear error, then the rest",
    needsPostgres,
    async () => {
      const db = await postgresScratch();
      const { default: pg } = await import("pg");
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      try {
        const args = ["ingest", input.dir, "--db", db.spec, "--jobs", "2", "--batch-size", "2"];
        const run = start(args);
        let finished = false;
        const result = run.done.finally(() => {
          finished = true;
        });
        const name = new URL(db.spec).pathname.slice(1);
        const watcher = new pg.Client({ connectionString: db.spec });
        await watcher.connect();
        // Wait for the first committed documents, then drop the ingest's connections until it stops.
        while (!finished) {
          const stored = await watcher
            .query("SELECT count(*) AS n FROM documents")
            .catch(() => ({ rows: [{ n: 0 }] }));
          if (Number(stored.rows[0]?.n) > 0) break;
          await sleep(50);
        }
        await watcher.end();
        while (!finished) {
          await admin.query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
            [name],
          );
          await sleep(50);
        }
        const r = await result;
        assert.equal(r.code, 2, r.stdout + r.stderr);
        assert.doesNotMatch(r.stdout, /ingested/u, "it stopped before the end");
        assert.match(r.stderr, /lost the connection to the database .*run the same command again/u);
        assert.doesNotMatch(r.stderr, /\bat .*\.ts:\d+/u, "no stack trace");
        const again = rasd(args);
        assert.equal(again.code, 0, again.stderr);
        assert.deepEqual(await countsOf(db.spec), reference);
      } finally {
        await admin.end();
        await db.dispose();
      }
    },
  );
});

test("search prints one line per article with the match marked, and checks its dates", () => {
  const db = join(scratch(), "db");
  assert.equal(rasd(["ingest", FIXTURES, "--db", db, "--jobs", "0"]).code, 0);
  const r = rasd(["search", "البنتاغون", "--db", db, "--format", "jsonl"]);
  assert.equal(r.code, 0, r.stderr);
  const hits = r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { title: string; snippet: string });
  assert.ok(hits.length >= 2);
  assert.ok(
    hits.every((h) => h.snippet.includes("«البنتاغون»")),
    "the match is marked in the snippet",
  );
  const table = rasd(["search", "البنتاغون", "--db", db]);
  assert.match(table.stdout.split("\n")[0] as string, /published\s+outlet\s+title\s+snippet\s+id/u);
  const bad = rasd(["search", "الصين", "--db", db, "--from", "2024-02-30x"]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--from must be a date written YYYY-MM-DD/u);
  const none = rasd(["search", "كلمةغيرموجودةاطلاقا", "--db", db]);
  assert.equal(none.code, 0);
  assert.match(none.stderr, /no stored article matches/u);
});

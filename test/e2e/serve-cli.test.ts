// `rasd export` and `rasd serve` as a user runs them: a subprocess, a real data directory.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { BIN, ROOT, runRasd } from "../helpers.ts";
import { scratchDir } from "../scratch.ts";

const ENV = { ...process.env, DATABASE_URL: "", RASD_TOKEN: "" };
let dir: string;
let db: string;

const rasd = (args: string[]) => runRasd(args, { env: ENV });

before(() => {
  dir = scratchDir("rasd-serve-cli-");
  db = join(dir, "data");
  const r = rasd([
    "ingest",
    "--db",
    db,
    "test/fixtures/09_hegseth_dong_kl.txt",
    "test/fixtures/01_hotline_pentagon.txt",
  ]);
  assert.equal(r.code, 0, r.stderr);
});

after(() => rmSync(dir, { recursive: true, force: true }));

test("cli export: PLOVER JSONL to stdout and CSV to a file", () => {
  const jsonl = rasd(["export", "--db", db, "--format", "plover-jsonl", "--country", "usa"]);
  assert.equal(jsonl.code, 0, jsonl.stderr);
  const records = jsonl.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { id: string; actor: { code: string }[]; recipient: { code: string }[] });
  assert.ok(records.length > 0);
  for (const r of records)
    assert.ok(
      [...r.actor, ...r.recipient].some((p) => p.code === "USA"),
      r.id,
    );
  const out = join(dir, "events.csv");
  const csv = rasd(["export", "--db", db, "--format", "csv", "--out", out]);
  assert.equal(csv.code, 0, csv.stderr);
  assert.match(csv.stderr, /wrote \d+ event\(s\) to /u);
  assert.match(readFileSync(out, "utf8"), /^id,date,enddate,event,mode,context,quad_code/u);
});

test("cli export: --mechanism keeps the events about one channel", () => {
  const r = rasd(["export", "--db", db, "--format", "json", "--mechanism", "Military hotline"]);
  assert.equal(r.code, 0, r.stderr);
  const records = JSON.parse(r.stdout) as { event: string[]; event_text: string[] }[];
  assert.equal(records.length, 1);
  assert.deepEqual(records[0]?.event, ["REJECT"]);
  assert.match(records[0]?.event_text.join(" ") ?? "", /الخط الساخن العسكري/u);
});

test("cli export: a bad filter is one line naming the option, exit code 2", () => {
  const r = rasd(["export", "--db", db, "--type", "hug"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^rasd: --type: must be a PLOVER event type/u);
  const d = rasd(["export", "--db", db, "--from", "2024-13"]);
  assert.equal(d.code, 2);
  assert.match(d.stderr, /--from: must be a date/u);
});

test("cli serve: bad --port is refused; a served database answers on 127.0.0.1", async () => {
  const bad = rasd(["serve", "--db", db, "--port", "70000"]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--port must be 0–65535/u);
  const child = spawn(process.execPath, [BIN, "serve", "--db", db, "--port", "0"], { cwd: ROOT, env: ENV });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (b: Buffer) => {
        out += b.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+)\//u.exec(out);
        if (m) resolve(m[1] as string);
      });
      child.once("exit", (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const res = await fetch(`${url}/api/overview`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as { counts: { documents: number } };
    assert.equal(body.counts.documents, 2);
    const post = await fetch(`${url}/api/documents`, { method: "POST", body: "نص" });
    assert.equal(post.status, 401, "read-only without --allow-ingest");
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
});

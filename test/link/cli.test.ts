// `rasd timeline`, `channels`, `stories`, `entities` and `events` as a user runs them on own-written articles.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, test } from "node:test";
import { ROOT } from "../helpers.ts";

const BIN = join(ROOT, "bin", "rasd.js");
const ARTICLES = join(ROOT, "test", "link", "articles");
let db = "";

function rasd(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, ...(db ? ["--db", db] : [])], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  db = join(mkdtempSync(join(tmpdir(), "rasd-link-cli-")), "db");
  const r = rasd(["ingest", ARTICLES]);
  assert.equal(r.code, 0, r.stderr);
});

test("link cli: timeline USA CHN lists the Hanoi meeting once, with its three outlets", () => {
  const r = rasd(["timeline", "usa", "CHN", "--format", "jsonl"]);
  assert.equal(r.code, 0, r.stderr);
  const rows = r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { type: string; date: string; sources: number; mentions: unknown[] });
  const hanoi = rows.filter((e) => e.type === "CONSULT" && e.date === "2026-03-10");
  assert.equal(hanoi.length, 1);
  assert.equal(hanoi[0]?.sources, 3);
  const dates = rows.map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort(), "link cli: date order");
  const table = rasd(["timeline", "USA", "CHN"]);
  assert.match(
    table.stdout.split("\n")[0] ?? "",
    /^date\s+type\s+mode\s+actor\s+recipient\s+modality\s+sources/u,
  );
});

test("link cli: channels shows the talks active since they resumed, with their history", () => {
  const r = rasd(["channels", "--format", "json"]);
  assert.equal(r.code, 0, r.stderr);
  const rows = JSON.parse(r.stdout) as Array<{
    name_en: string;
    status: string;
    since: string;
    history: unknown[];
  }>;
  const talks = rows.find((c) => c.name_en === "Defense Policy Coordination Talks");
  assert.equal(talks?.status, "active");
  assert.equal(talks?.since, "2024-01-09");
  assert.equal(talks?.history.length, 2);
  const csv = rasd(["channels", "--format", "csv", "--status", "active"]);
  assert.equal(csv.stdout.split("\n")[0], "name,parties,status,since,changes,history,evidence");
});

test("link cli: stories and entities print tables and CSV", () => {
  const stories = rasd(["stories"]);
  assert.equal(stories.code, 0, stories.stderr);
  assert.match(stories.stdout, /هانوي/u);
  assert.doesNotMatch(stories.stdout, /التضخم/u, "link cli: a one-article story is not listed by default");
  const entities = rasd(["entities", "--format", "csv", "--type", "person"]);
  assert.equal(
    entities.stdout.split("\n")[0],
    "type,name,name_en,country,sector,variants,documents,mentions",
  );
  assert.match(entities.stdout, /بيت هيغسيث.*بيت هيجسيث/u);
});

test("link cli: a bad country code or limit is refused with what to give instead", () => {
  const r = rasd(["timeline", "USA", "china"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /"china" is not a country code: give ISO 3166-1 alpha-3 codes/u);
  const limit = rasd(["stories", "--limit", "0"]);
  assert.equal(limit.code, 2);
  assert.match(limit.stderr, /--limit must be a positive whole number/u);
});

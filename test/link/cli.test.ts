// `rasd timeline`, `channels`, `stories`, `entities` and `events` as a user runs them on own-written articles.
import assert from "node:assert/strict";
import { join } from "node:path";
import { before, test } from "node:test";
import { ROOT, runRasd } from "../helpers.ts";
import { scratchDir } from "../scratch.ts";

const ARTICLES = join(ROOT, "test", "link", "articles");
let db = "";

const rasd = (args: string[]) => runRasd([...args, ...(db ? ["--db", db] : [])]);

before(() => {
  db = join(scratchDir("rasd-link-cli-"), "db");
  const r = rasd(["ingest", ARTICLES]);
  assert.equal(r.code, 0, r.stderr);
});

interface HappeningRow {
  happening: string;
  sources: number;
  mentions: Array<{ outlet: string; evidence: string }>;
  event: { type: string; date: string | null };
}

test("link cli: timeline USA CHN lists the Hanoi meeting once, with its three outlets", () => {
  const r = rasd(["timeline", "usa", "CHN", "--format", "jsonl"]);
  assert.equal(r.code, 0, r.stderr);
  const rows = r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as HappeningRow);
  const hanoi = rows.filter((e) => e.event.type === "CONSULT" && e.event.date === "2026-03-10");
  assert.equal(hanoi.length, 1);
  assert.equal(hanoi[0]?.sources, 3);
  assert.equal(new Set(hanoi[0]?.mentions.map((m) => m.outlet)).size, 3);
  const dates = rows.map((e) => e.event.date);
  assert.deepEqual(dates, [...dates].sort(), "link cli: date order");
  const table = rasd(["timeline", "USA", "CHN"]);
  assert.match(
    table.stdout.split("\n")[0] ?? "",
    /^date\s+type\s+mode\s+actor\s+recipient\s+modality\s+sources/u,
  );
  assert.equal(table.stdout.match(/2026-03-10\s+CONSULT/gu)?.length, 1, "link cli: one row for the meeting");
});

test("link cli: events lists the same happenings as the timeline, each once", () => {
  const all = rasd(["events", "--format", "jsonl", "--limit", "500"]);
  assert.equal(all.code, 0, all.stderr);
  const rows = all.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as HappeningRow);
  assert.equal(new Set(rows.map((e) => e.happening)).size, rows.length);
  const timeline = rasd(["timeline", "CHN", "USA", "--format", "jsonl"])
    .stdout.trim()
    .split("\n")
    .map((l) => (JSON.parse(l) as HappeningRow).happening);
  const ids = new Set(rows.map((e) => e.happening));
  assert.ok(timeline.length > 0 && timeline.every((id) => ids.has(id)));
});

test("link cli: channels shows the talks active since they resumed, each dated line with its sentence", () => {
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
  const [header, ...lines] = csv.stdout.trim().split("\n");
  assert.equal(header, "name,parties,status,since,date,event,documents,evidence,document");
  const talksLines = lines.filter((l) => l.includes("2024-01-09,") && l.includes("CHN USA"));
  assert.equal(
    lines.filter((l) => /,2022-08-05,[A-Z]+ → suspended,1,/u.test(l)).length,
    1,
    "the suspension is a line, told by one document",
  );
  assert.ok(
    talksLines.some((l) => /,2024-01-09,[A-Z]+ → active,.+,[0-9a-f]{16}$/u.test(l)),
    "the resumption",
  );
  const table = rasd(["channels"]).stdout.split("\n");
  const suspension = table.find((l) => l.includes("2022-08-05"));
  const resumption = table.find((l) => l.includes("→ active"));
  assert.ok(suspension && resumption, "link cli: a table row per dated line");
  assert.ok(table.indexOf(suspension) < table.indexOf(resumption), "link cli: history in date order");
});

test("link cli: stories list their articles; entities print CSV", () => {
  const stories = rasd(["stories"]);
  assert.equal(stories.code, 0, stories.stderr);
  assert.doesNotMatch(stories.stdout, /التضخم/u, "link cli: a one-article story is not listed by default");
  const hanoi = stories.stdout.split("\n").filter((l) => /هانوي|هيغسيث|هيجسيث/u.test(l));
  assert.ok(hanoi.length >= 3, `link cli: each article of the Hanoi story is a row:\n${stories.stdout}`);
  for (const outlet of ["الحرة", "العين الإخبارية", "سكاي نيوز عربية"])
    assert.match(stories.stdout, new RegExp(outlet, "u"));
  const csv = rasd(["stories", "--format", "csv"]).stdout.trim().split("\n");
  assert.equal(csv[0], "story,days,articles,published,outlet,title,document");
  const story = csv[1]?.split(",")[0];
  assert.ok(story);
  assert.equal(
    csv.filter((l) => l.startsWith(`${story},`)).length,
    3,
    "link cli: three articles, each a row",
  );
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

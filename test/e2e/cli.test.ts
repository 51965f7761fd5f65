// `rasd` as a user runs it: a subprocess, real files, exit codes and messages.
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { analysisSchema } from "../../src/pipeline/schema.ts";
import type { Analysis } from "../../src/pipeline/types.ts";
import { needsShared, ROOT, runRasd, SEEDS } from "../helpers.ts";
import { scratchDir } from "../scratch.ts";

const FIXTURES = join(ROOT, "test", "fixtures");
/** The own-written text articles; test/fixtures/html holds the HTML pages (test/e2e/acquire.test.ts). */
const TEXT_FIXTURES = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".txt"))
  .sort();

const rasd = (args: string[], cwd = ROOT) => runRasd(args, { cwd });

function scratch(): string {
  return scratchDir("rasd-test-");
}

test("cli: analyze seed 002 gives the walking skeleton's promised output", needsShared, () => {
  const r = rasd(["analyze", join(SEEDS, "002_8193cf937e3cad2b.txt"), "--json"]);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout) as Analysis;
  assert.ok(analysisSchema.safeParse(a).success);
  assert.equal(a.document.title, "لأول مرة منذ 2019 .. الجيشان الصيني والأمريكي يستأنفان العلاقات العسكرية");
  assert.equal(a.document.published, "2023-11-30");
  assert.equal(a.document.outlet, "صدى البلد");
  assert.ok(
    !a.document.text.includes("عبدالله بن زايد"),
    "the appended UAE–Pakistan article is not in the body",
  );
  assert.ok(a.document.appended.some((x) => x.text.includes("عبدالله بن زايد")));
  for (const [name, country] of [
    ["وو تشيان", "CHN"],
    ["شي جين بينج", "CHN"],
    ["جو بايدن", "USA"],
  ]) {
    const p = a.entities.find((e) => e.type === "PERSON" && e.mentions.some((m) => m.text === name));
    assert.ok(p, `person ${name}`);
    assert.equal(p.country, country, `${name}'s country`);
  }
  const dyad = a.events.filter((e) => {
    const cs = new Set([...e.actor, ...e.recipient].map((p) => p.country));
    return (e.type === "CONSULT" || e.type === "AGREE") && cs.has("CHN") && cs.has("USA");
  });
  assert.ok(dyad.length > 0, "a CHN–USA CONSULT or AGREE event");
  for (const e of dyad)
    assert.equal(a.document.text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
});

test(
  "cli: every seed and fixture gives schema-valid rasd.analysis/1 whose offsets slice the body",
  needsShared,
  () => {
    const files = [
      ...readdirSync(SEEDS).map((f) => join(SEEDS, f)),
      ...TEXT_FIXTURES.map((f) => join(FIXTURES, f)),
    ];
    for (const file of files) {
      const r = rasd(["analyze", file, "--json"]);
      assert.equal(r.code, 0, `${file}: ${r.stderr}`);
      const parsed = analysisSchema.safeParse(JSON.parse(r.stdout));
      assert.ok(parsed.success, `${file}: ${parsed.success ? "" : parsed.error.message}`);
    }
  },
);

test("cli: analyze prints a readable summary without --json", () => {
  const r = rasd(["analyze", join(FIXTURES, TEXT_FIXTURES[0] as string)]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Entities/u);
  assert.match(r.stdout, /Events/u);
});

const BAD: Array<[string, (dir: string) => string, RegExp]> = [
  ["a missing path", (d) => join(d, "nope.txt"), /no such file/u],
  ["an empty file", (d) => write(d, "empty.txt", Buffer.alloc(0)), /empty/u],
  [
    "a binary file",
    (d) => write(d, "image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03])),
    /binary/u,
  ],
  [
    "invalid UTF-8",
    (d) => write(d, "latin.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x28, 0xc3, 0x28])),
    /UTF-8/u,
  ],
  ["a directory", (d) => d, /directory/u],
];

function write(dir: string, name: string, bytes: Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

for (const [what, make, message] of BAD) {
  test(`cli: analyze on ${what} prints one clear line and exits 2`, () => {
    const input = make(scratch());
    const r = rasd(["analyze", input]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, "");
    const lines = r.stderr.trim().split("\n");
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0] as string, message);
    assert.ok((lines[0] as string).includes(input), "the message names the input");
    assert.doesNotMatch(r.stderr, /\bat .*\.ts:\d+/u, "no stack trace");
  });
}

test("cli: ingest stores articles once, skips bad inputs with reasons, and reads back", () => {
  const dir = scratch();
  const db = join(dir, "db");
  const empty = join(dir, "no-articles");
  mkdirSync(empty);
  const binary = write(dir, "bad.txt", Buffer.from([0x00, 0x01, 0x02]));
  const first = rasd(["ingest", FIXTURES, join(dir, "missing"), binary, empty, "--db", db]);
  assert.equal(first.code, 1, "exit 1 when any input failed");
  const n = readdirSync(FIXTURES, { recursive: true }).filter((f) => /\.(txt|html)$/u.test(String(f))).length;
  assert.match(first.stdout, new RegExp(`${n} added, 0 already stored, 3 skipped`, "u"));
  assert.match(first.stderr, /missing: no such file/u);
  assert.match(first.stderr, /bad\.txt: .*binary/u);
  assert.match(first.stderr, /no-articles: .*no article files/u);

  const again = rasd(["ingest", FIXTURES, "--db", db]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(
    again.stdout,
    new RegExp(`0 added, ${n} already stored, 0 skipped`, "u"),
    "re-ingesting adds nothing",
  );

  const entities = rasd(["entities", "--db", db, "--format", "jsonl"]);
  assert.equal(entities.code, 0, entities.stderr);
  const rows = entities.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { name: string; variants: string[]; documents: number });
  const china = rows.find((r) => r.name === "الصين");
  assert.ok(china && china.documents >= 3, "China appears across documents");

  const events = rasd(["events", "--db", db, "--format", "csv"]);
  assert.equal(events.code, 0, events.stderr);
  const [header, ...lines] = events.stdout.trim().split("\n");
  assert.equal(header, "date,type,mode,actor,recipient,modality,sources,documents,evidence,id");
  assert.ok(lines.length > 10);

  const table = rasd(["events", "--db", db, "--country", "RUS", "--type", "CONSULT"]);
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /CONSULT/u);
  assert.doesNotMatch(table.stdout, /ACCUSE/u);
});

test("cli: schema prints the contract as JSON Schema", () => {
  const r = rasd(["schema"]);
  assert.equal(r.code, 0, r.stderr);
  const schema = JSON.parse(r.stdout) as { properties: Record<string, unknown> };
  assert.ok(schema.properties.document && schema.properties.events && schema.properties.entities);
});

test("cli: eval prints scores as a table and as JSON", () => {
  const r = rasd(["eval", "--json"]);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { measures: Record<string, { f1: number }> };
  assert.ok(report.measures.body && report.measures.events);
  const t = rasd(["eval"]);
  assert.match(t.stdout, /measure\s+tp\s+fp\s+fn\s+precision\s+recall\s+f1/u);
  assert.match(t.stdout, /modality accuracy: \d\.\d{3} \(\d+\/\d+\)/u);
});

test("cli: eval says so when no matched event carries a modality to score", () => {
  // An article with no event: nothing to score, and no accuracy of 1.000 out of 0.
  const gold = scratch();
  const file = "05_egypt_inflation.json";
  writeFileSync(join(gold, file), readFileSync(join(ROOT, "test/gold/fixtures", file)));
  const r = rasd(["eval", "--gold", gold]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /modality accuracy: none to score/u);
  assert.doesNotMatch(r.stdout, /\(0\/0\)/u);
});

test("cli: a bad option value is one clear line and exit 2", () => {
  const r = rasd(["events", "--format", "xml", "--db", join(scratch(), "db")]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /format/u);
});

test("cli: fixtures are the project's own articles, not copies of the shared seeds", needsShared, () => {
  const seeds = readdirSync(SEEDS).map((f) => readFileSync(join(SEEDS, f), "utf8"));
  for (const f of readdirSync(FIXTURES, { recursive: true })
    .map(String)
    .filter((f) => /\.(txt|html)$/u.test(f))) {
    const text = readFileSync(join(FIXTURES, f), "utf8");
    for (const sentence of text.split(/[.\n]/u).filter((s) => s.trim().length > 60)) {
      assert.ok(
        !seeds.some((s) => s.includes(sentence.trim())),
        `${f} copies a seed sentence: ${sentence.slice(0, 50)}`,
      );
    }
  }
});

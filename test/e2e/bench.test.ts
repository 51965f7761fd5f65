// `rasd bench` on a small folder of own-written articles: which runs it makes and what each counts.
// No timing is asserted (timings belong in docs/BENCHMARKS.md); the counts and shares must hold.
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import type { BenchReport } from "../../src/bench/index.ts";
import { ROOT, runRasd } from "../helpers.ts";
import { scratchDir } from "../scratch.ts";

const ARTICLES = [
  "01_hotline_pentagon.txt",
  "02_putin_beijing.txt",
  "03_arms_control_beijing.txt",
  "07_nauru_taiwan.txt",
];

describe("rasd bench", () => {
  let corpus = "";
  let report: BenchReport;

  before(() => {
    corpus = join(scratchDir("rasd-e2e-bench-"), "corpus");
    mkdirSync(corpus);
    for (const f of ARTICLES) copyFileSync(join(ROOT, "test", "fixtures", f), join(corpus, f));
    const r = runRasd(["bench", corpus, "--scales", "1,2", "--search-repeats", "1", "--jobs", "1", "--json"]);
    assert.equal(r.code, 0, r.stderr);
    report = JSON.parse(r.stdout) as BenchReport;
  });

  test("analysis only, then each scale's full ingest, counting every article of each copy", () => {
    assert.equal(report.files, ARTICLES.length);
    assert.deepEqual(
      report.runs.map((r) => [r.name, r.documents]),
      [
        ["analysis only", 4],
        ["full ingest 1×", 4],
        ["full ingest 2×", 8],
      ],
    );
    assert.equal(report.runs[1]?.timeRatio, 1);
    for (const r of report.runs) {
      const total = Object.values(r.shares).reduce((a, b) => a + b, 0);
      assert.ok(Math.abs(total - 1) < 1e-9, `${r.name}: stage shares add up to ${total}`);
      assert.ok(r.articlesPerSecond > 0 && r.peakRssMb > 0, r.name);
    }
    assert.ok("store" in (report.runs[1]?.shares ?? {}), "a full ingest has the store's share");
    assert.ok(!("store" in (report.runs[0]?.shares ?? {})), "analysis only stores nothing");
  });

  test("`rasd ingest` timed end to end in a new process stores the same articles", () => {
    const e = report.endToEnd;
    assert.ok(e, "an end-to-end run");
    assert.equal(e.documents, 4);
    assert.match(e.command, /^rasd ingest .*corpus --db .* --jobs 1 --no-progress$/u);
    assert.ok(e.seconds > 0);
  });

  test("search latency is measured over the 1× database", () => {
    assert.equal(report.search?.documents, 4);
    assert.ok((report.search?.runs ?? 0) >= 1);
  });

  test("--analysis-only and --no-end-to-end leave the other runs out", () => {
    const r = runRasd(["bench", corpus, "--analysis-only", "--json"]);
    assert.equal(r.code, 0, r.stderr);
    const only = JSON.parse(r.stdout) as BenchReport;
    assert.deepEqual(
      only.runs.map((x) => x.name),
      ["analysis only"],
    );
    assert.equal(only.endToEnd, null);
    assert.equal(only.search, null);
    const n = runRasd([
      "bench",
      corpus,
      "--scales",
      "1",
      "--search-repeats",
      "1",
      "--no-end-to-end",
      "--json",
    ]);
    assert.equal(n.code, 0, n.stderr);
    const noE2e = JSON.parse(n.stdout) as BenchReport;
    assert.equal(noE2e.endToEnd, null);
    assert.equal(noE2e.runs.at(-1)?.name, "full ingest 1×");
  });

  test("bad options and a missing folder are told, with exit code 2", () => {
    const scales = runRasd(["bench", corpus, "--scales", "0"]);
    assert.equal(scales.code, 2);
    assert.match(scales.stderr, /--scales must be whole multiples from 1 to 16/u);
    const missing = runRasd(["bench", join(corpus, "nowhere")]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nowhere: no such folder/u);
  });
});

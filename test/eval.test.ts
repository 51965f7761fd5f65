// The quality gate: rasd eval on test/gold must not fall below test/gold/floors.json.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { runEval } from "../src/eval/index.ts";
import { MEASURES } from "../src/eval/score.ts";
import { HAS_SHARED, ROOT, SHARED, sharedPipeline } from "./helpers.ts";

const floors = JSON.parse(readFileSync(join(ROOT, "test/gold/floors.json"), "utf8")) as {
  with_shared: Record<string, number>;
  without_shared: Record<string, number>;
  history: Array<{ date: string; change: string; reason: string }>;
};

test("eval: every measure meets its floor in test/gold/floors.json", (t) => {
  if (!HAS_SHARED)
    t.diagnostic("../shared is absent: the seeds are skipped and the fixtures-only floors apply");
  const report = runEval(sharedPipeline(), join(ROOT, "test/gold"), { root: ROOT, shared: SHARED });
  const wanted = HAS_SHARED ? floors.with_shared : floors.without_shared;
  assert.ok(report.files >= (HAS_SHARED ? 15 : 10), `scored ${report.files} gold articles`);
  for (const m of MEASURES) {
    const floor = wanted[m];
    assert.ok(floor !== undefined, `floors.json has no floor for ${m}`);
    const f1 = report.measures[m].f1;
    t.diagnostic(`${m}: F1 ${f1.toFixed(3)} (floor ${floor})`);
    assert.ok(f1 >= floor, `${m} F1 ${f1.toFixed(3)} fell below its floor ${floor}`);
  }
});

test("eval: every floor change is recorded with a reason", () => {
  assert.ok(floors.history.length > 0);
  for (const h of floors.history)
    assert.ok(h.reason.trim().length > 0, `floor change ${h.date} has no reason`);
});

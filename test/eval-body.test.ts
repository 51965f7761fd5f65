// The body gate: rasd eval on test/gold-body (HTML pages, ANT articles) must not fall below its
// floors. Those gold files annotate body and metadata only, so they are scored apart from test/gold.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { runEval } from "../src/eval/index.ts";
import { HAS_SHARED, ROOT, SHARED, sharedPipeline } from "./helpers.ts";

const DIR = join(ROOT, "test/gold-body");
const floors = JSON.parse(readFileSync(join(DIR, "floors.json"), "utf8")) as {
  with_shared: Record<"body" | "metadata", number>;
  without_shared: Record<"body" | "metadata", number>;
  history: Array<{ reason: string }>;
};

test("eval-body: body and metadata meet their floors in test/gold-body/floors.json", (t) => {
  const report = runEval(sharedPipeline(), DIR, { root: ROOT, shared: SHARED });
  assert.ok(report.files >= (HAS_SHARED ? 60 : 10), `eval-body: scored ${report.files} gold articles`);
  const wanted = HAS_SHARED ? floors.with_shared : floors.without_shared;
  for (const m of ["body", "metadata"] as const) {
    const f1 = report.measures[m].f1;
    t.diagnostic(`${m}: F1 ${f1.toFixed(3)} (floor ${wanted[m]})`);
    assert.ok(f1 >= wanted[m], `eval-body: ${m} F1 ${f1.toFixed(3)} fell below its floor ${wanted[m]}`);
  }
  assert.ok(
    floors.history.every((h) => h.reason.trim() !== ""),
    "eval-body: every floor change has a reason",
  );
});

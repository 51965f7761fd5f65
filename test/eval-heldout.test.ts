// The held-out gate: rasd eval on test/gold-heldout (held-out sets 2 and 3, corpus articles annotated
// before Rasd was run on them) must not fall below its event floors. The gold lists GPE and
// PERSON mentions only, so only the two event measures have floors; test/gold's gate never reads
// this folder.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { runEval } from "../src/eval/index.ts";
import { ROOT, SHARED, sharedPipeline } from "./helpers.ts";

const DIR = join(ROOT, "test/gold-heldout");
const CORPUS = join(SHARED, "corpora/ant-bbc-cnn");
const floors = JSON.parse(readFileSync(join(DIR, "floors.json"), "utf8")) as {
  with_shared: Record<"events" | "events_undated", number>;
  history: Array<{ reason: string }>;
};

test(
  "eval-heldout: events meet their floors in test/gold-heldout/floors.json",
  existsSync(CORPUS) ? {} : { skip: `${CORPUS} is absent: held-out sets 2 and 3 read the corpus` },
  (t) => {
    const report = runEval(sharedPipeline(), DIR, { root: ROOT, shared: SHARED });
    assert.equal(report.files, 30, `eval-heldout: scored ${report.files} gold articles, want 30`);
    for (const m of ["events", "events_undated"] as const) {
      const { precision, recall, f1 } = report.measures[m];
      t.diagnostic(
        `${m}: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (floor ${floors.with_shared[m]})`,
      );
      assert.ok(
        f1 >= floors.with_shared[m],
        `eval-heldout: ${m} F1 ${f1.toFixed(3)} fell below its floor ${floors.with_shared[m]}`,
      );
    }
  },
);

test("eval-heldout: every floor change has a reason", () => {
  assert.ok(floors.history.length > 0);
  assert.ok(
    floors.history.every((h) => h.reason.trim() !== ""),
    "eval-heldout: every floor change has a reason",
  );
});

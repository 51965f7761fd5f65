// The gates on corpus gold: rasd eval on test/gold-heldout (held-out sets 2 and 3), on
// test/gold-heldout-4 (held-out set 4, kept apart so that each set's floors only go up), on
// test/gold-corpus (the corpus development set) and on test/gold-corpus-2 to -6 (its second
// to sixth parts, kept apart for the same reason), corpus articles annotated before Rasd was run on
// them, must not fall below their event floors. Their gold lists GPE and PERSON mentions only, so
// only the two event measures have floors; test/gold's gate never reads these folders.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { runEval } from "../src/eval/index.ts";
import { ROOT, SHARED, sharedPipeline } from "./helpers.ts";

const CORPUS = join(SHARED, "corpora/ant-bbc-cnn");

interface Floors {
  files: number;
  with_shared: Record<"events" | "events_undated", number>;
  history: Array<{ reason: string }>;
}

for (const folder of [
  "test/gold-heldout",
  "test/gold-heldout-4",
  "test/gold-corpus",
  "test/gold-corpus-2",
  "test/gold-corpus-3",
  "test/gold-corpus-4",
  "test/gold-corpus-5",
  "test/gold-corpus-6",
  "test/gold-corpus-7",
  "test/gold-corpus-8",
  "test/gold-corpus-9",
  "test/gold-corpus-10",
  "test/gold-corpus-11",
  "test/gold-corpus-12",
  "test/gold-corpus-13",
  "test/gold-corpus-14",
  "test/gold-corpus-15",
  "test/gold-corpus-16",
  "test/gold-corpus-17",
  "test/gold-corpus-18",
  "test/gold-corpus-19",
  "test/gold-corpus-20",
  "test/gold-corpus-21",
  "test/gold-corpus-22",
  "test/gold-corpus-23",
  "test/gold-corpus-24",
  "test/gold-corpus-25",
  "test/gold-corpus-26",
]) {
  const dir = join(ROOT, folder);
  const floorsFile = join(dir, "floors.json");
  if (!existsSync(floorsFile)) continue;
  const floors = JSON.parse(readFileSync(floorsFile, "utf8")) as Floors;

  test(
    `eval-heldout: events meet their floors in ${folder}/floors.json`,
    existsSync(CORPUS) ? {} : { skip: `${CORPUS} is absent: ${folder} reads the corpus` },
    (t) => {
      const report = runEval(sharedPipeline(), dir, { root: ROOT, shared: SHARED });
      assert.equal(
        report.files,
        floors.files,
        `eval-heldout: scored ${report.files} articles in ${folder}, want ${floors.files}`,
      );
      for (const m of ["events", "events_undated"] as const) {
        const { precision, recall, f1 } = report.measures[m];
        t.diagnostic(
          `${m}: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (floor ${floors.with_shared[m]})`,
        );
        assert.ok(
          f1 >= floors.with_shared[m],
          `eval-heldout: ${folder} ${m} F1 ${f1.toFixed(3)} fell below its floor ${floors.with_shared[m]}`,
        );
      }
    },
  );

  test(`eval-heldout: every floor change in ${folder} has a reason`, () => {
    assert.ok(floors.history.length > 0);
    assert.ok(
      floors.history.every((h) => h.reason.trim() !== ""),
      `eval-heldout: every floor change in ${folder} has a reason`,
    );
  });
}

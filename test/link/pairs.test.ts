// The merge decision measured on names as BBC Arabic and CNN Arabic spell them (test/link/pairs.tsv).
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { loadTransliteration, sameEntity } from "../../src/link/names.ts";
import { readTsv } from "../../src/pipeline/tsv.ts";
import { ROOT } from "../helpers.ts";

/** Lowest precision and recall of the merge decision on the pairs; raise them as the rules improve. */
const FLOORS = { precision: 0.95, recall: 0.85 };

const orNull = (s: string | undefined) => (s ? s : null);

test("pairs.tsv: the merge decision keeps precision and recall above their floors", (t) => {
  const translit = loadTransliteration();
  const rows = readTsv(join(ROOT, "test", "link", "pairs.tsv"), ["a", "b", "type", "same"]);
  assert.ok(rows.filter((r) => r.same === "1").length >= 50, "pairs.tsv: at least 50 variant pairs");
  assert.ok(rows.filter((r) => r.same === "0").length >= 50, "pairs.tsv: at least 50 look-alike non-pairs");
  let [tp, fp, fn] = [0, 0, 0];
  const misses: string[] = [];
  for (const r of rows) {
    const side = (name: string, country: string | undefined, role: string | undefined) => ({
      type: r.type as string,
      name,
      country: orNull(country),
      role: orNull(role),
    });
    const merged = sameEntity(
      side(r.a as string, r.country_a, r.role_a),
      side(r.b as string, r.country_b, r.role_b),
      translit,
    );
    const same = r.same === "1";
    if (merged && same) tp++;
    if (merged && !same) fp++;
    if (!merged && same) fn++;
    if (merged !== same) misses.push(`${r.a} / ${r.b}: ${merged ? "merged" : "kept apart"}`);
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const report = `pairs.tsv: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}); misses: ${misses.join("; ")}`;
  assert.ok(precision >= FLOORS.precision, report);
  t.diagnostic(report);
  assert.ok(recall >= FLOORS.recall, report);
});

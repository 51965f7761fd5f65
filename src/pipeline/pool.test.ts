import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT } from "../../test/helpers.ts";
import { prepareForStore } from "../store/prepare.ts";
import { createPool } from "./pool.ts";
import type { Source, SourceItem } from "./sources.ts";

const FIXTURES = join(ROOT, "test", "fixtures");

function sources(): Source[] {
  return [
    ...readdirSync(FIXTURES)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f): Source => ({ kind: "file", path: join(FIXTURES, f) })),
    { kind: "file", path: join(FIXTURES, "no-such-file.txt") },
  ];
}

/** What a run produced, comparable across runs: ids and counts, problems by input. */
function summary(items: SourceItem[]): string[] {
  return items.map((i) =>
    i.kind === "document"
      ? `${i.doc.analysis.document.id} ${i.doc.language} ${i.doc.analysis.entities.length} ${i.doc.analysis.events.length}`
      : i.kind === "error"
        ? `error ${i.input}: ${i.problem}`
        : `input ${i.input}`,
  );
}

async function runAll(jobs: number): Promise<{ items: string[]; stageMs: number }> {
  const pool = await createPool({ jobs });
  try {
    const results = await Promise.all(sources().map((s) => pool.analyze(s)));
    return {
      items: results.flatMap((r) => summary(r.items)),
      stageMs: results.reduce(
        (n, r) => n + r.times.clean + r.times.arabic + r.times.entities + r.times.events,
        0,
      ),
    };
  } finally {
    await pool.close();
  }
}

test("pool: worker threads give what the calling thread gives, in the order asked", async () => {
  const one = await runAll(0);
  const two = await runAll(2);
  assert.deepEqual(two.items, one.items);
  assert.ok(one.items.some((l) => l.startsWith("error ") && l.includes("no-such-file.txt: no such file")));
  assert.ok(two.stageMs > 0, "stage times come back from the workers");
});

test("pool: a copy for benchmarks has its own id", async () => {
  const pool = await createPool({ jobs: 0 });
  const path = join(FIXTURES, "01_hotline_pentagon.txt");
  const [a, b] = await Promise.all([
    pool.analyze({ kind: "file", path }),
    pool.analyze({ kind: "file", path, copy: 2 }),
  ]);
  const doc = (items: SourceItem[]) => items.find((i) => i.kind === "document");
  const [x, y] = [doc(a?.items ?? []), doc(b?.items ?? [])];
  assert.ok(x?.kind === "document" && y?.kind === "document");
  assert.notEqual(x.doc.analysis.document.id, y.doc.analysis.document.id);
  assert.equal(y.doc.analysis.document.uri, `${path}#copy-2`);
  await pool.close();
});

test("pool: a source sent with forStore false comes back without the store's prep, which the writer makes the same", async () => {
  const pool = await createPool({ jobs: 1 });
  try {
    const path = join(FIXTURES, "02_putin_beijing.txt");
    const [made, left] = await Promise.all([
      pool.analyze({ kind: "file", path }),
      pool.analyze({ kind: "file", path, forStore: false }),
    ]);
    const [a, b] = [made.items.at(-1), left.items.at(-1)];
    assert.ok(a?.kind === "document" && b?.kind === "document");
    assert.ok(a.doc.store !== undefined, "the worker made the prep");
    assert.equal(b.doc.store, undefined, "the prep is left to the writer");
    assert.deepEqual(b.doc.analysis, a.doc.analysis);
    assert.deepEqual(prepareForStore(b.doc.analysis, b.doc.language), a.doc.store);
  } finally {
    await pool.close();
  }
});

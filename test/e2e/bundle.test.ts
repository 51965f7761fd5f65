// The CLI runs as a bundle of src/ (bin/bundle.js), its analysis workers too, and it stores and
// prints the same as the sources run through tsx (`RASD_BUNDLE=off`).
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT, runRasd } from "../helpers.ts";

const CACHE = join(ROOT, "node_modules", ".cache", "rasd-bundle");
const ARTICLES = ["01_hotline_pentagon.txt", "02_putin_beijing.txt", "03_arms_control_beijing.txt"].map((f) =>
  join(ROOT, "test", "fixtures", f),
);

/** `rasd ingest` through one worker thread into a new directory, then its events as JSON lines. */
function ingestAndList(env: NodeJS.ProcessEnv): string {
  const dir = mkdtempSync(join(tmpdir(), "rasd-bundle-"));
  try {
    const db = join(dir, "db");
    const ingested = runRasd(["ingest", ...ARTICLES, "--db", db, "--jobs", "1"], { env });
    assert.equal(ingested.code, 0, ingested.stderr);
    const events = runRasd(["events", "--db", db, "--format", "jsonl"], { env });
    assert.equal(events.code, 0, events.stderr);
    return events.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("bundle: the CLI and its worker run bundled and store what the sources store", () => {
  const env = { ...process.env, DATABASE_URL: "" };
  const bundled = ingestAndList(env);
  const made = readdirSync(CACHE).filter(
    (d) => existsSync(join(CACHE, d, "main.js")) && existsSync(join(CACHE, d, "worker.js")),
  );
  assert.ok(made.length > 0, `no bundle in ${CACHE}`);
  assert.ok(bundled.split("\n").filter(Boolean).length > 0, "no events stored");
  assert.equal(bundled, ingestAndList({ ...env, RASD_BUNDLE: "off" }));
});

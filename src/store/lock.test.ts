import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { LOCK_FILE, lockDirectory, processAlive } from "./lock.ts";
import { openDb } from "./db.ts";
import { ingest } from "./ingest.ts";
import { ROOT } from "../../test/helpers.ts";
import { scratchDir } from "../../test/scratch.ts";

function scratch(): string {
  return scratchDir("rasd-lock-");
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  return Number(r.stdout);
}

test("lock: the lock file holds the owner's pid and goes on release", () => {
  const dir = scratch();
  const lock = lockDirectory(dir);
  assert.equal(readFileSync(join(dir, LOCK_FILE), "utf8").trim(), String(process.pid));
  lock.release();
  assert.equal(existsSync(join(dir, LOCK_FILE)), false);
});

test("lock: a directory held by a live process is refused with its pid and what to do", () => {
  const dir = scratch();
  writeFileSync(join(dir, LOCK_FILE), `${process.ppid}\n`);
  assert.ok(processAlive(process.ppid));
  assert.throws(
    () => lockDirectory(dir),
    new RegExp(
      `in use by another rasd process \\(pid ${process.ppid}\\); wait for it to finish, or use another --db`,
      "u",
    ),
  );
});

test("lock: a lock left by a dead process, or an unreadable one, is taken over", () => {
  for (const content of [`${deadPid()}\n`, "garbage"]) {
    const dir = scratch();
    writeFileSync(join(dir, LOCK_FILE), content);
    const lock = lockDirectory(dir);
    assert.equal(readFileSync(join(dir, LOCK_FILE), "utf8").trim(), String(process.pid));
    lock.release();
  }
});

test("lock: processAlive says no for pids that cannot be processes", () => {
  for (const pid of [0, -1, 1.5, Number.NaN]) assert.equal(processAlive(pid), false, String(pid));
});

test("lock: an ingest handed a locked directory while it opens throws the lock's message and stops its workers", async () => {
  const dir = scratch();
  writeFileSync(join(dir, LOCK_FILE), `${process.ppid}\n`);
  // As `rasd ingest` does: the workers start while the database opens. Were the worker left
  // running, this file would never end.
  const opening = openDb(dir);
  opening.catch(() => undefined);
  await assert.rejects(
    ingest(opening, [join(ROOT, "test", "fixtures")], { jobs: 1 }),
    /in use by another rasd process .*use another --db/u,
  );
});

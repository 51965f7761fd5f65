import assert from "node:assert/strict";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { UsageError } from "../pipeline/errors.ts";
import { diskAlmostFull } from "./db.ts";
import { databaseProblem } from "./errors.ts";

/** A driver error as pg or PGlite raise it. */
function dbError(message: string, code?: string): Error {
  return Object.assign(new Error(message), code ? { code } : {});
}

const CASES: Array<[string, Error, RegExp | null]> = [
  [
    "server shut down",
    dbError("terminating connection due to administrator command", "57P01"),
    /lost the connection/u,
  ],
  ["connection reset", dbError("read ECONNRESET", "ECONNRESET"), /lost the connection/u],
  ["pg's dead client", dbError("Connection terminated unexpectedly"), /lost the connection/u],
  ["SQLSTATE 08006", dbError("connection failure", "08006"), /lost the connection/u],
  [
    "SQLSTATE 53100",
    dbError('could not extend file "base/1/2": No space left on device', "53100"),
    /disk .* is full/u,
  ],
  [
    "ENOSPC from the file system",
    dbError("ENOSPC: no space left on device, write", "ENOSPC"),
    /disk .* is full/u,
  ],
  ["a unique violation (a bug, not the user's)", dbError("duplicate key", "23505"), null],
];

for (const [what, error, expected] of CASES) {
  test(`errors: ${what}`, () => {
    const p = databaseProblem(error, "./rasd-data");
    if (expected === null) return assert.equal(p, null);
    assert.ok(p instanceof UsageError);
    assert.match(p.message, expected);
    assert.match(p.message, /\.\/rasd-data/u, "names the database");
    assert.match(p.message, /run the same command again/u, "says how to resume");
  });
}

test("diskAlmostFull reads the free space of the file system holding the directory", () => {
  const dir = tmpdir();
  // Any file system has at least no bytes free, and none has more free than the largest safe integer.
  assert.equal(diskAlmostFull(dir, 0), false);
  assert.equal(diskAlmostFull(dir, Number.MAX_SAFE_INTEGER), true);
  // A directory that cannot be read says nothing about the disk.
  assert.equal(diskAlmostFull(join(dir, "rasd-no-such-directory", "db"), Number.MAX_SAFE_INTEGER), false);
});

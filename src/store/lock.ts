// One process at a time on a PGlite directory: a lock file holding the owner's pid. PGlite has no
// server to arbitrate, and two processes writing one data directory corrupt it.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../pipeline/errors.ts";

export const LOCK_FILE = "rasd.lock";

export interface DirLock {
  release(): void;
}

/** True when a process with this pid runs (a zombie or another user's process counts as running). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function ownerOf(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8").trim(), 10);
    return Number.isNaN(pid) ? null : pid;
  } catch {
    return null;
  }
}

/**
 * Takes `dir`'s lock or throws a UsageError naming the process that holds it. A lock left by a
 * process that died (`kill -9`, power loss) is taken over.
 */
export function lockDirectory(dir: string): DirLock {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, "wx");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST")
        throw new UsageError(`cannot lock the data directory ${dir}: ${(e as Error).message}`);
      const owner = ownerOf(path);
      if (owner !== null && owner !== process.pid && processAlive(owner))
        throw new UsageError(
          `the data directory ${dir} is in use by another rasd process (pid ${owner}); wait for it to finish, or use another --db (if pid ${owner} is not rasd, remove ${path})`,
        );
      if (owner === process.pid)
        throw new UsageError(`the data directory ${dir} is already open in this process; close it first`);
      // Stale: its owner is gone. Remove it and try again; another process may win the race.
      try {
        unlinkSync(path);
      } catch {
        // someone else removed it first
      }
      continue;
    }
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return {
      release() {
        if (ownerOf(path) === process.pid) {
          try {
            unlinkSync(path);
          } catch {
            // already gone
          }
        }
      },
    };
  }
  throw new UsageError(`cannot lock the data directory ${dir}: other processes keep taking it; try again`);
}

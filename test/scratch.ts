// Scratch directories for tests, removed when the test process exits. A test file that made its
// directories with mkdtemp and left them filled /tmp with a database per test run (a PGlite
// directory is 40–120 MB): 79 GB over two days of runs on the development machine.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];

process.on("exit", () => {
  for (const dir of made) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // A directory another process still holds open is left for the system's tmp cleaning.
    }
  }
});

/** A new empty directory under the system's temporary folder, named `<prefix>XXXXXX`, removed at exit. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

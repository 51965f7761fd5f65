// Where the development corpus is, for the scripts that read it.
import { existsSync } from "node:fs";
import { resolve } from "node:path";

/** `../shared/corpora/ant-bbc-cnn` beside the repository. */
export const DEFAULT_CORPUS = resolve(import.meta.dirname, "..", "..", "shared", "corpora", "ant-bbc-cnn");

/** True, after telling the user what to pass and setting a failing exit code, when `dir` is absent. */
export function corpusMissing(dir: string): boolean {
  if (existsSync(dir)) return false;
  process.stderr.write(`no corpus at ${dir}: pass --corpus DIR\n`);
  process.exitCode = 1;
  return true;
}

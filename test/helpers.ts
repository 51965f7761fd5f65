// Shared by tests: where ../shared is, and one pipeline for the whole test file.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createPipeline, type Pipeline } from "../src/pipeline/run.ts";
import type { Analysis } from "../src/pipeline/types.ts";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED = resolve(ROOT, "..", "shared");
export const SEEDS = join(SHARED, "seeds");
export const HAS_SHARED = existsSync(SEEDS);

/** Options for `test()`: skips with a notice when ../shared is absent. */
export const needsShared = HAS_SHARED
  ? {}
  : { skip: "../shared is absent: tests on the seeds and corpus are skipped" };

let pipeline: Pipeline | null = null;

export function sharedPipeline(): Pipeline {
  pipeline ??= createPipeline();
  return pipeline;
}

export function analyzeText(text: string, meta: { published?: string } = {}): Analysis {
  return sharedPipeline().analyze({ uri: null, format: "text", text, meta });
}

// Shared by tests: where ../shared is, one pipeline for the whole test file, the CLI as a subprocess.
import { spawnSync } from "node:child_process";
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

/** The events of a text as type, mode, modality and the sorted states of both sides. */
export function eventParties(text: string) {
  return analyzeText(text, {}).events.map((e) => ({
    type: e.type,
    mode: e.mode,
    modality: e.modality,
    parties: [...new Set([...e.actor, ...e.recipient].map((p) => p.country).filter(Boolean))].sort(),
  }));
}

/** The states of one side of an event, sorted and joined (`"CHN,RUS"`). */
const side = (parties: Array<{ country: string | null }>) =>
  [...new Set(parties.map((p) => p.country))].sort().join();

/** The events of a text as type and the states of each side, sorted and joined (`"CHN,RUS"`). */
export function eventSides(text: string) {
  return analyzeText(text, {}).events.map((e) => ({
    type: e.type,
    actor: side(e.actor),
    recipient: side(e.recipient),
  }));
}

/**
 * The events of a text, one line each: `TYPE actor>recipient` (each side's states sorted, joined by
 * `+`), then with `"modality"` its modality, and with `"negation"` also ` neg` for a negated event.
 */
export function eventLines(text: string, detail: "states" | "modality" | "negation" = "negation"): string[] {
  return analyzeText(text, {}).events.map((e) => {
    const states = (ps: typeof e.actor) => [...new Set(ps.map((p) => p.country))].sort().join("+");
    const line = `${e.type} ${states(e.actor)}>${states(e.recipient)}`;
    if (detail === "states") return line;
    return `${line} ${e.modality}${detail === "negation" && e.negated ? " neg" : ""}`;
  });
}

/** Each event of a text published on `published`, as `TYPE ACTOR>RECIPIENT DATE` (`null` when undated). */
export function datedLines(text: string, published: string): string[] {
  return analyzeText(text, { published }).events.map((e) => {
    const states = (ps: typeof e.actor) => [...new Set(ps.map((p) => p.country))].sort().join("+");
    return `${e.type} ${states(e.actor)}>${states(e.recipient)} ${e.date}`;
  });
}

/** The events of a text as `eventSides` gives them, with their modality and negation. */
export function eventReadings(text: string) {
  return analyzeText(text, {}).events.map((e) => ({
    type: e.type,
    actor: side(e.actor),
    recipient: side(e.recipient),
    modality: e.modality,
    negated: e.negated,
  }));
}

/** The CLI's entry, for tests that run it as a user would. */
export const BIN = join(ROOT, "bin", "rasd.js");

/** Runs `rasd ARGS` to its end; never on a DATABASE_URL of the environment unless `env` gives one. */
export function runRasd(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    env: options.env ?? { ...process.env, DATABASE_URL: "" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

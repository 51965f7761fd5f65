// Gold files: their format (docs/gold-format.md) and where their inputs are.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { UsageError } from "../pipeline/errors.ts";
import { EVENT_TYPES } from "../pipeline/schema.ts";

const goldEntity = z.object({
  type: z.enum(["PERSON", "ORG", "GPE", "LOC", "MEDIA", "MECHANISM", "OTHER"]),
  text: z.string().min(1),
  country: z.string().nullable().optional(),
  sector: z.string().nullable().optional(),
  role: z.string().nullable().optional(),
  occurrences: z.array(z.number().int().positive()).optional(),
  start: z.number().int().nonnegative().optional(),
});

const goldEvent = z.object({
  type: z.enum(EVENT_TYPES),
  parties: z.array(z.string()).min(1),
  date: z.string().nullable().optional(),
  negated: z.boolean().optional(),
  modality: z.enum(["asserted", "future", "proposed", "requested", "conditional"]).optional(),
});

export const goldSchema = z.object({
  input: z.string().min(1),
  note: z.string().optional(),
  title: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  body: z
    .object({ must: z.array(z.string()).default([]), must_not: z.array(z.string()).default([]) })
    .default({ must: [], must_not: [] }),
  entities: z.array(goldEntity).default([]),
  events: z.array(goldEvent).default([]),
});

export type Gold = z.infer<typeof goldSchema>;
export type GoldEntity = z.infer<typeof goldEntity>;
export type GoldEvent = z.infer<typeof goldEvent>;

export interface GoldFile {
  path: string;
  gold: Gold;
  /** The input's path on disk, or null when it lives in an absent ../shared. */
  inputPath: string | null;
}

export interface GoldLocations {
  /** Repository root, against which plain inputs resolve. */
  root: string;
  /** The shared folder `shared:` inputs resolve against. */
  shared: string;
}

export function listGoldFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`gold folder not found: ${dir}`);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".json") && e.name !== "floors.json") out.push(p);
    }
  };
  walk(dir);
  return out;
}

export function loadGold(path: string, where: GoldLocations): GoldFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new UsageError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = goldSchema.safeParse(raw);
  if (!parsed.success)
    throw new UsageError(
      `${path}: not a gold file: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  const gold = parsed.data;
  const inputPath = gold.input.startsWith("shared:")
    ? resolve(where.shared, gold.input.slice("shared:".length))
    : resolve(where.root, gold.input);
  if (!existsSync(inputPath)) {
    if (gold.input.startsWith("shared:")) return { path, gold, inputPath: null };
    throw new UsageError(`${path}: its input ${gold.input} does not exist`);
  }
  return { path, gold, inputPath };
}

// A new PGlite directory copied from a template instead of made by `initdb`: PGlite runs initdb in
// WebAssembly (4.5 CPU seconds, more than ingesting 500 articles), then every migration. The
// template is a cleanly closed data directory at the newest schema, made once per machine and per
// PGlite and schema version, in a cache folder; copying it takes a fraction of a second. A data
// directory is relocatable (PostgreSQL stores no absolute path in it), so a copy is a database of
// its own.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { basename, dirname, join } from "node:path";
import { LOCK_FILE } from "./lock.ts";

/**
 * Left in a PGlite directory while it is being made (a template copied, or PGlite's initdb), removed
 * once PGlite has opened it: a directory that still has it was cut off while being made (`kill -9`)
 * and is made again.
 */
export const CREATING_FILE = "rasd.creating";

/** `RASD_PGLITE_TEMPLATE=off` makes every new directory with initdb, as PGlite does by itself. */
export function templatesEnabled(): boolean {
  return process.env.RASD_PGLITE_TEMPLATE !== "off";
}

/** `RASD_CACHE_DIR`, else `$XDG_CACHE_HOME/rasd`, else `~/.cache/rasd`. */
export function cacheDir(): string {
  if (process.env.RASD_CACHE_DIR) return process.env.RASD_CACHE_DIR;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "rasd");
}

function pgliteVersion(): string {
  const require = createRequire(import.meta.url);
  let dir = dirname(require.resolve("@electric-sql/pglite"));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
}

/** The template's folder: a new PGlite or a changed migration makes a new template. */
export function templatePath(migrationTexts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const sql of migrationTexts) hash.update(sql).update("\0");
  return join(cacheDir(), `pglite-${pgliteVersion()}-schema-${hash.digest("hex").slice(0, 12)}`);
}

/**
 * Fills the empty directory `dir` with a copy of the template, making the template first when
 * there is none (`build` makes a migrated, closed database in the folder it is given). Returns
 * false, leaving `dir` as it was, when the cache cannot be used (not writable, disk full): the
 * caller then makes the directory the ordinary way.
 */
export async function seedFromTemplate(
  dir: string,
  template: string,
  build: (dir: string) => Promise<void>,
): Promise<boolean> {
  try {
    if (!existsSync(join(template, "PG_VERSION"))) await makeTemplate(template, build);
    cpSync(template, dir, {
      recursive: true,
      filter: (src) => basename(src) !== LOCK_FILE && basename(src) !== CREATING_FILE,
    });
    return true;
  } catch {
    // Leave no half copy behind: the directory was empty but for our lock file.
    for (const entry of safeList(dir))
      if (entry !== LOCK_FILE) rmSync(join(dir, entry), { recursive: true, force: true });
    return false;
  }
}

/** Built beside its final place and renamed into it, so a template is always whole. */
async function makeTemplate(template: string, build: (dir: string) => Promise<void>): Promise<void> {
  mkdirSync(dirname(template), { recursive: true });
  const building = `${template}.building-${process.pid}-${Date.now()}`;
  try {
    await build(building);
    try {
      renameSync(building, template);
    } catch (e) {
      // Another process made it first: theirs is as good.
      if (!existsSync(join(template, "PG_VERSION"))) throw e;
    }
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

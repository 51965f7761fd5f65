// Rasd's TypeScript as two JavaScript files, made by esbuild once per version of the sources and
// kept in node_modules/.cache/rasd-bundle: the CLI (main.js) and the analysis worker (worker.js).
// Loading them takes half the start-up of loading ~200 TypeScript modules one by one through tsx's
// loader (`rasd --help`: about 0.85 against 1.8 s wall), in the CLI and in every worker thread.
// The sources stay the program: any change under src/ (a file's size or time) makes a new bundle
// on the next run, and a bundle that cannot be made or written falls back to tsx, as before.
// `RASD_BUNDLE=off` always runs the sources through tsx.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCES = join(ROOT, "src");
const CACHE = join(ROOT, "node_modules", ".cache", "rasd-bundle");

/** Every file under src/ but tests, by path, size and modification time, with esbuild's version and this file. */
function sourcesKey() {
  const hash = createHash("sha256");
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (!e.name.endsWith(".test.ts")) {
        const s = statSync(path);
        hash.update(`${relative(SOURCES, path)}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  walk(SOURCES);
  const esbuild = JSON.parse(readFileSync(join(ROOT, "node_modules", "esbuild", "package.json"), "utf8"));
  // This file's own text too: changed build options make a new bundle.
  hash.update(`esbuild ${esbuild.version}\n${ROOT}\n`).update(readFileSync(fileURLToPath(import.meta.url)));
  return hash.digest("hex").slice(0, 16);
}

/**
 * The bundle's folder for the sources as they are, made first if need be; null when it cannot be
 * made (esbuild missing, a source that does not compile, a read-only checkout): run through tsx.
 */
export async function bundleDir() {
  if (process.env.RASD_BUNDLE === "off") return null;
  try {
    const dir = join(CACHE, sourcesKey());
    if (existsSync(join(dir, "main.js"))) return dir;
    await build(dir);
    return dir;
  } catch {
    return null;
  }
}

async function build(dir) {
  const { build: esbuild } = await import("esbuild");
  mkdirSync(CACHE, { recursive: true });
  const building = `${dir}.building-${process.pid}-${Date.now()}`;
  try {
    await esbuild({
      entryPoints: {
        main: join(SOURCES, "cli", "main.ts"),
        worker: join(SOURCES, "pipeline", "worker-thread.ts"),
      },
      outdir: building,
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      packages: "external",
      logLevel: "silent",
      // Where the pool finds the bundled worker (src/pipeline/pool.ts).
      define: { __RASD_BUNDLED_WORKER__: JSON.stringify(pathToFileURL(join(dir, "worker.js")).href) },
      plugins: [sourceUrls],
    });
    // Packages are found from the bundle's folder by walking up to the checkout's node_modules.
    try {
      renameSync(building, dir);
    } catch (e) {
      if (!existsSync(join(dir, "main.js"))) throw e; // else another process made it first
    }
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  // Bundles of earlier sources, and builds cut off, a day old: a process started before the
  // sources changed may still start workers from its bundle, so younger ones stay.
  for (const old of readdirSync(CACHE)) {
    const path = join(CACHE, old);
    try {
      if (path !== dir && Date.now() - statSync(path).mtimeMs > STALE_MS)
        rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed meanwhile by another process: nothing to do.
    }
  }
}

const STALE_MS = 24 * 3600 * 1000;

/**
 * Each module's `import.meta.url` stays its source file's URL, so the paths made from it (the
 * lexicons, the migrations, the web UI's files, `createRequire`) are the same in the bundle.
 */
const sourceUrls = {
  name: "source-urls",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replaceAll(
        "import.meta.url",
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: "ts",
    }));
  },
};

import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { openDb, schemaVersion } from "./db.ts";
import { LOCK_FILE } from "./lock.ts";
import { CREATING_FILE, seedFromTemplate } from "./template.ts";
import { scratchDir } from "../../test/scratch.ts";

function scratch(): string {
  return scratchDir("rasd-template-");
}

/** A stand-in for a data directory: what `build` writes, and how many times it ran. */
function fakeBuild() {
  const calls: string[] = [];
  return {
    calls,
    build: async (dir: string) => {
      calls.push(dir);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "PG_VERSION"), "18\n");
      mkdirSync(join(dir, "base"));
      writeFileSync(join(dir, "base", "1"), "pages");
    },
  };
}

test("template: made once, then copied into each new directory; our lock file is not copied", async () => {
  const root = scratch();
  const template = join(root, "cache", "pglite-x");
  const { calls, build } = fakeBuild();
  const a = join(root, "a");
  const b = join(root, "b");
  for (const dir of [a, b]) {
    mkdirSync(dir);
    writeFileSync(join(dir, LOCK_FILE), "1\n");
    assert.equal(await seedFromTemplate(dir, template, build), true);
    assert.equal(existsSync(join(dir, "base", "1")), true);
  }
  assert.equal(calls.length, 1, "the template is built once");
  assert.notEqual(calls[0], template, "built beside its place, then renamed");
  assert.deepEqual(readdirSync(join(root, "cache")), ["pglite-x"]);
  assert.equal(existsSync(join(template, LOCK_FILE)), false);
});

test("template: a build that fails leaves the new directory as it was and says so", async () => {
  const root = scratch();
  const dir = join(root, "db");
  mkdirSync(dir);
  writeFileSync(join(dir, LOCK_FILE), "1\n");
  const ok = await seedFromTemplate(dir, join(root, "cache", "t"), async (d) => {
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, "half"), "");
    throw new Error("disk full");
  });
  assert.equal(ok, false);
  assert.deepEqual(readdirSync(dir), [LOCK_FILE]);
  assert.deepEqual(readdirSync(join(root, "cache")), [], "no half-built template is left");
});

test("template: two databases made from one template are independent, at the newest schema", async () => {
  const root = scratch();
  const saved = process.env.RASD_CACHE_DIR;
  process.env.RASD_CACHE_DIR = join(root, "cache");
  try {
    const first = await openDb(join(root, "one"));
    await first.query("INSERT INTO documents (id, text, analysis) VALUES ('d1', 'نص', '{}')");
    await first.close();
    const [made] = readdirSync(join(root, "cache"));
    const builtAt = statSync(join(root, "cache", made as string)).mtimeMs;
    const second = await openDb(join(root, "two"));
    const docs = await second.query<{ n: string }>("SELECT count(*) AS n FROM documents");
    const versions = await second.query<{ v: number }>("SELECT max(version) AS v FROM rasd_migrations");
    await second.close();
    assert.equal(Number(docs[0]?.n), 0, "the second database does not see the first one's rows");
    assert.equal(Number(versions[0]?.v), schemaVersion());
    assert.equal(statSync(join(root, "cache", made as string)).mtimeMs, builtAt, "the template was reused");
  } finally {
    if (saved === undefined) delete process.env.RASD_CACHE_DIR;
    else process.env.RASD_CACHE_DIR = saved;
  }
});

test("template: a directory cut off while being made (its creation marker left) is made again", async () => {
  const root = scratch();
  const saved = process.env.RASD_CACHE_DIR;
  process.env.RASD_CACHE_DIR = join(root, "cache");
  try {
    const dir = join(root, "db");
    mkdirSync(join(dir, "base"), { recursive: true });
    writeFileSync(join(dir, "PG_VERSION"), "18\n");
    writeFileSync(join(dir, "base", "half"), "");
    writeFileSync(join(dir, CREATING_FILE), "12345\n");
    const db = await openDb(dir);
    const versions = await db.query<{ v: number }>("SELECT max(version) AS v FROM rasd_migrations");
    await db.close();
    assert.equal(Number(versions[0]?.v), schemaVersion());
    assert.equal(existsSync(join(dir, "base", "half")), false);
    assert.equal(existsSync(join(dir, CREATING_FILE)), false, "the marker goes once PGlite has opened it");
  } finally {
    if (saved === undefined) delete process.env.RASD_CACHE_DIR;
    else process.env.RASD_CACHE_DIR = saved;
  }
});

// The database implementations the store's shared suite runs against: PGlite always, and a
// PostgreSQL server when RASD_TEST_PG_URL names one (`.ci/postgres.sh` starts a throwaway one).
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { scratchDir } from "./scratch.ts";

export const PG_URL = process.env.RASD_TEST_PG_URL || "";

/** Options for `test()`/`describe()`: skips with a notice when no PostgreSQL server is given. */
export const needsPostgres = PG_URL
  ? {}
  : {
      skip: "RASD_TEST_PG_URL is not set: the PostgreSQL side is skipped (.ci/postgres.sh npm test runs it)",
    };

/** A fresh, empty database: a `--db` value and a way to throw it away. */
export interface Scratch {
  spec: string;
  dispose(): Promise<void>;
}

export interface Backend {
  name: "pglite" | "postgres";
  /** Why the backend's tests are skipped, if they are. */
  skip?: string;
  create(): Promise<Scratch>;
}

function pgliteScratch(): Promise<Scratch> {
  const dir = scratchDir("rasd-store-");
  return Promise.resolve({
    spec: join(dir, "db"),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  });
}

/** A new database on the test server, dropped (with any connections left) afterwards. */
export async function postgresScratch(): Promise<Scratch> {
  const { default: pg } = await import("pg");
  const name = `rasd_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    spec: url.toString(),
    async dispose() {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

export const BACKENDS: Backend[] = [
  { name: "pglite", create: pgliteScratch },
  { name: "postgres", skip: needsPostgres.skip, create: postgresScratch },
];

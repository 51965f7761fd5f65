// One interface over PGlite (embedded, a directory) and PostgreSQL (a postgres:// URL).
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../pipeline/errors.ts";

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: "pglite" | "postgres";
  readonly location: string;
  /** Runs `fn` in one transaction: all of it is stored, or none. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const DEFAULT_DB_DIR = "./rasd-data";

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "migrations");

/** `--db` wins, then DATABASE_URL, then ./rasd-data. */
export function resolveDbSpec(option: string | undefined): string {
  return option ?? process.env.DATABASE_URL ?? DEFAULT_DB_DIR;
}

export async function openDb(spec: string): Promise<Db> {
  const db = /^postgres(ql)?:\/\//u.test(spec) ? await openPostgres(spec) : await openPglite(spec);
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}

async function openPglite(dir: string): Promise<Db> {
  const { PGlite } = await import("@electric-sql/pglite");
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UsageError(`cannot create the data directory ${dir}: ${(e as Error).message}`);
  }
  let pg: InstanceType<typeof PGlite>;
  try {
    pg = await PGlite.create(dir);
  } catch (e) {
    throw new UsageError(
      `cannot open the database in ${dir} (${(e as Error).message}); is it a Rasd data directory?`,
    );
  }
  const query = async <T>(sql: string, params: unknown[] = []) => (await pg.query<T>(sql, params)).rows;
  return {
    kind: "pglite",
    location: dir,
    query,
    transaction: (fn) =>
      pg.transaction((tx) =>
        fn({
          query: async <T>(sql: string, params: unknown[] = []) => (await tx.query<T>(sql, params)).rows,
        }),
      ),
    close: () => pg.close(),
  };
}

async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  try {
    await pool.query("SELECT 1");
  } catch (e) {
    await pool.end();
    throw new UsageError(`cannot connect to ${redact(url)}: ${(e as Error).message}`);
  }
  return {
    kind: "postgres",
    location: redact(url),
    query: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[],
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const out = await fn({
          query: async <T>(sql: string, params: unknown[] = []) =>
            (await client.query(sql, params)).rows as T[],
        });
        await client.query("COMMIT");
        return out;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/u, "//$1:***@");
}

interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function migrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}_.*\.sql$/u.test(f))
    .sort()
    .map((f) => ({
      version: Number(f.slice(0, 3)),
      name: f,
      sql: readFileSync(join(MIGRATIONS_DIR, f), "utf8"),
    }));
}

/** Applies numbered migrations not yet applied; refuses a database made by a newer Rasd. */
async function migrate(db: Db): Promise<void> {
  await db.query(
    "CREATE TABLE IF NOT EXISTS rasd_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
  );
  const rows = await db.query<{ version: number }>("SELECT version FROM rasd_migrations ORDER BY version");
  const applied = new Set(rows.map((r) => Number(r.version)));
  const known = migrations();
  const newest = Math.max(0, ...known.map((m) => m.version));
  const future = [...applied].filter((v) => v > newest);
  if (future.length > 0) {
    throw new UsageError(
      `the database at ${db.location} has schema version ${Math.max(...future)}, newer than this Rasd knows (${newest}); upgrade Rasd`,
    );
  }
  for (const m of known) {
    if (applied.has(m.version)) continue;
    await db.transaction(async (tx) => {
      for (const statement of m.sql
        .split(/;\s*$/mu)
        .map((s) => s.trim())
        .filter(Boolean))
        await tx.query(statement);
      await tx.query(
        "INSERT INTO rasd_migrations (version, name) VALUES ($1, $2) ON CONFLICT (version) DO NOTHING",
        [m.version, m.name],
      );
    });
  }
}

// One interface over PGlite (embedded, a directory) and PostgreSQL (a postgres:// URL).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../pipeline/errors.ts";
import { binaryParam } from "./binary-params.ts";
import { databaseProblem, isDiskFull } from "./errors.ts";
import { LOCK_FILE, lockDirectory } from "./lock.ts";
import { buildDeferredIndexes, ensureSearchIndex } from "./reindex.ts";
import { CREATING_FILE, seedFromTemplate, templatePath, templatesEnabled } from "./template.ts";

export interface Queryable {
  /**
   * Runs one statement. A `Uint8Array` parameter is sent as it is, in PostgreSQL's binary format:
   * for a `text` or `json` parameter that is its UTF-8 (`documentRows`), which the database reads
   * without the text format's per-character work in JavaScript.
   */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: "pglite" | "postgres";
  readonly location: string;
  /**
   * Runs `fn` in one transaction: all of it is stored, or none. `prepared`: the same few statements
   * run many times (the writer), so PGlite keeps them parsed and may reuse their plans; a reader's
   * statements (search, listings) are planned for their parameters every time.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: { prepared?: boolean }): Promise<T>;
  close(): Promise<void>;
}

export const DEFAULT_DB_DIR = "./rasd-data";

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "migrations");

/** A postgres:// or postgresql:// URL, as opposed to a PGlite directory. */
const POSTGRES_URL = /^postgres(?:ql)?:\/\//u;

/** Serializes migrations between processes that open one PostgreSQL database at once. */
const MIGRATION_LOCK_KEY = 0x52617364;

/** `--db` wins, then DATABASE_URL, then ./rasd-data. */
export function resolveDbSpec(option: string | undefined): string {
  return option || process.env.DATABASE_URL || DEFAULT_DB_DIR;
}

export function isPostgresUrl(spec: string): boolean {
  return POSTGRES_URL.test(spec);
}

/** Closes a database handed on while it opened (to `ingest`), once open; nothing if it failed to. */
export async function closeOpened(opening: Promise<Db>): Promise<void> {
  await opening.then(
    (db) => db.close(),
    () => undefined,
  );
}

export async function openDb(spec: string): Promise<Db> {
  const db = isPostgresUrl(spec) ? await openPostgres(spec) : await openPglite(spec, templatesEnabled());
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    throw databaseProblem(e, db.location) ?? e;
  }
  return db;
}

/**
 * A directory PGlite may open: new, empty, or already a data directory (it has PG_VERSION). True
 * when it is new or empty, or was left half made; what a half-made one holds is removed. Called
 * with the directory's lock held.
 */
function checkDataDir(dir: string): boolean {
  let entries = readdirSync(dir).filter((f) => f !== LOCK_FILE);
  if (entries.includes(CREATING_FILE)) {
    for (const f of entries) rmSync(join(dir, f), { recursive: true, force: true });
    entries = [];
  }
  if (entries.length > 0 && !existsSync(join(dir, "PG_VERSION")))
    throw new UsageError(
      `${dir} is not empty and is not a Rasd data directory; give --db a new or empty directory`,
    );
  return entries.length === 0;
}

async function openPglite(dir: string, fromTemplate: boolean): Promise<Db> {
  const { PGlite } = await import("@electric-sql/pglite");
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UsageError(`cannot create the data directory ${dir}: ${(e as Error).message}`);
  }
  const lock = lockDirectory(dir);
  let empty: boolean;
  try {
    empty = checkDataDir(dir);
  } catch (e) {
    lock.release();
    throw e;
  }
  let pg: InstanceType<typeof PGlite>;
  try {
    if (empty) writeFileSync(join(dir, CREATING_FILE), `${process.pid}\n`);
    if (empty && fromTemplate)
      await seedFromTemplate(dir, templatePath(migrations().map((m) => m.sql)), buildTemplate);
    pg = await PGlite.create(dir);
    if (empty) rmSync(join(dir, CREATING_FILE), { force: true });
  } catch (e) {
    lock.release();
    // PGlite's WebAssembly can abort on a full disk with nothing that names it: ask the file system.
    if (isDiskFull(e) || diskAlmostFull(dir))
      throw new UsageError(
        `cannot open the database in ${dir}: the disk holding it is full (${firstLine(e)}); free some space and run the same command again`,
      );
    throw new UsageError(
      `cannot open the database in ${dir}: its files are damaged or not PostgreSQL's (${firstLine(e)}); move the directory aside and ingest again into a new one, or restore a copy`,
    );
  }
  const prepared = await preparedStatements(pg);
  const bytes = bytesAsTheyAre(pg);
  return {
    kind: "pglite",
    location: dir,
    query: async <T>(sql: string, params: unknown[] = []) =>
      (await pg.query<T>(sql, params, bytes(params))).rows,
    transaction: (fn, options) =>
      pg.transaction((tx) =>
        fn({
          // Prepared statements run on the transaction's session: PGlite has one.
          query: async <T>(sql: string, params: unknown[] = []) =>
            (options?.prepared && params.length > 0 && (await prepared<T>(sql, params))) ||
            (await tx.query<T>(sql, params, bytes(params))).rows,
        }),
      ),
    async close() {
      try {
        await pg.close();
      } finally {
        lock.release();
      }
    },
  };
}

/** A new PGlite directory at the newest schema, closed: what `seedFromTemplate` copies. */
async function buildTemplate(dir: string): Promise<void> {
  const db = await openPglite(dir, false);
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
}

/** Statements kept prepared in a PGlite session; others are parsed and planned on every run. */
const MAX_PREPARED = 256;

type PgliteInstance = InstanceType<(typeof import("@electric-sql/pglite"))["PGlite"]>;

type Serializers = Record<number, (v: unknown) => string>;

/**
 * Query options for PGlite's `query` that send `Uint8Array` parameters as they are (binary format)
 * instead of through the parameter type's serializer (which would write `json` as JSON.stringify of
 * the array's bytes); undefined when there is none.
 */
function bytesAsTheyAre(pg: PgliteInstance): (params: unknown[]) => { serializers: Serializers } | undefined {
  const own = (pg as unknown as { serializers: Serializers }).serializers;
  const serializers = new Proxy(own, {
    get: (target, oid) => {
      if (typeof oid === "symbol") return undefined;
      const serializer = target[Number(oid)];
      return (v: unknown) => (v instanceof Uint8Array ? v : serializer ? serializer(v) : String(v));
    },
  });
  return (params) => (params.some((p) => p instanceof Uint8Array) ? { serializers } : undefined);
}

/**
 * Runs a statement with parameters as a named prepared statement, parsed once per session: PGlite's
 * `query` parses, analyses and plans every statement again, which costs as much as running one of
 * the writer's indexed reads (0.5 of 1 ms). Returns null when the cache is full (the caller runs it
 * the ordinary way). Same protocol messages as PGlite's own `query`: parse and describe once, then
 * bind, describe, execute and sync.
 */
async function preparedStatements(
  pg: PgliteInstance,
): Promise<<T>(sql: string, params: unknown[]) => Promise<T[] | null>> {
  const { parse, protocol } = await import("@electric-sql/pglite");
  const { serialize } = protocol;
  const { serializers, parsers } = pg as unknown as {
    serializers: Serializers;
    parsers: Parameters<typeof parse.parseResults>[1];
  };
  const statements = new Map<string, { name: string; types: number[] }>();
  const run = async (...messages: Uint8Array[]) => {
    const body = new Uint8Array(messages.reduce((n, m) => n + m.length, 0));
    let at = 0;
    for (const m of messages) {
      body.set(m, at);
      at += m.length;
    }
    const r = await pg.execProtocol(body, { throwOnError: false });
    const error = r.messages.find((m) => m.name === "error");
    if (error) throw error;
    return r.messages;
  };
  return async <T>(sql: string, params: unknown[]) => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= MAX_PREPARED) return null;
      const name = `rasd_${statements.size}`;
      const described = await run(
        serialize.parse({ name, text: sql }),
        serialize.describe({ type: "S", name }),
        serialize.sync(),
      );
      statement = { name, types: parse.parseDescribeStatementResults(described) };
      statements.set(sql, statement);
    }
    const types = statement.types;
    const values = params.map((v, i) => {
      if (v === null || v === undefined) return null;
      if (v instanceof Uint8Array) return v;
      const type = types[i] as number;
      // Strings and the rows' arrays as bytes (binary-params.ts): PGlite's text path walks them in JavaScript.
      const binary = binaryParam(v, type);
      if (binary !== null) return binary;
      const serializer = serializers[type];
      return serializer ? serializer(v) : String(v);
    });
    const messages = await run(
      serialize.bind({ statement: statement.name, values }),
      serialize.describe({ type: "P" }),
      serialize.execute({}),
      serialize.sync(),
    );
    return (parse.parseResults(messages, parsers)[0]?.rows ?? []) as T[];
  };
}

async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import("pg");
  const location = redact(url);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // A server that goes away makes idle clients emit errors; the next query reports it.
  pool.on("error", () => undefined);
  try {
    await pool.query("SELECT 1");
  } catch (e) {
    await pool.end();
    throw new UsageError(
      `cannot connect to ${location}: ${(e as Error).message}; check that the server runs and the URL is right`,
    );
  }
  return {
    kind: "postgres",
    location,
    query: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[],
    async transaction(fn) {
      const client = await pool.connect();
      let broken = false;
      // A connection that dies between two queries emits 'error'; the next query reports it.
      const onError = () => {
        broken = true;
      };
      client.on("error", onError);
      try {
        await client.query("BEGIN");
        const out = await fn({
          query: async <T>(sql: string, params: unknown[] = []) =>
            (await client.query(sql, params)).rows as T[],
        });
        await client.query("COMMIT");
        return out;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => {
          broken = true;
        });
        throw e;
      } finally {
        client.off("error", onError);
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/u, "//$1:***@");
}

export interface Migration {
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

/** The statements of a migration file: split at a `;` that ends a line. */
function statements(sql: string): string[] {
  return sql
    .split(/;\s*$/mu)
    .map((s) => s.trim())
    .filter((s) => s.replace(/^--.*$/gmu, "").trim() !== "");
}

/** The newest schema version this Rasd knows. */
export function schemaVersion(): number {
  return Math.max(0, ...migrations().map((m) => m.version));
}

/**
 * Applies numbered migrations not yet applied, all in one transaction under an advisory lock (two
 * processes opening one server at once migrate it once); refuses a database made by a newer Rasd.
 * Then re-makes the full-text index if another reading of words made it (`ensureSearchIndex`).
 */
async function migrate(db: Db): Promise<void> {
  const known = migrations();
  const newest = schemaVersion();
  await db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await tx.query(
      "CREATE TABLE IF NOT EXISTS rasd_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
    );
    const rows = await tx.query<{ version: number }>("SELECT version FROM rasd_migrations");
    const applied = new Set(rows.map((r) => Number(r.version)));
    const future = Math.max(0, ...[...applied].filter((v) => v > newest));
    if (future > 0)
      throw new UsageError(
        `the database at ${db.location} has schema version ${future}, newer than this Rasd knows (${newest}); upgrade Rasd, or give --db another database`,
      );
    for (const m of known) {
      if (applied.has(m.version)) continue;
      for (const statement of statements(m.sql)) await tx.query(statement);
      await tx.query("INSERT INTO rasd_migrations (version, name) VALUES ($1, $2)", [m.version, m.name]);
    }
    await ensureSearchIndex(tx);
    // Indexes a first ingest put off (`deferIndexes`) and did not build because it was cut off.
    await buildDeferredIndexes(tx);
  });
}

/** The first line of what was thrown: PGlite's WebAssembly can throw values that are not Errors (a full disk). */
function firstLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split("\n")[0] ?? "";
}

/** Less free space than PGlite needs to open a database (its WAL segment alone is 16 MB). */
const MIN_FREE_BYTES = 64 * 1024 * 1024;

/** Whether the file system holding `dir` has less than `MIN_FREE_BYTES` left for this user. */
export function diskAlmostFull(dir: string, minFree = MIN_FREE_BYTES): boolean {
  try {
    const fs = statfsSync(dir);
    return fs.bavail * fs.bsize < minFree;
  } catch {
    return false;
  }
}

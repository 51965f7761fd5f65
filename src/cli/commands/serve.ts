// `rasd serve`: the HTTP API and the Arabic web UI over the store.
import { randomBytes } from "node:crypto";
import type { Command } from "commander";
import { UsageError } from "../../pipeline/errors.ts";
import { createPipeline } from "../../pipeline/run.ts";
import { createApp, listen } from "../../serve/index.ts";
import { openDb, resolveDbSpec } from "../../store/db.ts";
import { parseBytes } from "../acquire-options.ts";
import { DB_OPTION } from "../db-option.ts";

interface ServeOptions {
  db?: string;
  host: string;
  port: string;
  allowIngest?: boolean;
  maxBody: string;
}

const LOOPBACK = ["127.0.0.1", "localhost", "::1"];
/** Host header names a loopback server answers to; others are refused (DNS rebinding). */
const LOOPBACK_NAMES = ["127.0.0.1", "localhost", "[::1]"];

function portOf(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port must be 0–65535, got ${s}`);
  return n;
}

/** RASD_TOKEN when set (at least 16 characters), else a fresh random token printed once. */
function tokenOf(): { token: string; generated: boolean } {
  const env = process.env.RASD_TOKEN;
  if (env !== undefined && env !== "") {
    if (env.length < 16) throw new UsageError("RASD_TOKEN must be at least 16 characters long");
    return { token: env, generated: false };
  }
  return { token: randomBytes(24).toString("base64url"), generated: true };
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the JSON API (/api, /openapi.json) and the Arabic web UI")
    .option(...DB_OPTION)
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--port <port>", "port to listen on (0: any free port)", "8080")
    .option(
      "--allow-ingest",
      "accept POST /api/documents with Authorization: Bearer $RASD_TOKEN (a token is generated when unset)",
    )
    .option("--max-body <size>", "largest POST body accepted with --allow-ingest", "2M")
    .action(async (opts: ServeOptions) => {
      const port = portOf(opts.port);
      const maxBodyBytes = parseBytes(opts.maxBody);
      const db = await openDb(resolveDbSpec(opts.db));
      const auth = opts.allowIngest ? tokenOf() : null;
      const app = createApp(db, {
        ingest: auth ? { pipeline: createPipeline(), token: auth.token, maxBodyBytes } : undefined,
        allowedHosts: LOOPBACK.includes(opts.host) ? LOOPBACK_NAMES : undefined,
      });
      let server;
      try {
        server = await listen(app, { host: opts.host, port });
      } catch (e) {
        await db.close();
        throw new UsageError(
          `cannot listen on ${opts.host}:${port} (${(e as Error).message}); pick another --port or --host`,
        );
      }
      process.stdout.write(
        `rasd: serving ${db.location} at ${server.url}/ (API: ${server.url}/openapi.json)\n`,
      );
      if (!LOOPBACK.includes(opts.host))
        process.stdout.write(
          "rasd: listening beyond this machine; the API has no authentication for reading\n",
        );
      if (auth?.generated)
        process.stdout.write(`rasd: ingest token (Authorization: Bearer …): ${auth.token}\n`);
      else if (auth) process.stdout.write("rasd: ingest accepted with the token in RASD_TOKEN\n");
      process.stdout.write("Press Ctrl+C to stop.\n");
      const stop = async () => {
        await server.close();
        await db.close();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}

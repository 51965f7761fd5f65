// Database failures a user can act on: the server went away, the disk is full. Each becomes one
// line that says what happened and that running the same command again completes the work.
import { UsageError } from "../pipeline/errors.ts";

/** SQLSTATE classes and codes, and Node error codes, that mean the connection is gone. */
const CONNECTION_CODES = new Set([
  "57P01", // admin_shutdown: the server was stopped or the backend terminated
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
]);

/** pg's messages when a connection dies between queries. */
const CONNECTION_MESSAGE =
  /Connection terminated|connection error and is not queryable|server closed the connection/iu;

/** SQLSTATE 53100 and the system's ENOSPC. */
const DISK_FULL_MESSAGE = /No space left on device|could not extend file|disk full/iu;

interface ErrorLike {
  code?: unknown;
  message?: unknown;
}

function codeOf(e: ErrorLike): string {
  return typeof e.code === "string" ? e.code : "";
}

function messageOf(e: ErrorLike): string {
  return typeof e.message === "string" ? e.message : String(e);
}

export function isConnectionLost(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const code = codeOf(e);
  return CONNECTION_CODES.has(code) || code.startsWith("08") || CONNECTION_MESSAGE.test(messageOf(e));
}

export function isDiskFull(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const code = codeOf(e);
  return code === "53100" || code === "ENOSPC" || DISK_FULL_MESSAGE.test(messageOf(e));
}

/** A UsageError for a failure the user can fix, or null for anything else (a bug: keep its stack). */
export function databaseProblem(e: unknown, location: string): UsageError | null {
  if (e instanceof UsageError) return e;
  const resume = "documents stored before it are kept; run the same command again to store the rest";
  if (isConnectionLost(e))
    return new UsageError(
      `lost the connection to the database at ${location} (${messageOf(e as ErrorLike)}); ${resume}`,
    );
  if (isDiskFull(e))
    return new UsageError(
      `the disk holding the database at ${location} is full (${messageOf(e as ErrorLike)}); free some space and run the same command again: documents stored before it are kept`,
    );
  return null;
}

// The options of `ingest` and `analyze` that govern reading inputs: size cap, network safety, feeds.
import { type Command, Option } from "commander";
import { type AcquireOptions, DEFAULT_ACQUIRE_OPTIONS } from "../acquire/index.ts";
import { UsageError } from "../pipeline/errors.ts";

export interface AcquireFlags {
  maxBytes: string;
  timeout: string;
  maxRedirects: string;
  allowPrivate?: boolean;
  follow?: boolean;
}

const UNITS: Record<string, number> = {
  "": 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
};

/** `32M`, `500kb`, `1048576` → bytes. */
export function parseBytes(s: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*$/iu.exec(s);
  const unit = UNITS[(m?.[2] ?? "").toLowerCase()];
  if (!m || unit === undefined || Number(m[1]) <= 0)
    throw new UsageError(`--max-bytes must be a size such as 32M, 500k or 1048576, got ${s}`);
  return Math.floor(Number(m[1]) * unit);
}

function positive(name: string, s: string): number {
  const n = Number(s);
  if (!(n > 0)) throw new UsageError(`${name} must be a positive number, got ${s}`);
  return n;
}

export function addAcquireOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option(
        "--max-bytes <size>",
        "refuse inputs larger than this (file, page, stdin, unpacked .gz)",
      ).default("32M"),
    )
    .addOption(new Option("--timeout <seconds>", "give up on a URL after this long").default("15"))
    .addOption(new Option("--max-redirects <n>", "follow at most this many redirects").default("5"))
    .option("--allow-private", "allow URLs on private, loopback and link-local addresses")
    .option("--follow", "fetch the page each feed item links to instead of the item's summary");
}

export function acquireOptionsFrom(flags: AcquireFlags): Partial<AcquireOptions> {
  const redirects = Number(flags.maxRedirects);
  if (!Number.isInteger(redirects) || redirects < 0)
    throw new UsageError(`--max-redirects must be a whole number, got ${flags.maxRedirects}`);
  return {
    maxBytes: parseBytes(flags.maxBytes),
    timeoutMs: positive("--timeout", flags.timeout) * 1000,
    maxRedirects: redirects,
    allowPrivate: flags.allowPrivate ?? DEFAULT_ACQUIRE_OPTIONS.allowPrivate,
    follow: flags.follow ?? false,
  };
}

// Fetching a URL over http or https, defensively: a timeout, a size cap, a redirect cap with loop
// detection, a content-type check, a clear user agent, and no private, loopback or link-local
// addresses unless allowed (every address a name resolves to is checked, and the connection is
// pinned to the checked address so a second DNS answer cannot swap it).
import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { createGunzip, createInflate } from "node:zlib";
import { InputError } from "../pipeline/errors.ts";
import { contentTypeCharset } from "./decode.ts";
import { formatBytes } from "./split.ts";

export interface FetchOptions {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  allowPrivate: boolean;
  userAgent: string;
}

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  contentType: string | null;
  charset: string | null;
  body: Buffer;
}

/** Media types Rasd reads: pages, feeds, plain text and JSON. Anything else is refused. */
export const ACCEPTED_MEDIA_TYPES = [
  "text/html",
  "application/xhtml+xml",
  "text/plain",
  "application/rss+xml",
  "application/atom+xml",
  "application/rdf+xml",
  "application/xml",
  "text/xml",
  "application/json",
  "application/x-ndjson",
  "application/jsonl",
] as const;

/** Address ranges that are not the public internet (RFC 1918, 6598, 3927, 4193, 4291 …). */
const NON_PUBLIC = (() => {
  const list = new BlockList();
  for (const [net, prefix] of [
    ["0.0.0.0", 8],
    ["10.0.0.0", 8],
    ["100.64.0.0", 10],
    ["127.0.0.0", 8],
    ["169.254.0.0", 16],
    ["172.16.0.0", 12],
    ["192.0.0.0", 24],
    ["192.168.0.0", 16],
    ["198.18.0.0", 15],
    ["224.0.0.0", 4],
    ["240.0.0.0", 4],
  ] as const)
    list.addSubnet(net, prefix, "ipv4");
  for (const [net, prefix] of [
    ["::", 128],
    ["::1", 128],
    ["fc00::", 7],
    ["fe80::", 10],
    ["ff00::", 8],
  ] as const)
    list.addSubnet(net, prefix, "ipv6");
  return list;
})();

/** Whether an IP address is private, loopback, link-local or otherwise not public. */
export function isNonPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/iu.exec(address);
  if (mapped) return NON_PUBLIC.check(mapped[1] as string, "ipv4");
  const family = isIP(address);
  if (family === 0) return true;
  return NON_PUBLIC.check(address, family === 4 ? "ipv4" : "ipv6");
}

async function resolveHost(
  url: URL,
  options: FetchOptions,
  input: string,
): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/gu, "");
  let addresses: Array<{ address: string; family: number }>;
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await dnsLookup(host, { all: true });
    } catch {
      throw new InputError(input, `the host ${host} was not found; check the URL`);
    }
  }
  const first = addresses[0];
  if (!first) throw new InputError(input, `the host ${host} has no address`);
  if (!options.allowPrivate) {
    const blocked = addresses.find((a) => isNonPublicAddress(a.address));
    if (blocked)
      throw new InputError(
        input,
        `refused: ${host} is a private, loopback or link-local address (${blocked.address}); pass --allow-private to fetch it`,
      );
  }
  return first;
}

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  stream: http.IncomingMessage;
}

function request(
  url: URL,
  pinned: { address: string; family: number },
  options: FetchOptions,
): Promise<Response> {
  const lookup = ((_host: string, opts: { all?: boolean }, cb: (...args: unknown[]) => void) => {
    if (opts.all) cb(null, [pinned]);
    else cb(null, pinned.address, pinned.family);
  }) as unknown as LookupFunction;
  const get = url.protocol === "https:" ? https.get : http.get;
  return new Promise((resolve, reject) => {
    const req = get(
      url,
      {
        lookup,
        timeout: options.timeoutMs,
        headers: {
          "user-agent": options.userAgent,
          accept:
            "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
          "accept-encoding": "gzip, deflate",
        },
      },
      (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, stream: res }),
    );
    req.on("timeout", () => req.destroy(Object.assign(new Error("timeout"), { code: "ETIMEDOUT" })));
    req.on("error", reject);
  });
}

function networkProblem(e: unknown, options: FetchOptions): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ECONNREFUSED") return "connection refused; is the server up and the port right?";
  if (code === "ETIMEDOUT")
    return `no answer within ${options.timeoutMs / 1000} s; try again later or raise --timeout`;
  if (code === "ECONNRESET") return "the server closed the connection; try again later";
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH") return "the host is unreachable from here";
  if (code?.startsWith("ERR_TLS") || code?.includes("CERT")) return `TLS failed (${code}); check the URL`;
  return `cannot fetch (${code ?? (e as Error).message})`;
}

function mediaType(contentType: string | null): string | null {
  return contentType ? (contentType.split(";")[0] as string).trim().toLowerCase() : null;
}

async function readBody(res: Response, options: FetchOptions, input: string): Promise<Buffer> {
  const declared = Number(res.headers["content-length"]);
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    res.stream.destroy();
    throw new InputError(
      input,
      `is ${formatBytes(declared)}, above the ${formatBytes(options.maxBytes)} cap; raise it with --max-bytes`,
    );
  }
  const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase();
  const source: NodeJS.ReadableStream =
    encoding === "gzip" || encoding === "x-gzip"
      ? res.stream.pipe(createGunzip())
      : encoding === "deflate"
        ? res.stream.pipe(createInflate())
        : res.stream;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of source) {
      size += (chunk as Buffer).length;
      if (size > options.maxBytes) {
        res.stream.destroy();
        throw new InputError(
          input,
          `is larger than the ${formatBytes(options.maxBytes)} cap; raise it with --max-bytes`,
        );
      }
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(input, `the download broke off (${networkProblem(e, options)})`);
  }
  return Buffer.concat(chunks);
}

/** Fetches `input`; every failure is an InputError that says what to do. */
export async function fetchUrl(input: string, options: FetchOptions): Promise<Fetched> {
  let current: URL;
  try {
    current = new URL(input);
  } catch {
    throw new InputError(input, "is not a valid URL");
  }
  const seen = new Set<string>();
  const deadline = Date.now() + options.timeoutMs;
  for (let hop = 0; ; hop++) {
    if (current.protocol !== "http:" && current.protocol !== "https:")
      throw new InputError(input, `${current.protocol} URLs are not fetched; give an http or https URL`);
    seen.add(current.href);
    const pinned = await resolveHost(current, options, input);
    let res: Response;
    try {
      res = await withDeadline(request(current, pinned, options), deadline, options);
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(input, networkProblem(e, options));
    }
    if (res.status >= 300 && res.status < 400 && res.headers.location) {
      res.stream.resume();
      const next = new URL(res.headers.location, current);
      if (seen.has(next.href))
        throw new InputError(input, `redirect loop (${next.href} again); check the URL`);
      if (hop + 1 > options.maxRedirects)
        throw new InputError(input, `more than ${options.maxRedirects} redirects; check the URL`);
      current = next;
      continue;
    }
    if (res.status < 200 || res.status >= 300) {
      res.stream.resume();
      throw new InputError(input, `the server answered HTTP ${res.status}; check the URL`);
    }
    const contentType = (res.headers["content-type"] as string | undefined) ?? null;
    const type = mediaType(contentType);
    if (type !== null && !(ACCEPTED_MEDIA_TYPES as readonly string[]).includes(type)) {
      res.stream.destroy();
      throw new InputError(
        input,
        `the server sent ${type}, not a page, feed, text or JSON; Rasd reads ${ACCEPTED_MEDIA_TYPES.join(", ")}`,
      );
    }
    let body: Buffer;
    try {
      body = await withDeadline(readBody(res, options, input), deadline, options, () => res.stream.destroy());
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(input, networkProblem(e, options));
    }
    return { url: current.href, contentType, charset: contentTypeCharset(contentType), body };
  }
}

/** Rejects with a timeout once `deadline` passes; `onTimeout` releases what is still open. */
function withDeadline<T>(
  p: Promise<T>,
  deadline: number,
  options: FetchOptions,
  onTimeout?: () => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => {
        onTimeout?.();
        reject(Object.assign(new Error("timeout"), { code: "ETIMEDOUT" }));
      },
      Math.max(0, deadline - Date.now()),
    );
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

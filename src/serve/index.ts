// `rasd serve`: the JSON API under /api, /openapi.json and the web UI in one Hono app, with
// security headers on every response and errors as one clear message (JSON for the API).
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { Db } from "../store/db.ts";
import { ApiError, type ApiOptions, apiRoutes } from "./api.ts";
import { openApiDocument } from "./openapi.ts";
import { errorPage } from "./web/layout.ts";
import { webRoutes } from "./web/index.ts";

/** No inline script or style, no eval, nothing from another origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS: Record<string, string> = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

function isApi(c: Context): boolean {
  return c.req.path.startsWith("/api/") || c.req.path === "/openapi.json";
}

function errorResponse(c: Context, status: number, message: string): Response {
  const code = { 400: "bad_request", 401: "unauthorized", 404: "not_found", 413: "payload_too_large" }[
    status
  ];
  if (isApi(c)) return c.json({ error: code ?? "error", message }, status as 400);
  return c.html(errorPage(status, message).html, status as 400);
}

export interface AppOptions extends ApiOptions {
  /** Host names the Host header may carry (DNS rebinding guard); any when absent. */
  allowedHosts?: readonly string[];
}

/** The host name of a Host header value: `127.0.0.1:8080` → `127.0.0.1`, `[::1]:80` → `[::1]`. */
export function hostName(header: string): string {
  return header.replace(/:\d+$/u, "").toLowerCase();
}

export function createApp(db: Db, options: AppOptions = {}): Hono {
  const app = new Hono();
  app.use(async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });
  const allowed = options.allowedHosts;
  if (allowed)
    app.use(async (c, next) => {
      const host = hostName(c.req.header("host") ?? new URL(c.req.url).host);
      if (!allowed.includes(host))
        throw new ApiError(403, `host ${host} is not served here; open the address rasd serve printed`);
      await next();
    });
  app.get("/openapi.json", (c) => c.json(openApiDocument({ ingest: Boolean(options.ingest) })));
  app.route("/api", apiRoutes(db, options));
  app.route("/", webRoutes(db));
  app.notFound((c) => errorResponse(c, 404, `no page or endpoint at ${c.req.path}; see /openapi.json`));
  app.onError((err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err.status, err.message);
    if (err instanceof HTTPException) {
      const res = err.getResponse();
      return res.status === 401 || res.status === 400 ? res : errorResponse(c, res.status, err.message);
    }
    process.stderr.write(`rasd serve: ${c.req.method} ${c.req.path}: ${err.message}\n`);
    if (isApi(c)) return c.json({ error: "internal", message: "the server failed; see its log" }, 500);
    return c.html(errorPage(500, "خطأ في الخادم · the server failed; see its log").html, 500);
  });
  return app;
}

export interface Listening {
  url: string;
  close(): Promise<void>;
}

/** Starts the app on host:port (port 0: any free port) and resolves once it listens. */
export function listen(app: Hono, options: { host: string; port: number }): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, hostname: options.host, port: options.port },
      (info: AddressInfo) => {
        const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          close: () =>
            new Promise<void>((done) => {
              if ("closeAllConnections" in server) server.closeAllConnections();
              server.close(() => done());
            }),
        });
      },
    );
    server.once("error", reject);
  });
}

// The JSON API under /api: read-only, plus POST /api/documents when ingest is allowed.
import { Hono } from "hono";
import { bearerAuth } from "hono/bearer-auth";
import { bodyLimit } from "hono/body-limit";
import type { z } from "zod";
import { InputError } from "../pipeline/errors.ts";
import type { Pipeline } from "../pipeline/run.ts";
import type { RawDocument } from "../pipeline/types.ts";
import { ingestRaw } from "../store/ingest.ts";
import { getDocument, listDocuments, searchDocumentPage } from "../store/browse.ts";
import { getEntity, isEntityId, searchEntities } from "../store/browse-entities.ts";
import {
  type EventFilter,
  type EventItem,
  listEventItems,
  type MechanismRef,
  topDyads,
} from "../store/browse-events.ts";
import {
  ALL_HAPPENINGS,
  dyadHappenings,
  entityHappenings,
  listHappenings,
} from "../store/browse-happenings.ts";
import type { Db, Queryable } from "../store/db.ts";
import { corpusCounts } from "../link/index.ts";
import { counts } from "../store/queries.ts";
import { listChannels, listStories } from "../store/serve-queries.ts";
import { keyOf } from "../arabic/normalize.ts";
import { CONTENT_TYPES, type ExportFormat, exportStream } from "./export.ts";
import { dateAfter, describeIssues, documentIdParam, MAX_OFFSET, QUERIES } from "./params.ts";

/** A request error the client can fix: its status and one clear sentence. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

export interface IngestSettings {
  pipeline: Pipeline;
  token: string;
  maxBodyBytes: number;
}

export interface ApiOptions {
  /** POST /api/documents is served only with these. */
  ingest?: IngestSettings;
}

/** Parses a query string against a schema; a 400 names each bad parameter. */
export function parseQuery<S extends z.ZodType>(schema: S, url: string): z.output<S> {
  const params = Object.fromEntries(new URL(url).searchParams);
  const r = schema.safeParse(params);
  if (!r.success) throw new ApiError(400, describeIssues(r.error));
  return r.data;
}

export function eventFilterOf(
  q: z.output<typeof QUERIES.events> | z.output<typeof QUERIES.export>,
): EventFilter {
  return {
    actor: q.actor ?? null,
    recipient: q.recipient ?? null,
    country: q.country ?? null,
    type: q.type ?? null,
    from: q.from ?? null,
    before: q.to ? dateAfter(q.to) : null,
    text: q.text ? keyOf(q.text) : null,
    mechanism: q.mechanism ? mechanismRefOf(q.mechanism) : null,
    sort: q.sort,
  };
}

/** A channel named by its id (/api/channels, /api/entities), its English name or an Arabic spelling. */
export function mechanismRefOf(m: string): MechanismRef {
  return { id: m, key: keyOf(m) };
}

/** The corpus entity id of a path, or a 400 that says where ids come from. */
export function entityIdOf(id: string): string {
  if (!isEntityId(id)) throw new ApiError(400, "entity id: is not an id from /api/entities");
  return id;
}

export function documentIdOf(id: string): string {
  const r = documentIdParam.safeParse(id);
  if (!r.success) throw new ApiError(400, `document id: ${r.error.issues[0]?.message ?? "invalid"}`);
  return r.data;
}

/** Event pages for an export, up to MAX_OFFSET events. */
export async function* exportPages(db: Queryable, filter: EventFilter): AsyncIterable<EventItem[]> {
  const limit = 500;
  for (let offset = 0; offset < MAX_OFFSET; offset += limit) {
    const page = await listEventItems(db, filter, { limit, offset });
    yield page.items;
    if (page.next_offset === null) return;
  }
}

/**
 * Counts (documents; entities and events across documents, as the link stage merged them; the
 * reports those events gather), the latest happenings and the most active dyads.
 */
export async function overview(db: Queryable) {
  const [c, corpus, latest, dyads] = await Promise.all([
    counts(db),
    corpusCounts(db),
    listHappenings(db, { ...ALL_HAPPENINGS, sort: "-date" }, { limit: 10, offset: 0 }),
    topDyads(db, 10),
  ]);
  return {
    counts: { documents: c.documents, entities: corpus.entities, events: corpus.events, reports: c.events },
    latest: latest.items,
    dyads,
  };
}

export function apiRoutes(db: Db, options: ApiOptions = {}): Hono {
  const api = new Hono();

  api.get("/overview", async (c) => {
    parseQuery(QUERIES.none, c.req.url);
    return c.json(await overview(db));
  });

  api.get("/documents", async (c) => {
    const q = parseQuery(QUERIES.page, c.req.url);
    return c.json(await listDocuments(db, q));
  });

  api.get("/documents/:id", async (c) => {
    const id = documentIdOf(c.req.param("id"));
    parseQuery(QUERIES.none, c.req.url);
    const d = await getDocument(db, id);
    if (!d) throw new ApiError(404, `no document with id ${id}`);
    return c.json(d);
  });

  api.get("/search", async (c) => {
    const q = parseQuery(QUERIES.documentSearch, c.req.url);
    return c.json(await searchDocumentPage(db, q.q, q));
  });

  api.get("/entities", async (c) => {
    const q = parseQuery(QUERIES.entities, c.req.url);
    const filter = { key: q.q ? keyOf(q.q) : null, type: q.type ?? null, country: q.country ?? null };
    return c.json(await searchEntities(db, filter, q));
  });

  api.get("/entities/:id", async (c) => {
    const id = entityIdOf(c.req.param("id"));
    const q = parseQuery(QUERIES.page, c.req.url);
    const entity = await getEntity(db, id);
    if (!entity) throw new ApiError(404, "no such entity");
    return c.json({ ...entity, events: await entityHappenings(db, id, q) });
  });

  api.get("/events", async (c) => {
    const q = parseQuery(QUERIES.events, c.req.url);
    return c.json(await listHappenings(db, eventFilterOf(q), q));
  });

  api.get("/timeline", async (c) => {
    const q = parseQuery(QUERIES.timeline, c.req.url);
    return c.json(await dyadHappenings(db, q.a, q.b, q));
  });

  api.get("/dyads", async (c) => {
    const q = parseQuery(QUERIES.page, c.req.url);
    return c.json({ items: await topDyads(db, q.limit) });
  });

  api.get("/channels", async (c) => {
    const q = parseQuery(QUERIES.page, c.req.url);
    return c.json(await listChannels(db, q));
  });

  api.get("/stories", async (c) => {
    const q = parseQuery(QUERIES.page, c.req.url);
    return c.json(await listStories(db, q));
  });

  api.get("/export", async (c) => {
    const q = parseQuery(QUERIES.export, c.req.url);
    const format = q.format as ExportFormat;
    const ext = format === "plover-jsonl" ? "jsonl" : format;
    return c.body(exportStream(format, exportPages(db, eventFilterOf(q))), 200, {
      "content-type": CONTENT_TYPES[format],
      "content-disposition": `attachment; filename="rasd-events.${ext}"`,
    });
  });

  if (options.ingest) mountIngest(api, db, options.ingest);
  else
    api.post("/documents", () => {
      throw new ApiError(
        401,
        "this server is read-only; start it with `rasd serve --allow-ingest` to accept documents",
      );
    });

  return api;
}

const INGEST_TYPES: Record<string, RawDocument["format"]> = {
  "text/plain": "text",
  "text/html": "html",
};

/** The document a POST body describes: raw text or HTML, or JSON {text|html, url?, title?, …}. */
async function rawFromRequest(req: Request): Promise<RawDocument> {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const format = INGEST_TYPES[type];
  if (format) {
    const text = await req.text();
    if (!text.trim()) throw new ApiError(400, "the body is empty; send the article's text or HTML");
    return { uri: null, format, text, meta: {} };
  }
  if (type !== "application/json")
    throw new ApiError(415, "send text/plain, text/html or application/json {text|html, url?, title?}");
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new ApiError(400, "the body is not valid JSON");
  }
  const r = QUERIES.ingestBody.safeParse(body);
  if (!r.success) throw new ApiError(400, describeIssues(r.error));
  const b = r.data;
  const meta = { url: b.url, title: b.title, published: b.published, outlet: b.outlet };
  return {
    uri: b.url ?? null,
    format: b.html !== undefined ? "html" : "text",
    text: (b.html ?? b.text) as string,
    meta: Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)),
  };
}

function mountIngest(api: Hono, db: Db, settings: IngestSettings): void {
  api.post(
    "/documents",
    bearerAuth({
      token: settings.token,
      noAuthenticationHeader: {
        message: { error: "unauthorized", message: "send Authorization: Bearer <token>" },
      },
      invalidToken: { message: { error: "unauthorized", message: "the bearer token is wrong" } },
      invalidAuthenticationHeader: {
        message: { error: "bad_request", message: "the Authorization header must be `Bearer <token>`" },
      },
    }),
    bodyLimit({
      maxSize: settings.maxBodyBytes,
      onError: (c) =>
        c.json(
          {
            error: "payload_too_large",
            message: `the body is larger than ${settings.maxBodyBytes} bytes; send a shorter article`,
          },
          413,
        ),
    }),
    async (c) => {
      const raw = await rawFromRequest(c.req.raw);
      const result = await ingestRaw(db, settings.pipeline, raw).catch((e: unknown) => {
        if (e instanceof InputError) throw new ApiError(400, `the article ${e.problem}`);
        throw e;
      });
      const stored = await getDocument(db, result.id);
      return c.json(
        {
          id: result.id,
          added: result.added,
          language: result.language,
          entities: new Set(stored?.mentions.map((m) => m.entity)).size,
          events: stored?.events.length ?? 0,
        },
        result.added ? 201 : 200,
      );
    },
  );
}

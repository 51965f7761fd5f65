// The web UI's routes: each page reads the store and renders HTML on the server; assets (CSS,
// one JS file, the Noto Naskh Arabic font from npm) are served from this process, never a CDN.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Hono } from "hono";
import { keyOf } from "../../arabic/normalize.ts";
import { getDocument, listDocuments, searchDocumentPage } from "../../store/browse.ts";
import { getEntity, searchEntities } from "../../store/browse-entities.ts";
import { dyadEvents, listMechanisms, topDyads } from "../../store/browse-events.ts";
import { dyadHappenings, entityHappenings, listHappenings } from "../../store/browse-happenings.ts";
import type { Db } from "../../store/db.ts";
import { listChannels, listStories } from "../../store/serve-queries.ts";
import { ApiError, documentIdOf, entityIdOf, eventFilterOf, overview, parseQuery } from "../api.ts";
import { MAX_LIMIT, QUERIES } from "../params.ts";
import { query } from "./html.ts";
import {
  channelsPage,
  documentPage,
  documentsPage,
  entitiesPage,
  entityPage,
  eventsPage,
  overviewPage,
  searchPage,
  storiesPage,
  timelinePage,
} from "./pages.ts";

const STATIC_DIR = join(dirname(fileURLToPath(import.meta.url)), "static");
const FONT_DIR = join(
  dirname(createRequire(import.meta.url).resolve("@fontsource/noto-naskh-arabic/package.json")),
  "files",
);

/** The only files /assets serves: name → [path, content type]. */
const ASSETS: Record<string, [string, string]> = {
  "app.css": [join(STATIC_DIR, "app.css"), "text/css; charset=utf-8"],
  "app.js": [join(STATIC_DIR, "app.js"), "text/javascript; charset=utf-8"],
  "icon.svg": [join(STATIC_DIR, "icon.svg"), "image/svg+xml"],
  ...Object.fromEntries(
    ["arabic-400", "arabic-700", "latin-400", "latin-700"].map((w) => [
      `fonts/noto-naskh-arabic-${w}-normal.woff2`,
      [join(FONT_DIR, `noto-naskh-arabic-${w}-normal.woff2`), "font/woff2"],
    ]),
  ),
};

/** Query parameters with empty values dropped: an empty filter box means no filter. */
function filled(url: string): string {
  const u = new URL(url);
  for (const [k, v] of [...u.searchParams]) if (v.trim() === "") u.searchParams.delete(k);
  return u.toString();
}

export function webRoutes(db: Db): Hono {
  const web = new Hono();
  const cache = new Map<string, Buffer>();

  web.get("/assets/*", (c) => {
    const name = c.req.path.slice("/assets/".length);
    const asset = ASSETS[name];
    if (!asset) throw new ApiError(404, `no asset ${name}`);
    let body = cache.get(name);
    if (!body) {
      body = readFileSync(asset[0]);
      cache.set(name, body);
    }
    return c.body(new Uint8Array(body), 200, {
      "content-type": asset[1],
      "cache-control": "public, max-age=3600",
    });
  });

  web.get("/", async (c) => c.html(overviewPage(await overview(db)).html));

  web.get("/documents", async (c) => {
    const q = parseQuery(QUERIES.page, filled(c.req.url));
    return c.html(documentsPage(await listDocuments(db, q)).html);
  });

  web.get("/documents/:id", async (c) => {
    const id = documentIdOf(c.req.param("id"));
    const d = await getDocument(db, id);
    if (!d) throw new ApiError(404, `لا مقالة بهذا المعرّف · no document with id ${id}`);
    return c.html(documentPage(d).html);
  });

  web.get("/search", async (c) => {
    const raw = new URL(c.req.url).searchParams.get("q")?.trim() ?? "";
    if (!raw) return c.html(searchPage("", null).html);
    const q = parseQuery(QUERIES.documentSearch, filled(c.req.url));
    return c.html(searchPage(q.q, await searchDocumentPage(db, q.q, q)).html);
  });

  web.get("/events", async (c) => {
    const url = filled(c.req.url);
    const q = parseQuery(QUERIES.events, url);
    const params = Object.fromEntries(new URL(url).searchParams);
    delete params.offset;
    const [page, mechanisms] = await Promise.all([
      listHappenings(db, eventFilterOf(q), q),
      listMechanisms(db, MAX_LIMIT),
    ]);
    const { limit: _l, ...filters } = params;
    return c.html(
      eventsPage({ params, page, exportQuery: query({ ...filters, format: "csv" }), mechanisms }).html,
    );
  });

  web.get("/timeline", async (c) => {
    const q = parseQuery(QUERIES.timelinePage, filled(c.req.url));
    const dyads = await topDyads(db, 10);
    // Without a dyad, show the most active one.
    const dyad = q.a && q.b ? { a: q.a, b: q.b } : (dyads[0] ?? null);
    if (!dyad) return c.html(timelinePage(null, null, null, dyads, q.per).html);
    const page = { limit: 200, offset: 0 };
    const items =
      q.per === "happening"
        ? (await dyadHappenings(db, dyad.a, dyad.b, page)).items
        : (await dyadEvents(db, dyad.a, dyad.b, page)).items;
    return c.html(timelinePage(dyad.a, dyad.b, items, dyads, q.per).html);
  });

  web.get("/entities", async (c) => {
    const url = filled(c.req.url);
    const q = parseQuery(QUERIES.entities, url);
    const filter = { key: q.q ? keyOf(q.q) : null, type: q.type ?? null, country: q.country ?? null };
    const params = { q: q.q, type: q.type, country: q.country };
    return c.html(entitiesPage(params, await searchEntities(db, filter, q)).html);
  });

  web.get("/entities/:id", async (c) => {
    const id = entityIdOf(c.req.param("id"));
    const q = parseQuery(QUERIES.page, filled(c.req.url));
    const e = await getEntity(db, id);
    if (!e) throw new ApiError(404, "لا كيان بهذا المعرّف · no such entity");
    return c.html(entityPage(e, await entityHappenings(db, id, q)).html);
  });

  web.get("/channels", async (c) => {
    const q = parseQuery(QUERIES.page, filled(c.req.url));
    return c.html(channelsPage(await listChannels(db, q)).html);
  });

  web.get("/stories", async (c) => {
    const q = parseQuery(QUERIES.page, filled(c.req.url));
    return c.html(storiesPage(await listStories(db, q)).html);
  });

  return web;
}

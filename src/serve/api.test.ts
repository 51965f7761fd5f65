// The API and the server-rendered pages in-process with app.request(), on a PGlite database
// filled from own-written fixture articles.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Hono } from "hono";
import { sharedPipeline } from "../../test/helpers.ts";
import { fixtureDb, type TestDb } from "../../test/serve-db.ts";
import type { DocumentDetail, Paged } from "../store/browse.ts";
import type { EntitySummary } from "../store/browse-entities.ts";
import type { EventItem } from "../store/browse-events.ts";
import type { HappeningItem } from "../store/browse-happenings.ts";
import type { ChannelOut } from "../store/serve-queries.ts";
import { RESPONSES } from "./params.ts";
import { channelsPage } from "./web/pages.ts";
import { createApp } from "./index.ts";

let t: TestDb;
let app: Hono;
let ingestApp: Hono;
const TOKEN = "test-token-0123456789abcdef";

before(async () => {
  t = await fixtureDb();
  app = createApp(t.db);
  ingestApp = createApp(t.db, { ingest: { pipeline: sharedPipeline(), token: TOKEN, maxBodyBytes: 4096 } });
});

after(async () => {
  await t.cleanup();
});

async function json<T>(path: string, a: Hono = app): Promise<{ status: number; body: T }> {
  const res = await a.request(path);
  return { status: res.status, body: (await res.json()) as T };
}

async function markupDocument(): Promise<DocumentDetail> {
  const list = await json<Paged<{ id: string; title: string }>>("/api/search?q=البحر الأحمر");
  const id = list.body.items[0]?.id;
  assert.ok(id, "the markup fixture is found by search");
  return (await json<DocumentDetail>(`/api/documents/${id}`)).body;
}

test("api: overview counts what was ingested and lists dyads", async () => {
  const r = await json<{
    counts: { documents: number; events: number };
    latest: EventItem[];
    dyads: unknown[];
  }>("/api/overview");
  assert.equal(r.status, 200);
  assert.equal(r.body.counts.documents, 5);
  assert.ok(r.body.counts.events > 0);
  assert.ok(r.body.latest.length > 0 && r.body.latest.length <= 10);
  assert.ok(r.body.dyads.length > 0);
});

test("api: documents page with limit and next_offset", async () => {
  const first = await json<Paged<{ id: string }>>("/api/documents?limit=2");
  assert.equal(first.body.items.length, 2);
  assert.equal(first.body.next_offset, 2);
  const last = await json<Paged<{ id: string }>>("/api/documents?limit=2&offset=4");
  assert.equal(last.body.items.length, 1);
  assert.equal(last.body.next_offset, null);
  const ids = new Set([...first.body.items, ...last.body.items].map((d) => d.id));
  assert.equal(ids.size, 3);
});

test("api: a document's mention and evidence offsets slice its text", async () => {
  const d = await markupDocument();
  assert.ok(d.mentions.length > 0);
  for (const m of d.mentions) assert.equal(d.document.text.slice(m.start, m.end), m.text);
  assert.ok(d.events.length > 0);
  for (const e of d.events)
    assert.equal(d.document.text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
});

const BAD_REQUESTS: Array<[string, RegExp]> = [
  ["/api/events?limit=0", /limit: must be at least 1/u],
  ["/api/events?limit=201", /limit: must be at most 200/u],
  ["/api/events?limit=abc", /limit: must be a whole number/u],
  ["/api/events?offset=-1", /offset: must be at least 0/u],
  ["/api/events?type=HUG", /type: must be a PLOVER event type/u],
  ["/api/events?actor=US", /actor: must be a three-letter country code/u],
  ["/api/events?from=2024-13", /from: must be a date/u],
  ["/api/events?sort=random", /sort: must be date, -date or type/u],
  ["/api/events?colour=red", /unknown parameter\(s\): colour/u],
  ["/api/timeline?a=USA", /b: /u],
  ["/api/search", /q: /u],
  ["/api/events?mechanism=", /mechanism: must not be empty/u],
  ["/api/search?q=%20%20", /q: must not be empty/u],
  [`/api/search?q=${"ب".repeat(201)}`, /q: must be at most 200 characters/u],
  ["/api/search?q=الصين&limit=0", /limit: must be at least 1/u],
  ["/api/entities?type=ANIMAL", /type: must be one of PERSON/u],
  ["/api/entities/not-an-id", /entity id/u],
  ["/api/entities/e1", /entity id/u],
  ["/api/documents/..%2F..%2Fetc", /document id/u],
  ["/api/export?format=xml", /format: must be plover-jsonl, csv or json/u],
];

test("api: every bad parameter is a 400 whose JSON message names it", async () => {
  for (const [path, message] of BAD_REQUESTS) {
    const r = await json<{ error: string; message: string }>(path);
    assert.equal(r.status, 400, path);
    assert.equal(r.body.error, "bad_request", path);
    assert.match(r.body.message, message, path);
  }
});

interface Hit {
  id: string;
  title: string;
  rank: number;
  snippet: string;
}

test("api: search is full text with Arabic stemming, ranked hits and marked snippets", async () => {
  // The plural المكالمات is not in any article; its stem is, as the singular مكالمة.
  const plural = await json<Paged<Hit>>("/api/search?q=المكالمات");
  assert.equal(plural.status, 200);
  assert.equal(plural.body.items.length, 1);
  const hit = plural.body.items[0];
  assert.ok(hit);
  assert.match(hit.title, /البنتاغون/u);
  assert.match(hit.snippet, /«مكالمة»/u);
  assert.ok(hit.rank > 0);
  // A word the articles do not hold in any form finds nothing.
  const none = await json<Paged<Hit>>("/api/search?q=الزلازل");
  assert.deepEqual(none.body.items, []);
  assert.equal(none.body.next_offset, null);
});

test("api: search pages through hits in rank order", async () => {
  const all = await json<Paged<Hit>>("/api/search?q=الاتصالات");
  assert.ok(all.body.items.length >= 2);
  const ranks = all.body.items.map((h) => h.rank);
  assert.deepEqual(
    ranks,
    [...ranks].sort((a, b) => b - a),
  );
  const first = await json<Paged<Hit>>("/api/search?q=الاتصالات&limit=1");
  assert.equal(first.body.next_offset, 1);
  const second = await json<Paged<Hit>>("/api/search?q=الاتصالات&limit=1&offset=1");
  assert.deepEqual(
    [first.body.items[0]?.id, second.body.items[0]?.id],
    all.body.items.slice(0, 2).map((h) => h.id),
  );
});

test("pages: search shows snippets with the matched words marked and article markup as text", async () => {
  const res = await app.request("/search?q=" + encodeURIComponent("البحر الأحمر"));
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.ok(html.includes("<mark>البحر</mark> <mark>الأحمر</mark>"), "matched words are marked");
  assert.ok(html.includes("&lt;b&gt;مستمر"), "markup in the snippet is escaped");
  assert.ok(!html.includes("<b>مستمر"));
});

test("api: unknown document and unknown path are JSON 404s", async () => {
  const doc = await json<{ error: string }>("/api/documents/0123456789abcdef");
  assert.equal(doc.status, 404);
  assert.equal(doc.body.error, "not_found");
  const path = await json<{ error: string }>("/api/nothing-here");
  assert.equal(path.status, 404);
});

test("api: event filters narrow the results", async () => {
  const all = await json<Paged<EventItem>>("/api/events?limit=200");
  const consult = await json<Paged<EventItem>>("/api/events?type=CONSULT&limit=200");
  assert.ok(consult.body.items.length > 0);
  assert.ok(consult.body.items.length < all.body.items.length);
  assert.ok(consult.body.items.every((i) => i.event.type === "CONSULT"));
  const usa = await json<Paged<EventItem>>("/api/events?actor=usa&limit=200");
  assert.ok(usa.body.items.length > 0);
  assert.ok(usa.body.items.every((i) => i.event.actor.some((p) => p.country === "USA")));
  const dated = await json<Paged<EventItem>>("/api/events?from=2024-05&to=2024-05&limit=200");
  assert.ok(dated.body.items.length > 0);
  assert.ok(dated.body.items.every((i) => i.event.date?.startsWith("2024-05")));
  const spelled = await json<Paged<EventItem>>("/api/events?text=اسرائيل&limit=200");
  assert.ok(spelled.body.items.length > 0, "alef forms are folded in the text filter");
  assert.ok(spelled.body.items.every((i) => /[إا]سرائيل/u.test(i.event.evidence.text)));
  const newest = await json<Paged<EventItem>>("/api/events?sort=-date&limit=200");
  const dates = newest.body.items.map((i) => i.event.date).filter((d): d is string => d !== null);
  assert.deepEqual(dates, [...dates].sort().reverse());
});

test("api: timeline of a dyad holds only happenings between the two, in date order", async () => {
  const r = await json<Paged<HappeningItem>>("/api/timeline?a=CHN&b=USA");
  assert.ok(r.body.items.length > 0);
  for (const i of r.body.items) {
    const countries = new Set([...i.event.actor, ...i.event.recipient].map((p) => p.country));
    assert.ok(countries.has("CHN") && countries.has("USA"), i.event.evidence.text);
  }
  const dates = r.body.items.map((i) => i.event.date).filter((d): d is string => d !== null);
  assert.deepEqual(dates, [...dates].sort());
  const undated = r.body.items.findIndex((i) => i.event.date === null);
  if (undated >= 0)
    assert.ok(
      r.body.items.slice(undated).every((i) => i.event.date === null),
      "undated last",
    );
});

test("api: events and the timeline list happenings, each once, with its reports and sources", async () => {
  for (const path of ["/api/events?limit=200", "/api/timeline?a=USA&b=CHN&limit=200"]) {
    const body = (await json<Paged<HappeningItem>>(path)).body;
    const described = RESPONSES.happenings.safeParse(body);
    assert.ok(described.success, `${path}: the body is what /openapi.json describes`);
    const items = body.items;
    assert.ok(items.length > 0, path);
    assert.equal(new Set(items.map((i) => i.happening)).size, items.length, `${path}: one row per happening`);
    for (const i of items) {
      assert.ok(i.happening && i.sources >= 1 && i.mentions.length >= 1, path);
      assert.ok(i.mentions.length >= i.documents && i.documents >= i.sources, path);
      const first = i.mentions.find((m) => m.document === i.document && m.event === i.event.id);
      assert.ok(first, `${path}: the first report is among the mentions`);
      assert.equal(first.evidence, i.event.evidence.text);
      assert.equal(first.outlet, i.outlet);
    }
  }
  // Every report the documents state belongs to exactly one listed happening.
  const happenings = (await json<Paged<HappeningItem>>("/api/events?limit=200")).body.items;
  const reports = happenings.flatMap((i) => i.mentions.map((m) => `${m.document}/${m.event}`));
  const overview = await json<{ counts: { reports: number; events: number } }>("/api/overview");
  assert.equal(reports.length, overview.body.counts.reports);
  assert.equal(new Set(reports).size, reports.length);
  assert.equal(happenings.length, overview.body.counts.events);
});

test("api: entity search by a word of the name, then the entity with variants and events", async () => {
  const found = await json<Paged<EntitySummary>>("/api/entities?q=هيغسيث");
  const e = found.body.items.find((x) => x.type === "PERSON");
  assert.ok(e, "Hegseth is found by his family name");
  const detail = await json<{
    name: string;
    variants: { text: string }[];
    events: Paged<EventItem>;
    cooccurring: unknown[];
  }>(`/api/entities/${e.id}`);
  assert.equal(detail.status, 200);
  assert.ok(detail.body.variants.length > 0);
  assert.ok(detail.body.events.items.length > 0);
  assert.ok(detail.body.cooccurring.length > 0);
});

test("api: channels come from the link stage with parties, status and dated evidence; stories page", async () => {
  const r = await json<{ items: ChannelOut[]; next_offset: number | null }>("/api/channels");
  assert.equal(r.status, 200);
  const hotline = r.body.items.find((c) => c.name === "الخط الساخن العسكري");
  assert.ok(hotline, "the hotline of fixture 01 is a channel");
  assert.deepEqual(hotline.parties, ["CHN", "USA"]);
  assert.ok(["active", "suspended", "agreed", "proposed", "unknown"].includes(hotline.status));
  assert.ok(hotline.history.length > 0);
  for (const h of hotline.history) assert.ok(h.evidence.includes("الخط الساخن"), h.evidence);
  const one = await json<{ items: ChannelOut[]; next_offset: number | null }>("/api/channels?limit=1");
  assert.equal(one.body.items.length, 1);
  assert.equal(one.body.next_offset, 1);
  const stories = await json<{ items: unknown[] }>("/api/stories");
  assert.equal(stories.status, 200);
  assert.ok(Array.isArray(stories.body.items));
});

/** `document/event` of every event on a page of /api/events. */
async function eventKeys(q: string): Promise<string[]> {
  const r = await json<Paged<EventItem>>(`/api/events?limit=200&${q}`);
  assert.equal(r.status, 200, q);
  return r.body.items.map((i) => `${i.document}/${i.event.id}`).sort();
}

async function channelId(name: RegExp): Promise<string> {
  const channels = await json<{ items: ChannelOut[] }>("/api/channels?limit=200");
  const c = channels.body.items.find((x) => name.test(x.name));
  assert.ok(c, `channel ${name.source}`);
  return c.id;
}

test("api: events about a channel, by its id or by any of its names", async () => {
  const hotline = await channelId(/الخط الساخن/u);
  const byId = await json<Paged<EventItem>>(`/api/events?mechanism=${encodeURIComponent(hotline)}`);
  assert.equal(byId.body.items.length, 1);
  const [call] = byId.body.items;
  assert.equal(call?.event.type, "REJECT");
  assert.match(call?.event.evidence.text ?? "", /الخط الساخن العسكري/u);
  const keys = await eventKeys(`mechanism=${encodeURIComponent(hotline)}`);
  // Another spelling (ى for ي) and the English name find the same events.
  assert.deepEqual(await eventKeys(`mechanism=${encodeURIComponent("الخط الساخن العسكرى")}`), keys);
  assert.deepEqual(await eventKeys("mechanism=military%20hotline"), keys);
  assert.deepEqual(await eventKeys(`mechanism=${encodeURIComponent("قناة لا وجود لها")}`), []);
});

test("api: a channel's events by its /api/entities id, combined with other filters and exported", async () => {
  const found = await json<Paged<EntitySummary>>(
    `/api/entities?type=MECHANISM&q=${encodeURIComponent("محادثات تنسيق السياسة الدفاعية")}`,
  );
  const talks = found.body.items[0];
  assert.ok(talks, "the talks are an entity");
  const all = await json<Paged<EventItem>>(`/api/events?limit=200&mechanism=${talks.id}`);
  assert.ok(all.body.items.length >= 2);
  const mechanisms = new Set(all.body.items.map((i) => `${i.document}/${i.event.mechanism ?? ""}`));
  assert.equal(mechanisms.size, 1, "one channel");
  const hotline = await eventKeys(`mechanism=${encodeURIComponent(await channelId(/الخط الساخن/u))}`);
  assert.ok(!hotline.some((k) => all.body.items.some((i) => `${i.document}/${i.event.id}` === k)));
  const consult = await json<Paged<EventItem>>(`/api/events?limit=200&type=CONSULT&mechanism=${talks.id}`);
  assert.ok(consult.body.items.length > 0 && consult.body.items.length < all.body.items.length);
  assert.ok(consult.body.items.every((i) => i.event.type === "CONSULT"));
  const csv = await (await app.request(`/api/export?format=csv&mechanism=${talks.id}`)).text();
  assert.equal(csv.trim().split("\n").length, all.body.items.length + 1);
});

test("pages: the events page filters by channel and the channel board links to it", async () => {
  const hotline = await channelId(/الخط الساخن/u);
  const board = await (await app.request("/channels")).text();
  assert.ok(board.includes(`href="/events?mechanism=${encodeURIComponent(hotline)}"`));
  const res = await app.request(`/events?mechanism=${encodeURIComponent(hotline)}`);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /<select name="mechanism">/u);
  assert.ok(html.includes(`<option value="${hotline}" selected>`), "the channel is selected");
  assert.equal(html.match(/<tr class="q\d">/gu)?.length, 1, "one event row");
  assert.ok(html.includes("الخط الساخن العسكري"));
});

test("api: exports in PLOVER JSONL, CSV and JSON hold the same events", async () => {
  const jsonl = await (await app.request("/api/export?format=plover-jsonl&type=CONSULT")).text();
  const records = jsonl
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.ok(records.length > 0);
  for (const r of records) {
    assert.deepEqual(r.event, ["CONSULT"]);
    for (const field of ["id", "date", "actor", "recipient", "quad_code", "event_scale", "event_text"])
      assert.ok(field in r, `PLOVER field ${field}`);
  }
  const csv = await app.request("/api/export?format=csv&type=CONSULT");
  assert.match(csv.headers.get("content-type") ?? "", /^text\/csv/u);
  const lines = (await csv.text()).trim().split("\n");
  assert.match(lines[0] ?? "", /^id,date,enddate,event,/u);
  assert.ok(lines.length >= records.length + 1);
  const asJson = (await (await app.request("/api/export?format=json&type=CONSULT")).json()) as unknown[];
  assert.equal(asJson.length, records.length);
  const happenings = (await json<Paged<HappeningItem>>("/api/events?type=CONSULT&limit=200")).body.items;
  const byReport = new Map(
    happenings.flatMap((h) =>
      h.mentions.map((m): [string, HappeningItem] => [`rasd-${m.document}-${m.event}`, h]),
    ),
  );
  for (const r of records) {
    const h = byReport.get(r.id as string);
    assert.ok(h, `${String(r.id)} is a report of a listed happening`);
    assert.equal(r.happening, h.happening);
    assert.equal(r.sources, h.sources);
  }
  assert.match(lines[0] ?? "", /,happening,sources$/u);
});

test("api: openapi.json describes every endpoint with its validated parameters", async () => {
  const r = await json<{
    openapi: string;
    paths: Record<string, { get?: { parameters: { name: string }[] } }>;
  }>("/openapi.json");
  assert.equal(r.status, 200);
  assert.match(r.body.openapi, /^3\./u);
  for (const p of ["/api/documents", "/api/events", "/api/timeline", "/api/entities/{id}", "/api/export"])
    assert.ok(r.body.paths[p], p);
  const names = r.body.paths["/api/events"]?.get?.parameters.map((p) => p.name);
  assert.deepEqual(names?.sort(), [
    "actor",
    "country",
    "from",
    "limit",
    "mechanism",
    "offset",
    "recipient",
    "sort",
    "text",
    "to",
    "type",
  ]);
  const events = (
    await json<{ paths: Record<string, { get: { responses: Record<string, unknown> } }> }>("/openapi.json")
  ).body.paths;
  for (const p of ["/api/events", "/api/timeline"]) {
    const schema = JSON.stringify(events[p]?.get.responses["200"]);
    for (const field of ["happening", "sources", "mentions", "evidence"])
      assert.ok(schema.includes(`"${field}"`), `${p}: ${field}`);
  }
  const search = r.body.paths["/api/search"]?.get?.parameters.map((p) => p.name);
  assert.deepEqual(search?.sort(), ["limit", "offset", "q"]);
});

test("security: every response carries a strict CSP and nosniff", async () => {
  for (const path of ["/", "/api/overview", "/assets/app.css", "/nothing"]) {
    const res = await app.request(path);
    const csp = res.headers.get("content-security-policy") ?? "";
    assert.match(csp, /default-src 'self'/u, path);
    assert.match(csp, /script-src 'self'(;|$)/u, path);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/u, path);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff", path);
  }
});

test("security: markup inside an article is shown as text, never as HTML", async () => {
  const d = await markupDocument();
  assert.ok(d.document.text.includes("<script>"), "the fixture's body keeps the markup as text");
  const html = await (await app.request(`/documents/${d.document.id}`)).text();
  assert.ok(html.includes("&lt;script&gt;alert(&quot;رصد&quot;)&lt;/script&gt;"));
  assert.ok(html.includes("&lt;b&gt;مستمر&lt;/b&gt;"));
  assert.ok(!/<script>alert/u.test(html));
  assert.ok(!/<img src=x/u.test(html));
  assert.ok(!/href="javascript:/u.test(html));
  assert.equal((html.match(/<script\b/gu) ?? []).length, 1, "only the app's own script tag");
  assert.doesNotMatch(html, /<[a-z][^>]*\s(?:style|on[a-z]+)=/u, "no inline styles or handlers in tags");
});

test("security: the server is read-only unless ingest is allowed", async () => {
  const r = await app.request("/api/documents", {
    method: "POST",
    body: "نص",
    headers: { "content-type": "text/plain" },
  });
  assert.equal(r.status, 401);
  assert.match(((await r.json()) as { message: string }).message, /--allow-ingest/u);
});

test("ingest: POST /api/documents needs the bearer token, limits the body and stores the article", async () => {
  const article =
    "الرباط - أجرى وزير الخارجية المغربي ناصر بوريطة اتصالا هاتفيا مع نظيره الموريتاني محمد سالم ولد مرزوك يوم الثلاثاء 14 مايو 2024، بحثا خلاله العلاقات الثنائية.";
  const post = (headers: Record<string, string>, body: string) =>
    ingestApp.request("/api/documents", { method: "POST", headers, body });
  assert.equal((await post({ "content-type": "text/plain" }, article)).status, 401);
  assert.equal(
    (await post({ "content-type": "text/plain", authorization: "Bearer wrong" }, article)).status,
    401,
  );
  const auth = { authorization: `Bearer ${TOKEN}` };
  const big = await post({ ...auth, "content-type": "text/plain" }, "نص ".repeat(5000));
  assert.equal(big.status, 413);
  assert.equal((await post({ ...auth, "content-type": "application/xml" }, "<a/>")).status, 415);
  const bad = await post({ ...auth, "content-type": "application/json" }, JSON.stringify({ url: "ftp://x" }));
  assert.equal(bad.status, 400);
  const ok = await post(
    { ...auth, "content-type": "application/json" },
    JSON.stringify({ text: article, url: "https://example.org/a/1", outlet: "موقع الاختبار" }),
  );
  assert.equal(ok.status, 201, await ok.clone().text());
  const body = (await ok.json()) as { id: string; added: boolean; entities: number };
  assert.equal(body.added, true);
  assert.ok(body.entities > 0);
  const empty = await post(
    { ...auth, "content-type": "text/html" },
    "<html><head><title></title></head><body></body></html>",
  );
  assert.equal(empty.status, 400);
  assert.match(((await empty.json()) as { message: string }).message, /no article text/u);
  const again = await post({ ...auth, "content-type": "text/plain" }, article);
  assert.equal(again.status, 200);
  const stored = await json<DocumentDetail>(`/api/documents/${body.id}`);
  assert.equal(stored.body.document.uri, "https://example.org/a/1");
});

test("pages: every page renders Arabic right to left with a 200", async () => {
  const d = await markupDocument();
  const entity = (await json<Paged<EntitySummary>>("/api/entities?limit=1")).body.items[0];
  assert.ok(entity);
  for (const path of [
    "/",
    "/documents",
    `/documents/${d.document.id}`,
    "/events?type=CONSULT",
    "/timeline?a=USA&b=CHN",
    "/entities",
    `/entities/${entity.id}`,
    "/channels",
    "/stories",
    "/search?q=الصين",
  ]) {
    const res = await app.request(path);
    assert.equal(res.status, 200, path);
    const html = await res.text();
    assert.match(html, /<html lang="ar" dir="rtl">/u, path);
  }
  const bad = await app.request("/events?limit=5000");
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /limit: must be at most 200/u);
});

test("channels: names, evidence and history on the channel board are escaped", () => {
  const html = channelsPage({
    items: [
      {
        id: "mechanism:x",
        name: "الخط الساخن <i>العسكري</i>",
        name_en: null,
        variants: ["الخط الساخن <i>العسكري</i>"],
        parties: ["CHN", "USA"],
        status: "suspended",
        since: "2023-02",
        history: [
          {
            date: "2023-02",
            event: "v1",
            type: "REJECT",
            status: "suspended",
            evidence: "رفضت بكين <script>alert(1)</script> المكالمة",
            document: "d1",
            documents: 3,
          },
        ],
      },
    ],
    limit: 50,
    offset: 0,
    next_offset: null,
  }).html;
  assert.ok(html.includes("الخط الساخن &lt;i&gt;العسكري&lt;/i&gt;"));
  assert.ok(html.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
  assert.ok(!html.includes("<script>alert"));
  assert.ok(html.includes("suspended"));
  assert.ok(html.includes("(3 documents)"), "a happening several documents told says so");
  assert.ok(!html.includes('id="channels-empty"'));
});

test("security: a loopback server refuses other Host names (DNS rebinding)", async () => {
  const guarded = createApp(t.db, { allowedHosts: ["127.0.0.1", "localhost"] });
  const ok = await guarded.request("http://127.0.0.1:8080/api/overview");
  assert.equal(ok.status, 200);
  const evil = await guarded.request("http://127.0.0.1:8080/api/overview", {
    headers: { host: "evil.example:8080" },
  });
  assert.equal(evil.status, 403);
  assert.match(
    ((await evil.json()) as { message: string }).message,
    /host evil\.example is not served here/u,
  );
});

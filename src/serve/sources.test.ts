// How many outlets reported each happening, from the link stage's event clusters: three articles
// from three outlets tell of one meeting in Hanoi.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Hono } from "hono";
import { ROOT } from "../../test/helpers.ts";
import { fixtureDb, type TestDb } from "../../test/serve-db.ts";
import type { EventItem, Paged } from "../store/browse.ts";
import { createApp } from "./index.ts";

const ARTICLES = [
  "01_alhurra_hanoi.txt",
  "02_alain_hanoi.txt",
  "03_sky_hanoi.txt",
  "04_alain_inflation.txt",
].map((f) => join(ROOT, "test", "link", "articles", f));

let t: TestDb;
let app: Hono;

before(async () => {
  t = await fixtureDb(ARTICLES);
  app = createApp(t.db);
});

after(async () => {
  await t.cleanup();
});

async function timeline(): Promise<EventItem[]> {
  const res = await app.request("/api/timeline?a=USA&b=CHN&limit=200");
  assert.equal(res.status, 200);
  return ((await res.json()) as Paged<EventItem>).items;
}

/** The Hanoi meeting's reports: CONSULT on 10 March 2026. */
function meeting(items: readonly EventItem[]): EventItem[] {
  return items.filter((i) => i.event.type === "CONSULT" && i.event.date === "2026-03-10");
}

test("sources: every report of one happening carries its id and the three outlets", async () => {
  const reports = meeting(await timeline());
  assert.ok(reports.length >= 3, "a report from each article");
  assert.equal(new Set(reports.map((i) => i.document)).size, 3);
  assert.equal(new Set(reports.map((i) => i.happening)).size, 1, "one happening");
  assert.ok(reports[0]?.happening);
  for (const r of reports) assert.equal(r.sources, 3);
  const events = await app.request("/api/events?type=CONSULT&limit=200");
  const listed = meeting(((await events.json()) as Paged<EventItem>).items);
  assert.deepEqual(
    listed.map((i) => i.sources),
    reports.map(() => 3),
  );
});

/** Circles of the server-drawn chart with their radius. */
function circles(html: string): number[] {
  return [...html.matchAll(/<circle class="pt q\d" cx="[\d.]+" cy="[\d.]+" r="(\d+)"/gu)].map((m) =>
    Number(m[1]),
  );
}

test("sources: the timeline draws one point per happening when asked, sized by its sources", async () => {
  const all = meeting(await timeline());
  const perReport = await (await app.request("/timeline?a=USA&b=CHN")).text();
  const perHappening = await (await app.request("/timeline?a=USA&b=CHN&per=happening")).text();
  const happenings = new Set((await timeline()).map((i) => i.happening ?? `${i.document}/${i.event.id}`));
  assert.equal(circles(perHappening).length, happenings.size);
  assert.equal(circles(perReport).length - circles(perHappening).length, all.length - 1);
  assert.ok(circles(perHappening).includes(11), "the meeting's point is drawn larger (three sources)");
  assert.ok(perHappening.includes('<option value="happening" selected>'));
  assert.match(perReport, /<td class="sources"[^>]*>3<\/td>/u);
});

test("sources: the timeline page's parameters are checked", async () => {
  for (const [path, message] of [
    ["/timeline?a=USA", /b: give both countries or neither/u],
    ["/timeline?a=USA&b=CHN&per=story", /per: must be event or happening/u],
  ] as const) {
    const res = await app.request(path);
    assert.equal(res.status, 400, path);
    assert.match(await res.text(), message, path);
  }
});

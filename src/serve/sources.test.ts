// Happenings across articles, as the API, the pages and the exports show them: three articles from
// three outlets tell of one meeting in Hanoi, spelling Hegseth two ways.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Hono } from "hono";
import { ROOT } from "../../test/helpers.ts";
import { fixtureDb, type TestDb } from "../../test/serve-db.ts";
import type { DocumentDetail, Paged } from "../store/browse.ts";
import type { EntityDetail, EntitySummary } from "../store/browse-entities.ts";
import type { HappeningItem } from "../store/browse-happenings.ts";
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

async function timeline(): Promise<HappeningItem[]> {
  const res = await app.request("/api/timeline?a=USA&b=CHN&limit=200");
  assert.equal(res.status, 200);
  return ((await res.json()) as Paged<HappeningItem>).items;
}

/** The Hanoi meeting: CONSULT on 10 March 2026. */
function meeting(items: readonly HappeningItem[]): HappeningItem[] {
  return items.filter((i) => i.event.type === "CONSULT" && i.event.date === "2026-03-10");
}

test("sources: the meeting three outlets reported is one happening with three reports and sources", async () => {
  const [one, ...more] = meeting(await timeline());
  assert.ok(one, "the meeting is on the timeline");
  assert.equal(more.length, 0, "one item for the meeting");
  assert.equal(one.sources, 3);
  assert.equal(one.documents, 3);
  assert.equal(new Set(one.mentions.map((m) => m.document)).size, 3);
  assert.deepEqual(
    new Set(one.mentions.map((m) => m.outlet)),
    new Set(["الحرة", "العين الإخبارية", "سكاي نيوز عربية"]),
  );
  for (const m of one.mentions) assert.match(m.evidence, /هانوي|هيغسيث|هيجسيث|دونغ|دونج/u);
  const events = await app.request("/api/events?type=CONSULT&limit=200");
  const listed = meeting(((await events.json()) as Paged<HappeningItem>).items);
  assert.deepEqual(
    listed.map((i) => [i.happening, i.sources]),
    [[one.happening, 3]],
  );
});

test("sources: the export carries each report's happening and its sources", async () => {
  const [one] = meeting(await timeline());
  assert.ok(one);
  const csv = (await (await app.request("/api/export?format=csv&type=CONSULT")).text()).trim().split("\n");
  const rows = csv.filter((l) => l.includes(one.happening));
  assert.equal(rows.length, one.mentions.length, "a row per report");
  for (const r of rows) assert.match(r, new RegExp(`,${one.happening},3$`, "u"));
});

test("sources: one entity page for a person whatever the outlet's spelling", async () => {
  const ids = new Set<string>();
  for (const q of ["هيغسيث", "هيجسيث"]) {
    const res = await app.request(`/api/entities?type=PERSON&q=${encodeURIComponent(q)}`);
    const items = ((await res.json()) as Paged<EntitySummary>).items;
    assert.equal(items.length, 1, q);
    ids.add((items[0] as EntitySummary).id);
  }
  assert.equal(ids.size, 1, "both spellings find the same entity");
  const [id] = [...ids] as [string];
  const detail = (await (
    await app.request(`/api/entities/${encodeURIComponent(id)}`)
  ).json()) as EntityDetail & {
    events: Paged<HappeningItem & { role: string }>;
  };
  assert.equal(detail.documents, 3);
  const spellings = detail.variants.map((v) => v.text);
  assert.ok(
    spellings.some((v) => v.includes("هيغسيث")) && spellings.some((v) => v.includes("هيجسيث")),
    spellings.join(", "),
  );
  assert.equal(detail.documents_list.length, 3);
  assert.ok(detail.events.items.some((e) => e.happening === meeting(detail.events.items)[0]?.happening));
  assert.equal(meeting(detail.events.items).length, 1, "the meeting once on his page");
  const page = await (await app.request(`/entities/${encodeURIComponent(id)}`)).text();
  assert.ok(page.includes("هيجسيث") && page.includes("هيغسيث"), "both spellings on the page");
});

test("sources: each article's page and API name the happening of its events and their sources", async () => {
  const [one] = meeting(await timeline());
  assert.ok(one);
  for (const m of one.mentions) {
    const d = (await (await app.request(`/api/documents/${m.document}`)).json()) as DocumentDetail;
    assert.deepEqual(
      d.happenings.find((x) => x.event === m.event),
      { event: m.event, happening: one.happening, sources: 3 },
    );
    const page = await (await app.request(`/documents/${m.document}`)).text();
    assert.match(page, /<td class="sources"[^>]*>3<\/td>/u, m.document);
  }
});

/** Circles of the server-drawn chart with their radius. */
function circles(html: string): number[] {
  return [...html.matchAll(/<circle class="pt q\d" cx="[\d.]+" cy="[\d.]+" r="(\d+)"/gu)].map((m) =>
    Number(m[1]),
  );
}

test("sources: the timeline draws one point per happening, sized by its sources; per report when asked", async () => {
  const happenings = await timeline();
  const perHappening = await (await app.request("/timeline?a=USA&b=CHN")).text();
  const perReport = await (await app.request("/timeline?a=USA&b=CHN&per=event")).text();
  const dated = happenings.filter((i) => i.event.date !== null);
  assert.equal(circles(perHappening).length, dated.length);
  const reports = dated.reduce((n, i) => n + i.mentions.length, 0);
  assert.equal(circles(perReport).length, reports);
  assert.ok(circles(perHappening).includes(11), "the meeting's point is drawn larger (three sources)");
  assert.ok(perHappening.includes('<option value="happening" selected>'));
  assert.match(perHappening, /<td class="sources"[^>]*>3<\/td>/u);
  assert.match(perHappening, /2 تقارير أخرى/u, "the meeting's other two reports are folded under it");
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

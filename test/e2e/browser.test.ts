// The web UI in headless Chromium (Debian's, driven by playwright-core): every page loads
// without console errors or CSP violations, Arabic renders right to left, highlights show,
// filters change results, the timeline draws and opens evidence. Screenshots: test-artifacts/.
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { type Browser, chromium, type Page } from "playwright-core";
import { createApp, type Listening, listen } from "../../src/serve/index.ts";
import { ROOT } from "../helpers.ts";
import { fixtureDb, type TestDb } from "../serve-db.ts";

const CHROMIUM = process.env.RASD_CHROMIUM ?? "/usr/bin/chromium";
const ARTIFACTS = join(ROOT, "test-artifacts");
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

const skip = existsSync(CHROMIUM)
  ? {}
  : {
      skip: `${CHROMIUM} is absent: browser tests skipped (apt-get install chromium fonts-noto-core, or set RASD_CHROMIUM)`,
    };

let t: TestDb;
let server: Listening;
let browser: Browser;

before(async () => {
  if ("skip" in skip) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  t = await fixtureDb();
  server = await listen(createApp(t.db), { host: "127.0.0.1", port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await t?.cleanup();
});

interface Visit {
  page: Page;
  errors: string[];
  requests: string[];
}

/** A fresh page that records console errors, page errors, dialogs (an alert is XSS) and requests. */
async function open(path: string): Promise<Visit> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "ar" });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("dialog", (d) => {
    errors.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  page.on("request", (r) => requests.push(r.url()));
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  const res = await page.goto(`${server.url}${path}`, { waitUntil: "load" });
  assert.equal(res?.status(), 200, path);
  await page.evaluate("document.fonts.ready.then(() => true)");
  return { page, errors, requests };
}

async function shot(v: Visit, name: string): Promise<void> {
  await v.page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

function direction(page: Page, selector: string): Promise<string> {
  // A string runs in the page; this file is type-checked without the DOM library.
  return page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).direction`);
}

async function finish(v: Visit, name: string): Promise<void> {
  await shot(v, name);
  assert.deepEqual(v.errors, [], `${name}: console errors`);
  await v.page.close();
}

test("browser: overview renders right to left with the bundled Arabic font", skip, async () => {
  const v = await open("/");
  assert.equal(await direction(v.page, "body"), "rtl");
  assert.equal(await v.page.getAttribute("html", "lang"), "ar");
  assert.ok(v.requests.some((u) => u.endsWith("/assets/fonts/noto-naskh-arabic-arabic-400-normal.woff2")));
  assert.ok(
    v.requests.every((u) => u.startsWith(server.url)),
    "nothing is loaded from another origin",
  );
  assert.ok(await v.page.evaluate(`document.fonts.check('16px "Noto Naskh Arabic"', "رصد")`));
  assert.ok((await v.page.$$("table.events tbody tr")).length > 0, "latest events");
  assert.ok((await v.page.$$("table.dyads tbody tr")).length > 0, "most active dyads");
  await finish(v, "overview");
});

test("browser: a document shows highlights right to left and article markup as text", skip, async () => {
  const list = await open("/search?q=البحر الأحمر");
  const href = await list.page.getAttribute("ol.hits li a", "href");
  assert.ok((await list.page.$$("ol.hits .snippet mark")).length > 0, "matched words are marked in snippets");
  await finish(list, "search");
  assert.ok(href);
  const v = await open(`${href}#event-v1`);
  assert.equal(await direction(v.page, ".body"), "rtl");
  assert.equal(await direction(v.page, ".body mark.ev"), "rtl");
  assert.ok((await v.page.$$(".body mark.ev")).length > 0, "event highlights");
  assert.ok((await v.page.$$(".body a.ent")).length > 0, "entity highlights");
  assert.ok(await v.page.$(".body mark.ev.flash"), "the event named in the address is outlined");
  const text = await v.page.innerText(".body");
  assert.ok(text.includes('<script>alert("رصد")</script>'), "the script in the article is shown as text");
  assert.ok(text.includes("<b>مستمر</b>"));
  assert.equal(await v.page.$$eval(".body script, .body img, .body b", (els) => els.length), 0);
  await finish(v, "document");
});

test("browser: event filters change the results and the CSV link follows them", skip, async () => {
  const v = await open("/events");
  const before = await v.page.$$("table.events tbody tr");
  await Promise.all([
    v.page.waitForURL(/type=CONSULT/u),
    v.page.selectOption("select[name=type]", "CONSULT"),
  ]);
  const types = await v.page.$$eval("table.events tbody tr .etype small", (els) =>
    els.map((e) => e.textContent),
  );
  assert.ok(types.length > 0 && types.length < before.length, "fewer rows after filtering by type");
  assert.ok(types.every((x) => x === "CONSULT"));
  assert.match((await v.page.getAttribute("a.download", "href")) ?? "", /type=CONSULT/u);
  await v.page.fill("input[name=actor]", "USA");
  await Promise.all([v.page.waitForURL(/actor=USA/u), v.page.click("form.filters button[type=submit]")]);
  const actors = await v.page.$$eval("table.events tbody tr td:nth-child(3)", (els) =>
    els.map((e) => e.textContent),
  );
  assert.ok(actors.length > 0 && actors.every((a) => a?.includes("USA")));
  assert.equal(await direction(v.page, "table.events"), "rtl");
  await finish(v, "events");
});

test("browser: the channel filter keeps the events about that channel", skip, async () => {
  const v = await open("/events");
  const options = await v.page.$$eval("select[name=mechanism] option", (els) =>
    els.map((e) => [e.getAttribute("value") ?? "", e.textContent ?? ""]),
  );
  const hotline = options.find(([, text]) => text.includes("الخط الساخن"))?.[0];
  assert.ok(hotline, "the hotline is a choice");
  await Promise.all([
    v.page.waitForURL(/mechanism=/u),
    v.page.selectOption("select[name=mechanism]", hotline),
  ]);
  const evidence = await v.page.$$eval("table.events tbody td.evidence", (els) =>
    els.map((e) => e.textContent ?? ""),
  );
  assert.equal(evidence.length, 1);
  assert.match(evidence[0] ?? "", /الخط الساخن العسكري/u);
  assert.match((await v.page.getAttribute("a.download", "href")) ?? "", /mechanism=/u);
  await finish(v, "events-channel");
});

test("browser: the date header sorts the events newest first", skip, async () => {
  const v = await open("/events");
  await Promise.all([v.page.waitForURL(/sort=-date/u), v.page.click("table.events th a.sort >> nth=0")]);
  const dates = await v.page.$$eval("table.events tbody td.date", (els) =>
    els.map((e) => e.textContent ?? ""),
  );
  const known = dates.filter((d) => d !== "—");
  assert.ok(known.length > 1);
  assert.deepEqual(known, [...known].sort().reverse());
  assert.equal(await v.page.getAttribute("table.events th[aria-sort]", "aria-sort"), "descending");
  await finish(v, "events-newest");
});

test("browser: the dyad timeline draws points that open their evidence", skip, async () => {
  const v = await open("/timeline?a=CHN&b=USA");
  const points = await v.page.$$("svg.timeline circle.pt");
  assert.ok(points.length > 0, "points drawn");
  assert.ok((await v.page.$$("svg.timeline line.axis")).length === 1);
  assert.equal(await v.page.isHidden("#evidence"), true);
  await v.page.click("svg.timeline a.point");
  assert.equal(await v.page.isVisible("#evidence"), true);
  const quote = await v.page.innerText("#evidence blockquote");
  assert.ok(quote.length > 10, "the evidence sentence is shown");
  assert.match(
    (await v.page.getAttribute("#evidence a.open", "href")) ?? "",
    /^\/documents\/\w+#event-v\d+$/u,
  );
  await finish(v, "timeline");
});

test("browser: entity, channel and story pages load", skip, async () => {
  const list = await open("/entities?q=هيغسيث");
  const href = await list.page.getAttribute("table.entities tbody tr a", "href");
  await finish(list, "entities");
  assert.ok(href);
  const e = await open(href);
  assert.ok((await e.page.$$("ul.variants li")).length > 0, "spelling variants");
  assert.ok((await e.page.$$("table.events tbody tr")).length > 0, "the entity's events");
  assert.equal(await direction(e.page, "h1"), "rtl");
  await finish(e, "entity");
  const channels = await open("/channels");
  assert.ok((await channels.page.$$("table.channels tbody tr")).length > 0, "the fixtures' channels");
  assert.ok((await channels.page.$$("ol.history li a")).length > 0, "dated history with evidence links");
  assert.equal(await direction(channels.page, "table.channels"), "rtl");
  await finish(channels, "channels");
  const stories = await open("/stories");
  const storyRows = (await stories.page.$$("table.stories tbody tr")).length;
  assert.ok(storyRows > 0 || (await stories.page.$("#stories-empty")), "stories or their empty state");
  await finish(stories, "stories");
});

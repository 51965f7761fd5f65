// `rasd ingest` and `rasd analyze` on every input form: HTML pages, feeds and pages over HTTP
// (an in-process server on 127.0.0.1, hence --allow-private), stdin, size caps, near-duplicates.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Analysis } from "../../src/pipeline/types.ts";
import { ROOT } from "../helpers.ts";
import { startServer, type TestServer } from "../http-server.ts";
import { scratchDir } from "../scratch.ts";

const BIN = join(ROOT, "bin", "rasd.js");
const PAGES = join(ROOT, "test", "fixtures", "html");

/** Runs rasd without blocking, so the in-process server can answer it. */
function rasd(
  args: string[],
  input?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

const scratch = () => scratchDir("rasd-acquire-e2e-");

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(() => server.close());

test("acquire e2e: analyze reads an HTML page: metadata from the head, no page furniture in the body", async () => {
  const r = await rasd(["analyze", join(PAGES, "01_wordpress_article.html"), "--json"]);
  assert.equal(r.code, 0, r.stderr);
  const d = (JSON.parse(r.stdout) as Analysis).document;
  assert.equal(d.title, "وزيرا خارجية مصر والأردن يبحثان في عمّان فتح ممرات جديدة للمساعدات");
  assert.equal(d.published, "2024-02-14");
  assert.equal(d.outlet, "الوطن اليوم");
  for (const furniture of [
    "شارك الخبر",
    "ملفات تعريف الارتباط",
    "أخبار ذات صلة",
    "أتمنى أن تنجح",
    "جميع الحقوق",
  ])
    assert.ok(!d.text.includes(furniture), furniture);
});

test("acquire e2e: a non-Arabic page is analysed as nothing, with a notice", async () => {
  const r = await rasd(["analyze", join(PAGES, "10_english_page.html"), "--json"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /not Arabic \(en\)/u);
  const a = JSON.parse(r.stdout) as Analysis;
  assert.deepEqual([a.entities, a.events], [[], []]);
});

test("acquire e2e: analyze reads standard input and a URL", async () => {
  const text =
    "اتفاق على ممر بحري\nاتفق البلدان على فتح ممر بحري جديد للتجارة بينهما اعتبارا من الشهر المقبل.";
  const stdin = await rasd(["analyze", "-", "--json"], text);
  assert.equal(stdin.code, 0, stdin.stderr);
  assert.equal((JSON.parse(stdin.stdout) as Analysis).document.title, "اتفاق على ممر بحري");
  const url = await rasd(["analyze", `${server.url}/page/4`, "--json", "--allow-private"]);
  assert.equal(url.code, 0, url.stderr);
  assert.equal((JSON.parse(url.stdout) as Analysis).document.outlet, "موقع الاختبار");
});

test("acquire e2e: a feed is ingested item by item, --follow reads each linked page", async () => {
  const db = join(scratch(), "db");
  const r = await rasd(["ingest", `${server.url}/feed/3`, "--follow", "--allow-private", "--db", db]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /ingested 1 file\(s\) into .*: 3 added, 0 already stored, 0 skipped/u);
  const again = await rasd(["ingest", `${server.url}/page/2`, "--allow-private", "--db", db]);
  assert.match(again.stdout, /0 added, 1 already stored/u, "the followed page is the same document");
});

test("acquire e2e: bad URLs are skipped one line each, the batch goes on, exit 1", async () => {
  const db = join(scratch(), "db");
  const inputs = ["/loop", "/image", "/missing", "/page/5"].map((p) => `${server.url}${p}`);
  const r = await rasd(["ingest", ...inputs, "--allow-private", "--db", db]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /1 added, 0 already stored, 3 skipped/u);
  const lines = r.stderr.trim().split("\n");
  assert.equal(lines.length, 3, r.stderr);
  assert.match(lines[0] as string, /\/loop: redirect loop/u);
  assert.match(lines[1] as string, /\/image: the server sent image\/png/u);
  assert.match(lines[2] as string, /\/missing: the server answered HTTP 404/u);
  const refused = await rasd(["ingest", `${server.url}/page/5`, "--db", db]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /private, loopback or link-local address .*--allow-private/u);
});

test("acquire e2e: the HTML pages ingest with the English one flagged; near-duplicates and size caps are reported", async () => {
  const dir = scratch();
  const db = join(dir, "db");
  const pages = await rasd(["ingest", PAGES, "--db", db]);
  assert.equal(pages.code, 0, pages.stderr);
  assert.match(pages.stdout, /12 added, 0 already stored, 0 skipped; of those added, 1 not in Arabic/u);
  const copy = readFileSync(join(PAGES, "07_heavy_comments.html"), "utf8").replace(
    "خلال شهرين",
    "خلال ثلاثة أشهر",
  );
  writeFileSync(join(dir, "copy.html"), copy);
  writeFileSync(join(dir, "big.txt"), "نص ".repeat(2000));
  const more = await rasd([
    "ingest",
    join(dir, "copy.html"),
    join(dir, "big.txt"),
    "--max-bytes",
    "8k",
    "--db",
    db,
  ]);
  assert.equal(more.code, 1);
  assert.match(more.stdout, /1 added, 0 already stored, 1 skipped; of those added, 1 near-duplicate/u);
  assert.match(more.stderr, /big\.txt: is 10 kB, above the 8 kB cap; raise it with --max-bytes/u);
});

import assert from "node:assert/strict";
import { mkdirSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, before, test } from "node:test";
import { gzipSync } from "node:zlib";
import { feedXml, startServer, type TestServer } from "../../test/http-server.ts";
import { type Acquired, acquire } from "./index.ts";
import { scratchDir } from "../../test/scratch.ts";

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(() => server.close());

async function collect(inputs: string[], options: Parameters<typeof acquire>[1] = {}): Promise<Acquired[]> {
  const out: Acquired[] = [];
  for await (const a of acquire(inputs, options)) out.push(a);
  return out;
}

const docs = (items: Acquired[]) => items.filter((a) => a.kind === "document");
const errors = (items: Acquired[]) => items.filter((a) => a.kind === "error");

test("index.ts: a directory is read recursively, every format, and a bad file does not stop the batch", async () => {
  const dir = scratchDir("rasd-acquire-");
  mkdirSync(join(dir, "sub", "deeper"), { recursive: true });
  writeFileSync(join(dir, "a.txt"), "عنوان الخبر\nنص الخبر الأول.");
  writeFileSync(join(dir, "sub", "b.html"), "<!doctype html><html><body><p>نص الصفحة.</p></body></html>");
  writeFileSync(join(dir, "sub", "deeper", "c.jsonl"), `${JSON.stringify({ text: "نص السجل." })}\n`);
  writeFileSync(
    join(dir, "sub", "d.xml.gz"),
    gzipSync(Buffer.from("<DOC><DOCNO>d</DOCNO><TEXT>نص.</TEXT></DOC>")),
  );
  writeFileSync(join(dir, "sub", "e.txt"), Buffer.from([0x00, 0x01, 0x02]));
  writeFileSync(join(dir, "image.png"), Buffer.from([0x89, 0x50]));
  const items = await collect([dir, join(dir, "nope.txt")]);
  assert.deepEqual(
    docs(items).map((a) => (a.kind === "document" ? a.doc.format : "")),
    ["text", "html", "trec", "jsonl"],
    "index.ts: formats in path order",
  );
  assert.deepEqual(
    errors(items).map((a) => (a.kind === "error" ? a.problem : "")),
    [
      "this looks like a binary file, not text; give a text, HTML or XML article",
      "no such file or directory; check the path",
    ],
    "index.ts: one problem per bad input",
  );
});

test("index.ts: standard input is read for -", async () => {
  const stdin = Readable.from([Buffer.from("عنوان\n"), Buffer.from("نص من المدخل القياسي.")]);
  const [input, doc] = await collect(["-"], { stdin });
  assert.deepEqual(input, { kind: "input", input: "-" }, "index.ts");
  assert.equal(doc?.kind === "document" && doc.doc.text, "عنوان\nنص من المدخل القياسي.", "index.ts");
});

test("index.ts: a file above the size cap is refused before it is read, with the option to raise", async () => {
  const dir = scratchDir("rasd-acquire-");
  const big = join(dir, "big.txt");
  writeFileSync(big, "");
  truncateSync(big, 50 * 1024 * 1024);
  const items = await collect([big]);
  assert.deepEqual(
    errors(items).map((a) => a.kind === "error" && a.problem),
    ["is 50 MB, above the 32 MB cap; raise it with --max-bytes or split the input"],
    "index.ts",
  );
});

test("index.ts: a 10,000-item feed streams: its first item comes before the file has been read", async () => {
  const dir = scratchDir("rasd-acquire-");
  const path = join(dir, "big-feed.xml");
  writeFileSync(path, feedXml(10_000, "http://127.0.0.1:1"));
  const it = acquire([path]);
  const first = [(await it.next()).value, (await it.next()).value] as Acquired[];
  assert.equal(
    first[1]?.kind === "document" && first[1].doc.meta.title,
    "اجتماع اللجنة المشتركة رقم 1",
    "index.ts",
  );
  let n = 1;
  for await (const a of it) if (a.kind === "document") n++;
  assert.equal(n, 10_000, "index.ts: every item");
});

test("index.ts: --follow fetches each item's page; a failing link is a problem of that item", async () => {
  const feed = `${server.url}/feed/3`;
  const items = await collect([feed], { allowPrivate: true, follow: true });
  const pages = docs(items).map((a) => (a.kind === "document" ? a.doc : null));
  assert.equal(pages.length, 3, "index.ts");
  assert.equal(pages[0]?.format, "html");
  assert.equal(pages[0]?.uri, `${server.url}/page/1`);
  assert.equal(
    pages[0]?.meta.published,
    "Tue, 14 May 2024 09:00:00 GMT",
    "index.ts: the item's metadata is kept",
  );
  const refused = await collect([feed], { follow: true });
  assert.match(
    errors(refused)[0]?.kind === "error" ? (errors(refused)[0] as { problem: string }).problem : "",
    /--allow-private/u,
  );
});

test("index.ts: URLs that fail are reported one by one and the batch goes on", async () => {
  const items = await collect([`${server.url}/loop`, `${server.url}/image`, `${server.url}/page/2`], {
    allowPrivate: true,
  });
  assert.equal(errors(items).length, 2, "index.ts");
  assert.equal(docs(items).length, 1, "index.ts");
});

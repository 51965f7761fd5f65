import assert from "node:assert/strict";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { InputError } from "../pipeline/errors.ts";
import type { RawDocument } from "../pipeline/types.ts";
import { feedItemDocument } from "./feed.ts";
import { documentsFromBytes, recordsFromBytes } from "./file.ts";
import { sniffFormat } from "./formats.ts";
import { ElementSplitter, LineSplitter } from "./split.ts";

test("formats.ts: the format is sniffed from the first characters, the name and the content type", () => {
  const cases: Array<[string, string, string | null, string]> = [
    ["<DOC>\n<DOCNO>x</DOCNO>", "a.txt", null, "trec"],
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed.xml", null, "feed"],
    ['<feed xmlns="http://www.w3.org/2005/Atom">', "atom", null, "feed"],
    ["<!DOCTYPE html><html lang=ar>", "page", null, "html"],
    ["<!-- cached -->\n<html>", "page", null, "html"],
    ["قال الوزير إن المحادثات مثمرة", "page", "text/html", "html"],
    ['{"text": "نص"}', "export.jsonl", null, "jsonl"],
    ['{"text": "نص"}', "export.json", null, "jsonl"],
    ['[{"text": "نص"}]', "export.json", null, "json"],
    ['{"text": "نص"}', "notes.txt", null, "text"],
    ["بحث وزير الدفاع مع نظيره", "a.txt", null, "text"],
  ];
  for (const [head, name, type, expected] of cases)
    assert.equal(sniffFormat(head, name, type), expected, `formats.ts: ${head}`);
});

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>أخبار المنطقة</title><language>ar</language>
<item><title>وزيرا الخارجية يبحثان التعاون</title><link>http://127.0.0.1/a/1</link>
<pubDate>Tue, 14 May 2024 09:00:00 GMT</pubDate><category>سياسة</category><category><![CDATA[دبلوماسية]]></category>
<description><![CDATA[<p>بحث وزيرا الخارجية سبل التعاون.</p>]]></description></item>
<item><title>أسعار النفط ترتفع &amp; الأسهم تتراجع</title><link>http://127.0.0.1/a/2</link>
<description>&lt;p&gt;ارتفعت أسعار النفط في التعاملات الآسيوية.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>ارتفعت أسعار النفط في التعاملات الآسيوية اليوم.</p><p>وتراجعت الأسهم.</p>]]></content:encoded></item>
</channel></rss>`;

const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar"><title>نشرة الخليج</title>
<entry><title type="html">اتفاق على ممر بحري</title><link rel="alternate" href="http://127.0.0.1/e/1"/><link rel="self" href="http://127.0.0.1/self"/>
<published>2024-03-01T10:00:00Z</published><category term="اقتصاد"/>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>اتفق البلدان على ممر بحري.</p></div></content></entry></feed>`;

test("feed.ts: RSS items carry title, link, date, categories, channel and their richest text", () => {
  const docs = documentsFromBytes(Buffer.from(RSS), "feed.xml");
  assert.equal(docs.length, 2, "feed.ts");
  const [a, b] = docs as [RawDocument, RawDocument];
  assert.equal(a.format, "feed-item");
  assert.equal(a.uri, "http://127.0.0.1/a/1");
  assert.deepEqual(a.meta, {
    title: "وزيرا الخارجية يبحثان التعاون",
    url: "http://127.0.0.1/a/1",
    published: "Tue, 14 May 2024 09:00:00 GMT",
    outlet: "أخبار المنطقة",
    feed: "أخبار المنطقة",
    lang: "ar",
    keywords: ["سياسة", "دبلوماسية"],
  });
  assert.equal(a.text, "<p>بحث وزيرا الخارجية سبل التعاون.</p>", "feed.ts: CDATA kept as HTML");
  assert.equal(b.meta.title, "أسعار النفط ترتفع & الأسهم تتراجع", "feed.ts: entities decoded");
  assert.match(b.text, /وتراجعت الأسهم/u, "feed.ts: content:encoded preferred to description");
});

test("feed.ts: Atom entries use the alternate link, xml:lang and xhtml content", () => {
  const [e] = documentsFromBytes(Buffer.from(ATOM), "atom.xml");
  assert.equal(e?.meta.url, "http://127.0.0.1/e/1", "feed.ts");
  assert.equal(e?.meta.lang, "ar");
  assert.equal(e?.meta.published, "2024-03-01T10:00:00Z");
  assert.deepEqual(e?.meta.keywords, ["اقتصاد"]);
  assert.match(e?.text ?? "", /<p>اتفق البلدان على ممر بحري.<\/p>/u);
});

test("feed.ts: a broken item is a problem of that item, not of the feed", () => {
  assert.throws(
    () => feedItemDocument("<item><guid>7</guid></item>", {}, "f.xml", 3),
    /f\.xml item 3/u,
    "feed.ts",
  );
});

test("formats.ts: JSON Lines records become documents; a bad line is a problem of that line", () => {
  const lines = [
    JSON.stringify({
      text: "نص الخبر الأول.",
      title: "عنوان",
      url: "http://127.0.0.1/1",
      published: "2024-01-02",
      outlet: "وكالة",
    }),
    "",
    "{not json",
    JSON.stringify({ title: "بلا نص" }),
    JSON.stringify({ html: "<p>نص من صفحة.</p>", headline: "عنوان آخر" }),
  ].join("\n");
  const records = recordsFromBytes(Buffer.from(lines), "export.jsonl");
  assert.equal(records.length, 4, "formats.ts");
  const [first, bad, empty, html] = records;
  assert.deepEqual((first as RawDocument).meta, {
    title: "عنوان",
    url: "http://127.0.0.1/1",
    published: "2024-01-02",
    outlet: "وكالة",
  });
  assert.ok(bad instanceof InputError && /line 3: .*not valid JSON/u.test(bad.message), "formats.ts: line 3");
  assert.ok(empty instanceof InputError && /line 4: .*no `text`/u.test(empty.message), "formats.ts: line 4");
  assert.equal((html as RawDocument).format, "html");
  assert.equal((html as RawDocument).meta.title, "عنوان آخر", "formats.ts: headline is an alias of title");
});

test("formats.ts: a JSON array export and a gzipped TREC file are read", () => {
  const array = documentsFromBytes(Buffer.from(JSON.stringify([{ text: "أ" }, { text: "ب" }])), "x.json");
  assert.deepEqual(
    array.map((d) => d.text),
    ["أ", "ب"],
    "formats.ts",
  );
  const trec =
    "<DOC>\n<DOCNO>N-1</DOCNO>\n<TITLE>عنوان</TITLE>\n<TEXT>\nنص أول.\n</TEXT>\n</DOC>\n<DOC>\n<DOCNO>N-2</DOCNO>\n<TEXT>\nنص ثان.\n</TEXT>\n</DOC>\n";
  const docs = documentsFromBytes(gzipSync(Buffer.from(trec)), "corpus.trec.gz");
  assert.deepEqual(
    docs.map((d) => d.uri),
    ["corpus.trec#N-1", "corpus.trec#N-2"],
    "formats.ts: .gz",
  );
});

test("formats.ts: a truncated TREC file keeps its complete documents and reports the cut", () => {
  const records = recordsFromBytes(
    Buffer.from("<DOC><DOCNO>1</DOCNO><TEXT>نص.</TEXT></DOC>\n<DOC><DOCNO>2</DOCNO><TEXT>نص"),
    "t.xml",
  );
  assert.equal(records.length, 2, "formats.ts");
  assert.ok(records[1] instanceof InputError && /truncated/u.test(records[1].problem));
});

test("split.ts: elements and lines are found whatever the chunk boundaries", () => {
  const text =
    "<rss><channel><title>ق</title><item><title>أ</title></item><item><title>ب</title></item></channel></rss>";
  for (let size = 1; size <= text.length; size += 7) {
    const s = new ElementSplitter("item", 10_000, "x");
    const out: string[] = [];
    for (let i = 0; i < text.length; i += size) out.push(...s.push(text.slice(i, i + size)));
    assert.deepEqual(
      out,
      ["<item><title>أ</title></item>", "<item><title>ب</title></item>"],
      `split.ts: chunks of ${size}`,
    );
    assert.equal(s.header, "<rss><channel><title>ق</title>", "split.ts: header");
  }
  const l = new LineSplitter(100, "x");
  assert.deepEqual([...l.push("أ\nب"), ...l.push("ج\nد"), ...l.end()], ["أ", "بج", "د"], "split.ts: lines");
});

test("split.ts: a record larger than the cap is refused with the option to raise", () => {
  const s = new ElementSplitter("item", 20, "big.xml");
  assert.throws(
    () => s.push(`<item>${"ا".repeat(50)}`),
    /larger than the 20 bytes cap; raise it with --max-bytes/u,
    "split.ts",
  );
});

// Highlights built from offsets: every character once, events outside, mentions inside, text escaped.
import assert from "node:assert/strict";
import { test } from "node:test";
import { highlight } from "./highlight.ts";
import { snippetMarkup } from "./pages.ts";

/** The text a reader sees: tags removed, entities decoded. */
function visible(html: string): string {
  return html
    .replace(/<[^>]+>/gu, "")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, "&");
}

const TEXT = "التقى وزير الدفاع الصيني نظيره الأمريكي <b>في</b> كوالالمبور.";

const CASES: Array<[string, Parameters<typeof highlight>[1], Parameters<typeof highlight>[2], RegExp[]]> = [
  ["no spans", [], [], [/^التقى/u]],
  [
    "a mention inside an event",
    [{ start: 6, end: 17, type: "PERSON", name: "وزير الدفاع", entityId: "abc" }],
    [{ start: 0, end: TEXT.length, id: "v1", type: "CONSULT", quad: 1 }],
    [/<mark class="ev q1" data-events="v1"[^>]*>التقى <a class="ent ent-PERSON" href="\/entities\/abc"/u],
  ],
  [
    "two events over one sentence",
    [],
    [
      { start: 0, end: 24, id: "v1", type: "CONSULT", quad: 1 },
      { start: 0, end: 24, id: "v2", type: "AGREE", quad: 1 },
    ],
    [/data-events="v1 v2"/u, /id="event-v1"/u, /id="event-v2"/u],
  ],
  [
    "a mention crossing an event's end is cut there",
    [{ start: 18, end: 30, type: "GPE", name: "الصين", entityId: "x" }],
    [{ start: 0, end: 24, id: "v1", type: "CONSULT", quad: 3 }],
    [/<a class="ent ent-GPE"[^>]*>الصيني<\/a><\/mark><a class="ent ent-GPE"[^>]*> نظيره<\/a>/u],
  ],
];

test("highlight: table of span layouts", () => {
  for (const [name, mentions, events, patterns] of CASES) {
    const html = highlight(TEXT, mentions, events).html;
    assert.equal(visible(html), TEXT, `${name}: the text is intact`);
    for (const p of patterns) assert.match(html, p, name);
    assert.ok(!html.includes("<b>"), `${name}: markup in the text is escaped`);
  }
});

test("highlight: entity names in titles are escaped too", () => {
  const html = highlight(
    "اسم",
    [{ start: 0, end: 3, type: "PERSON", name: '"><script>', entityId: "e" }],
    [],
  ).html;
  assert.ok(html.includes("&quot;&gt;&lt;script&gt;"));
  assert.ok(!html.includes("<script>"));
});

test("snippetMarkup: marks the words between « » and escapes everything", () => {
  assert.equal(
    snippetMarkup("… قال «<b>» إن «الصين» & …").html,
    "… قال <mark>&lt;b&gt;</mark> إن <mark>الصين</mark> &amp; …",
  );
  assert.equal(snippetMarkup("بلا تطابق <i>").html, "بلا تطابق &lt;i&gt;");
});
